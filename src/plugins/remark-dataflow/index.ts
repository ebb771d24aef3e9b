import type {Root} from 'mdast';
import type {Plugin} from 'unified';
import type {VFile} from 'vfile';
import {SKIP, visit} from 'unist-util-visit';
import {DataflowError, layoutFlow, parseFlow} from '../../diagrams/dataflow';
import {flowElement, stringAttribute} from '../mdx-jsx';

export const DATAFLOW_LANGUAGE = 'dataflow';

/**
 * Turns a ```dataflow block into `<DataflowDiagram layout="…">`, with the graph parsed and
 * laid out here, at build time: the page gets finished SVG geometry, in its server-rendered
 * HTML, and no layout code. A mistake in the block fails the build with its line.
 */
const remarkDataflow: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  visit(tree, 'code', (node, index, parent) => {
    if (node.lang !== DATAFLOW_LANGUAGE) return undefined;
    const title = /title="([^"]+)"/.exec(node.meta ?? '')?.[1];
    if (!title) file.fail('A dataflow block needs a title: ```dataflow title="What the picture shows"', node);
    let layout;
    try {
      layout = layoutFlow(parseFlow(node.value), title);
    } catch (error) {
      if (!(error instanceof DataflowError)) throw error;
      const line = (node.position?.start.line ?? 0) + error.line;
      file.fail(`dataflow: ${error.message}`, {line, column: 1});
    }
    parent!.children[index!] = flowElement(
      'DataflowDiagram',
      stringAttribute('layout', JSON.stringify(layout)),
      node.position,
    );
    return SKIP;
  });
};

export default remarkDataflow;
