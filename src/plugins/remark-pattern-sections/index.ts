import path from 'node:path';
import type {Heading, Root, RootContent} from 'mdast';
import type {Plugin} from 'unified';
import type {VFile} from 'vfile';
import {ASSUMPTIONS_HEADING, GENERATED_SECTIONS} from '../../catalog/client/template';
import type {LinkTableOptions} from '../../catalog/link-table';
import type {PatternListItem} from '../../catalog/client/types';
import {dataAttribute, flowElement, stringAttribute} from '../mdx-jsx';
import {formatDay} from '../../catalog/client/dates';

const [REFERENCE, RELATED, BACKLINKS] = GENERATED_SECTIONS;

function heading(text: string, depth: 2 | 3 = 2): Heading {
  return {type: 'heading', depth, children: [{type: 'text', value: text}]};
}

/**
 * Starts every pattern page with its copy buttons, its categories and other names, and the day
 * it was checked against the Sesam documentation (right under the title), and ends it with the "Reference", "Related patterns"
 * and "Patterns that link here" sections, their lists resolved here from the link table so the
 * page carries just its own links.
 * They are real headings, so they get anchors and table-of-contents entries like the written
 * sections. Runs before Docusaurus' own plugins, which number the headings and build the TOC.
 */
const remarkPatternSections: Plugin<[LinkTableOptions], Root> =
  ({linkTable}) =>
  (tree: Root, file: VFile) => {
    const {patterns} = linkTable();
    // The loader requires a page's file name to be its label.
    const label = path.basename(file.path, path.extname(file.path));
    const page = patterns[label];
    if (!page)
      file.fail(`${label}: not in the catalog's link table. Fix: give the page front matter with label: ${label}`);
    const item = (target: string, why?: string): PatternListItem => {
      const {title, path: to} = patterns[target]!;
      return why === undefined ? {label: target, title, path: to} : {label: target, title, path: to, why};
    };
    const sections: RootContent[] = [
      heading(REFERENCE),
      flowElement('ReferenceList', [dataAttribute('items', page.references)]),
      ...(page.assumptions.length > 0
        ? [heading(ASSUMPTIONS_HEADING, 3), flowElement('AssumptionList', [dataAttribute('items', page.assumptions)])]
        : []),
      heading(RELATED),
      flowElement('RelatedPatterns', [
        dataAttribute(
          'items',
          page.related.map((r) => item(r.label, r.why)),
        ),
      ]),
      heading(BACKLINKS),
      flowElement('PatternBacklinks', [
        dataAttribute(
          'items',
          page.backlinks.map((source) => item(source)),
        ),
      ]),
      // The way back from the page to the finder answers that recommend it.
      ...(page.appliesWhen.length > 0 ? [flowElement('FinderLink', [dataAttribute('rules', page.appliesWhen)])] : []),
    ];
    tree.children.unshift(
      flowElement('PatternActions', []),
      flowElement('PatternFacts', [
        dataAttribute('categories', page.categories),
        dataAttribute('aliases', page.aliases),
      ]),
      flowElement('ReferenceChecked', [
        ...stringAttribute('date', page.referenceChecked),
        ...stringAttribute('text', formatDay(page.referenceChecked)),
      ]),
    );
    tree.children.push(...sections);
  };

export default remarkPatternSections;
