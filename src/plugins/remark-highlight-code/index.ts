import type {Root} from 'mdast';
import type {MdxJsxAttribute, MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import type {Plugin} from 'unified';
import type {VFile} from 'vfile';
import {SKIP, visit} from 'unist-util-visit';
import {CodeMetaError, highlightToHtml, knowsLanguage, parseCodeMeta} from './highlight';

const attribute = (name: string, value: string): MdxJsxAttribute => ({type: 'mdxJsxAttribute', name, value});

/**
 * Turns fenced code into `<CodeBlock html="…">`, highlighted here, at build time, so that no
 * highlighter ships to the browser and the page does not re-highlight its code on load. Runs
 * after the plugins that own special fences (```dataflow), which never reach it.
 */
const remarkHighlightCode: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  visit(tree, 'code', (node, index, parent) => {
    const language = node.lang ?? undefined;
    if (language && !knowsLanguage(language)) {
      file.fail(`code block: unknown language "${language}". Fix: use one Prism knows, such as json, or none`, node);
    }
    let meta;
    try {
      meta = parseCodeMeta(node.meta);
    } catch (error) {
      if (!(error instanceof CodeMetaError)) throw error;
      file.fail(`code block: ${error.message}. Fix: write lines as {3,7-9}`, node);
    }
    const element: MdxJsxFlowElement = {
      type: 'mdxJsxFlowElement',
      name: 'CodeBlock',
      attributes: [
        ...(language ? [attribute('language', language)] : []),
        ...(meta.title ? [attribute('title', meta.title)] : []),
        attribute('html', highlightToHtml(node.value, language, meta.highlightedLines)),
      ],
      children: [],
      position: node.position,
    };
    parent!.children[index!] = element;
    return SKIP;
  });
};

export default remarkHighlightCode;
