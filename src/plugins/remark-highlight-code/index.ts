import type {Root} from 'mdast';
import type {Plugin} from 'unified';
import type {VFile} from 'vfile';
import {SKIP, visit} from 'unist-util-visit';
import {CodeMetaError, highlightToHtml, knowsLanguage, parseCodeMeta} from './highlight';
import {flowElement, stringAttribute} from '../mdx-jsx';

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
    parent!.children[index!] = flowElement(
      'CodeBlock',
      [
        ...stringAttribute('language', language),
        ...stringAttribute('title', meta.title),
        ...stringAttribute('html', highlightToHtml(node.value, language, meta.highlightedLines)),
      ],
      node.position,
    );
    return SKIP;
  });
};

export default remarkHighlightCode;
