import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkDirective from 'remark-directive';
import {VFile} from 'vfile';
import type {Root} from 'mdast';
import type {MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import remarkPatternLink from '../../src/plugins/remark-pattern-link';
import remarkPatternSections from '../../src/plugins/remark-pattern-sections';
import type {LinkTable} from '../../src/catalog/link-table';

const target = (title: string, label: string) => ({
  title,
  path: `/patterns/${label}`,
  related: [],
  backlinks: [],
  references: [],
  assumptions: [],
  referenceChecked: '2026-12-03',
});

/** A small catalog, as the catalog plugin writes it for the remark plugins. */
const TABLE: LinkTable = {
  patterns: {
    'some-pattern': {
      ...target('Some pattern', 'some-pattern'),
      related: [{label: 'delete-pattern', why: 'Removes what `_deleted` marks.'}],
      backlinks: ['pagination-pattern'],
      references: [
        {title: 'Hops', url: 'https://docs.sesam.io/hub/dtl/dtl-functions-hops.html', about: 'hops to the sink'},
      ],
      assumptions: ['The CRM is made up.'],
      referenceChecked: '2026-11-03',
    },
    'delete-pattern': target('Delete pattern', 'delete-pattern'),
    'pagination-pattern': target('Pagination pattern', 'pagination-pattern'),
    'continuation-pattern': target('Continuation pattern', 'continuation-pattern'),
  },
};
const linkTable = () => TABLE;

function transform(markdown: string, plugin: 'link' | 'sections' = 'link', path = 'docs/some-pattern.mdx'): Root {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkDirective);
  if (plugin === 'link') processor.use(remarkPatternLink, {linkTable});
  else processor.use(remarkPatternSections, {linkTable});
  const file = new VFile({path, value: markdown});
  return processor.runSync(processor.parse(file), file) as Root;
}

function firstParagraphChildren(tree: Root) {
  const paragraph = tree.children[0];
  assert.equal(paragraph?.type, 'paragraph');
  return paragraph.children;
}

function attributes(node: MdxJsxTextElement | MdxJsxFlowElement): Record<string, unknown> {
  return Object.fromEntries(
    node.attributes.map((a) => {
      if (!('name' in a)) return ['', ''];
      // An expression attribute holds plain data: its source text is the JSON.
      const value = a.value;
      return [a.name, typeof value === 'object' && value !== null ? JSON.parse(value.value) : value];
    }),
  );
}

describe('remark-pattern-link', () => {
  it('turns :pattern[label] into a PatternLink element', () => {
    const [before, link, after] = firstParagraphChildren(transform('Use :pattern[continuation-pattern] here.'));
    assert.deepEqual(before, {...before, type: 'text', value: 'Use '});
    assert.equal(link?.type, 'mdxJsxTextElement');
    const element = link as MdxJsxTextElement;
    assert.equal(element.name, 'PatternLink');
    assert.deepEqual(attributes(element), {
      label: 'continuation-pattern',
      to: '/patterns/continuation-pattern',
      title: 'Continuation pattern',
    });
    assert.deepEqual(element.children, []);
    assert.equal(after?.type === 'text' && after.value, ' here.');
  });

  it('passes an anchor and custom text through', () => {
    const [, link] = firstParagraphChildren(
      transform('See :pattern[pagination-pattern#pitfalls-and-trade-offs]{text="paging traps"}.'),
    );
    assert.deepEqual(attributes(link as MdxJsxTextElement), {
      label: 'pagination-pattern',
      to: '/patterns/pagination-pattern#pitfalls-and-trade-offs',
      title: 'Pagination pattern',
      text: 'paging traps',
    });
  });

  it('takes the title and path from the link table, so a renamed pattern reads right everywhere', () => {
    const renamed = {patterns: {...TABLE.patterns, 'delete-pattern': target('Deletion pattern', 'delete-pattern')}};
    const processor = unified()
      .use(remarkParse)
      .use(remarkMdx)
      .use(remarkDirective)
      .use(remarkPatternLink, {linkTable: () => renamed});
    const file = new VFile({path: 'docs/some-pattern.mdx', value: 'See :pattern[delete-pattern].'});
    const tree = processor.runSync(processor.parse(file), file) as Root;
    assert.equal(attributes(firstParagraphChildren(tree)[1] as MdxJsxTextElement).title, 'Deletion pattern');
  });

  it('rejects a label the link table does not have, with the line', () => {
    assert.throws(
      () => transform('\nSee :pattern[nowhere-pattern].'),
      (error: Error & {line?: number}) => {
        assert.match(error.message, /:pattern\[nowhere-pattern\]: no pattern has this label/);
        assert.equal(error.line, 2);
        return true;
      },
    );
  });

  it('keeps the source position so MDX errors point at the right line', () => {
    const [, link] = firstParagraphChildren(transform('\n\nLine three :pattern[delete-pattern].'));
    assert.equal(link?.position?.start.line, 3);
  });

  it('leaves other directives alone', () => {
    const [, other] = firstParagraphChildren(transform('An :abbr[API] link.'));
    assert.equal(other?.type, 'textDirective');
  });

  it('rejects a block-level pattern directive with the line', () => {
    assert.throws(
      () => transform('Intro.\n\n::pattern[delete-pattern]'),
      (error: Error & {line?: number}) => {
        assert.match(error.message, /Write a pattern link inline, with one colon: :pattern\[label\]\./);
        assert.equal(error.line, 3);
        return true;
      },
    );
  });

  it('rejects a bracket without a label', () => {
    assert.throws(() => transform('See :pattern[]{text="x"}.'), /:pattern\[\] needs a pattern label in the brackets/);
  });

  it('rejects an unknown attribute', () => {
    assert.throws(
      () => transform('See :pattern[delete-pattern]{title="x"}.'),
      /has unknown attribute "title"; the only one is text/,
    );
  });

  it('compiles to MDX that renders the PatternLink component', async () => {
    // Imported lazily: @mdx-js/mdx depends on an ESM-only package that require() cannot load.
    const {compile} = await import('@mdx-js/mdx');
    const output = String(
      await compile('See :pattern[delete-pattern]{text="deletes"}.', {
        remarkPlugins: [remarkDirective, [remarkPatternLink, {linkTable}]],
      }),
    );
    // Taken from the MDX components provider, where src/theme/MDXComponents registers it.
    assert.match(output, /\{PatternLink\} = _components/);
    assert.match(output, /_jsx\(PatternLink, \{/);
    assert.match(output, /label: "delete-pattern"/);
    assert.match(output, /to: "\/patterns\/delete-pattern"/);
    assert.match(output, /text: "deletes"/);
  });
});

describe('remark-pattern-sections', () => {
  it('puts the copy buttons first and appends the generated sections after the written ones', () => {
    const tree = transform('## Problem\n\nText.\n\n## Pitfalls and trade-offs\n\n- One.', 'sections');
    const tail = tree.children.slice(-8);
    assert.deepEqual(
      tail.map((node) =>
        node.type === 'heading'
          ? `h${node.depth}:${(node.children[0] as {value: string}).value}`
          : (node as MdxJsxFlowElement).name,
      ),
      [
        'h2:Reference',
        'ReferenceList',
        'h3:Assumptions',
        'AssumptionList',
        'h2:Related patterns',
        'RelatedPatterns',
        'h2:Patterns that link here',
        'PatternBacklinks',
      ],
    );
    assert.equal((tree.children[0] as MdxJsxFlowElement).name, 'PatternActions');
    assert.equal((tree.children[1] as MdxJsxFlowElement).name, 'ReferenceChecked');
    assert.equal(tree.children[2]?.type, 'heading');
    assert.equal(tree.children.length, 14);
  });

  it('says under the title when the page was checked, as a day that reads the same on every machine', () => {
    const checked = transform('Text.', 'sections').children[1] as MdxJsxFlowElement;
    assert.deepEqual(attributes(checked), {date: '2026-11-03', text: '3 November 2026'});
  });

  it('leaves out the Assumptions heading when the page has none', () => {
    const tree = transform('Text.', 'sections', 'docs/delete-pattern.mdx');
    const names = tree.children.map((n) => (n.type === 'heading' ? (n.children[0] as {value: string}).value : ''));
    assert.ok(names.includes('Reference'));
    assert.ok(!names.includes('Assumptions'));
  });

  it("hands the lists to the components as data: the page's own links, nothing more", () => {
    const tree = transform('## Problem\n\nText.', 'sections');
    const [related, backlinks] = ['RelatedPatterns', 'PatternBacklinks'].map(
      (name) => tree.children.find((n) => (n as MdxJsxFlowElement).name === name) as MdxJsxFlowElement,
    );
    assert.deepEqual(attributes(related!).items, [
      {
        label: 'delete-pattern',
        title: 'Delete pattern',
        path: '/patterns/delete-pattern',
        why: 'Removes what `_deleted` marks.',
      },
    ]);
    assert.deepEqual(attributes(backlinks!).items, [
      {label: 'pagination-pattern', title: 'Pagination pattern', path: '/patterns/pagination-pattern'},
    ]);
    const references = tree.children.find(
      (n) => (n as MdxJsxFlowElement).name === 'ReferenceList',
    ) as MdxJsxFlowElement;
    assert.deepEqual(attributes(references).items, [
      {title: 'Hops', url: 'https://docs.sesam.io/hub/dtl/dtl-functions-hops.html', about: 'hops to the sink'},
    ]);
  });

  it('names a page the link table does not know, with the fix', () => {
    assert.throws(
      () => transform('Text.', 'sections', 'docs/stray-pattern.mdx'),
      /stray-pattern: not in the catalog's link table\. Fix: give the page front matter with label: stray-pattern/,
    );
  });
});
