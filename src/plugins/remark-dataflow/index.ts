import type {Code, Parent, Root} from 'mdast';
import type {Plugin} from 'unified';
import type {VFile} from 'vfile';
import {visit} from 'unist-util-visit';
import {DataflowError, layoutFlow, parseFlow} from '../../diagrams/dataflow';
import {flowElement, stringAttribute} from '../mdx-jsx';

export const DATAFLOW_LANGUAGE = 'dataflow';

/**
 * Turns a ```dataflow block into `<DataflowDiagram layout="…">`, with the graph parsed and
 * laid out here, at build time: the page gets finished SVG geometry, in its server-rendered
 * HTML, and no layout code. A mistake in the block fails the build with its line.
 */
const remarkDataflow: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  const blocks: {node: Code; index: number; parent: Parent}[] = [];
  visit(tree, 'code', (node, index, parent) => {
    if (node.lang === DATAFLOW_LANGUAGE) blocks.push({node, index: index!, parent: parent!});
  });
  // ELK lays out asynchronously; a page without a diagram stays synchronous.
  if (blocks.length === 0) return undefined;
  return Promise.all(
    blocks.map(async ({node, index, parent}) => {
      const title = /title="([^"]+)"/.exec(node.meta ?? '')?.[1];
      if (!title) file.fail('A dataflow block needs a title: ```dataflow title="What the picture shows"', node);
      let flow;
      try {
        flow = parseFlow(node.value);
      } catch (error) {
        if (!(error instanceof DataflowError)) throw error;
        const line = (node.position?.start.line ?? 0) + error.line;
        file.fail(`dataflow: ${error.message}`, {line, column: 1});
      }
      const layout = await layoutFlow(flow, title);
      parent.children[index] = flowElement(
        'DataflowDiagram',
        stringAttribute('layout', JSON.stringify(layout)),
        node.position,
      );
    }),
  ).then(() => undefined);
};

export default remarkDataflow;
