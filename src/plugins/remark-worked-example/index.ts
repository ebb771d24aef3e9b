import type {Code, Heading, Root, RootContent} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import type {Plugin} from 'unified';
import type {VFile} from 'vfile';
import {SKIP, visit} from 'unist-util-visit';
import {fencesOf, workedExamplesOf, type ComputedSample} from '../../worked-examples/compute';
import {formatInline, formatJson, jsonText} from '../../worked-examples/format';
import {isObject, WORKED_EXAMPLE_LANGUAGE} from '../../worked-examples/read';
import {flowElement, stringAttribute} from '../mdx-jsx';

export const WORKED_EXAMPLE_HEADING = 'Worked example';
export const WORKED_EXAMPLE_ANCHOR = 'worked-example';
const ORDINALS = ['first', 'second', 'third', 'fourth'];

const json = (value: unknown): Code => ({type: 'code', lang: 'json', value: formatJson(value)});

/**
 * An output entity, with the lines of the properties the DTL added or changed highlighted (as
 * `{2,5}` in the fence's meta), so the eye goes to what the transform did.
 */
function outputCode(input: unknown, output: unknown): Code {
  const code = json(output);
  if (!isObject(input) || !isObject(output)) return code;
  const changed = code.value.split('\n').flatMap((line, i) => {
    const key = /^ {2}("(?:[^"\\]|\\.)*"):/.exec(line)?.[1];
    if (key === undefined) return [];
    const name = JSON.parse(key) as string;
    return jsonText(input[name]) === jsonText(output[name]) ? [] : [i + 1];
  });
  return changed.length > 0 ? {...code, meta: `{${changed.join(',')}}`} : code;
}

function sampleElement({caption, input, outcome}: ComputedSample): MdxJsxFlowElement {
  const verdict = outcome.dropped ? 'dropped' : outcome.halted ? 'tripped' : outcome.filtered ? 'filtered' : 'kept';
  const step = outcome.dropped?.step ?? outcome.filtered?.step;
  const element = flowElement('WorkedSample', [
    ...stringAttribute('caption', caption),
    ...stringAttribute('verdict', verdict),
    ...stringAttribute('step', step === undefined ? undefined : formatInline(step)),
    ...stringAttribute('message', outcome.halted?.message),
  ]);
  element.children = [json(input), ...outcome.output.map((entity) => outputCode(input, entity))];
  return element;
}

/**
 * Turns a ```worked-example block into a "Worked example" section: its samples run through the
 * example's DTL here, at build time, so the page shows computed output in its HTML and loads no
 * evaluator. The catalog loader has already failed the build if a stated output is wrong; this
 * plugin renders what the DTL gives. Runs before Docusaurus' heading plugin, so the section gets
 * an anchor, and before the code highlighter, which colours the entities.
 */
const remarkWorkedExample: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  const fences = fencesOf(tree);
  if (!fences.some((f) => f.lang === WORKED_EXAMPLE_LANGUAGE)) return;
  const {examples, problems} = workedExamplesOf(fences);
  const [first] = problems;
  if (first) file.fail(`worked example: ${first.problem} Fix: ${first.fix}`, {line: first.line, column: 1});
  let next = 0;
  visit(tree, 'code', (node, index, parent) => {
    if (node.lang !== WORKED_EXAMPLE_LANGUAGE) return undefined;
    const example = examples[next++]!;
    // One worked example is "Worked example"; several name their pipe.
    const title =
      examples.length === 1
        ? WORKED_EXAMPLE_HEADING
        : `${WORKED_EXAMPLE_HEADING}: ${example.pipe}${example.ordinal ? ` (${ORDINALS[example.ordinal - 1] ?? example.ordinal} DTL)` : ''}`;
    // The first is #worked-example whatever its title; Docusaurus numbers the others (-1, -2).
    const heading: Heading = {
      type: 'heading',
      depth: 3,
      children: [{type: 'text', value: title}],
      data: {hProperties: {id: WORKED_EXAMPLE_ANCHOR}},
    };
    const element = flowElement(
      'WorkedExample',
      [
        ...stringAttribute('pipe', example.pipe),
        ...stringAttribute('transform', example.ordinal ? ORDINALS[example.ordinal - 1] : undefined),
      ],
      node.position,
    );
    element.children = [
      ...Object.entries(example.datasets).map(([id, entities]) => {
        const dataset = flowElement('WorkedDataset', stringAttribute('dataset', id));
        dataset.children = entities.map(json);
        return dataset;
      }),
      ...example.samples.map(sampleElement),
    ];
    parent!.children.splice(index!, 1, heading, element as RootContent);
    return [SKIP, index! + 2];
  });
};

export default remarkWorkedExample;
