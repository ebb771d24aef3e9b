import type {Root} from 'mdast';
import type {Plugin} from 'unified';
import type {VFile} from 'vfile';
import {SKIP, visit} from 'unist-util-visit';
import {PATTERN_DIRECTIVE, readPatternDirective} from '../../catalog/directive';
import type {LinkTableOptions} from '../../catalog/link-table';
import {stringAttribute, textElement} from '../mdx-jsx';

/** The MDX component that renders a cross-link; registered in src/theme/MDXComponents. */
export const PATTERN_LINK_COMPONENT = 'PatternLink';

/**
 * Turns `:pattern[label#anchor]{text="…"}` into `<PatternLink label to title text />`, with the
 * target's current title and path from the link table: renaming a pattern rebuilds every page
 * (the table is a build dependency of each one) and updates every link to it.
 */
const remarkPatternLink: Plugin<[LinkTableOptions], Root> =
  ({linkTable}) =>
  (tree: Root, file: VFile) => {
    const {patterns} = linkTable();
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
      // The catalog loader reports unknown labels with suggestions before any page compiles.
      const target = patterns[label];
      if (!target) file.fail(`:${PATTERN_DIRECTIVE}[${label}]: no pattern has this label`, node);
      parent!.children[index!] = textElement(
        PATTERN_LINK_COMPONENT,
        [
          ...stringAttribute('label', label),
          ...stringAttribute('to', anchor ? `${target.path}#${anchor}` : target.path),
          ...stringAttribute('title', target.title),
          ...stringAttribute('text', text),
        ],
        node.position,
      );
      return SKIP;
    });
  };

export default remarkPatternLink;
