import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkDirective from 'remark-directive';
import {VFile} from 'vfile';
import type {Root} from 'mdast';
import remarkPatternLink from '../../src/plugins/remark-pattern-link';
import type {LinkTable} from '../../src/catalog/link-table';

/** The small catalog the fixtures use (tests/fixtures/remark/link-table.json). */
const TABLE = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '..', 'fixtures', 'remark', 'link-table.json'), 'utf8'),
) as LinkTable;
const linkTable = () => TABLE;

function transform(markdown: string): Root {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkDirective).use(remarkPatternLink, {linkTable});
  const file = new VFile({path: 'docs/some-pattern.mdx', value: markdown});
  return processor.runSync(processor.parse(file), file) as Root;
}

function firstParagraphChildren(tree: Root) {
  const paragraph = tree.children[0];
  assert.equal(paragraph?.type, 'paragraph');
  return paragraph.children;
}

// What the plugins make of a page is pinned by the fixtures (tests/fixtures/remark, run by
// remark-fixtures.test.ts); these are the two things a fixture cannot show.
describe('remark-pattern-link', () => {
  it('keeps the source position so MDX errors point at the right line', () => {
    const [, link] = firstParagraphChildren(transform('\n\nLine three :pattern[delete-pattern].'));
    assert.equal(link?.position?.start.line, 3);
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
