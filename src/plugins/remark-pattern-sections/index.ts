import type {Heading, Root, RootContent} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import type {Plugin} from 'unified';
import {GENERATED_SECTIONS} from '../../catalog/template';

const [RELATED, BACKLINKS] = GENERATED_SECTIONS;

function heading(text: string): Heading {
  return {type: 'heading', depth: 2, children: [{type: 'text', value: text}]};
}

function component(name: string): MdxJsxFlowElement {
  return {type: 'mdxJsxFlowElement', name, attributes: [], children: []};
}

/**
 * Starts every pattern page with its copy buttons (right under the title), and ends it with
 * the "Related patterns" and "Patterns that link here" sections.
 * They are real headings, so they get anchors and table-of-contents entries like the written
 * sections; their lists come from the catalog (components registered in MDXComponents).
 * Runs before Docusaurus' own plugins, which number the headings and build the TOC.
 */
const remarkPatternSections: Plugin<[], Root> = () => (tree) => {
  const sections: RootContent[] = [
    heading(RELATED),
    component('RelatedPatterns'),
    heading(BACKLINKS),
    component('PatternBacklinks'),
  ];
  tree.children.unshift(component('PatternActions'));
  tree.children.push(...sections);
};

export default remarkPatternSections;
