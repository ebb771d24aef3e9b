import type {Root} from 'mdast';
import type {MdxJsxAttribute, MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import type {Plugin} from 'unified';
import type {VFile} from 'vfile';
import {SKIP, visit} from 'unist-util-visit';
import {PATTERN_DIRECTIVE, readPatternDirective} from '../../catalog/directive';

/** The MDX component that renders a cross-link; registered in src/theme/MDXComponents. */
export const PATTERN_LINK_COMPONENT = 'PatternLink';

function attribute(name: string, value: string | undefined): MdxJsxAttribute[] {
  return value === undefined ? [] : [{type: 'mdxJsxAttribute', name, value}];
}

/**
 * Turns `:pattern[label#anchor]{text="…"}` into `<PatternLink label anchor text />`. The
 * component looks up the pattern's current title at render time, so renaming a pattern
 * updates every link to it. Whether the label exists is checked once for the whole site by
 * the catalog loader.
 */
const remarkPatternLink: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  visit(tree, (node, index, parent) => {
    const isDirective =
      node.type === 'textDirective' || node.type === 'leafDirective' || node.type === 'containerDirective';
    if (!isDirective || node.name !== PATTERN_DIRECTIVE) return undefined;
    if (node.type !== 'textDirective') {
      file.fail(`Write a pattern link inline, with one colon: :${PATTERN_DIRECTIVE}[label].`, node);
    }
    const directive = readPatternDirective(node);
    if (!directive.ok) file.fail(directive.problem, node);
    const {label, anchor, text} = directive.value;
    const element: MdxJsxTextElement = {
      type: 'mdxJsxTextElement',
      name: PATTERN_LINK_COMPONENT,
      attributes: [...attribute('label', label), ...attribute('anchor', anchor), ...attribute('text', text)],
      children: [],
      position: node.position,
    };
    parent!.children[index!] = element;
    return SKIP;
  });
};

export default remarkPatternLink;
