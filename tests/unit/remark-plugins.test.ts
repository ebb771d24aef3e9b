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

function transform(markdown: string, plugin: typeof remarkPatternLink = remarkPatternLink): Root {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkDirective).use(plugin);
  const file = new VFile({path: 'docs/some-pattern.mdx', value: markdown});
  return processor.runSync(processor.parse(file), file) as Root;
}

function firstParagraphChildren(tree: Root) {
  const paragraph = tree.children[0];
  assert.equal(paragraph?.type, 'paragraph');
  return paragraph.children;
}

function attributes(node: MdxJsxTextElement): Record<string, unknown> {
  return Object.fromEntries(node.attributes.map((a) => ('name' in a ? [a.name, a.value] : ['', ''])));
}

describe('remark-pattern-link', () => {
  it('turns :pattern[label] into a PatternLink element', () => {
    const [before, link, after] = firstParagraphChildren(transform('Use :pattern[continuation-pattern] here.'));
    assert.deepEqual(before, {...before, type: 'text', value: 'Use '});
    assert.equal(link?.type, 'mdxJsxTextElement');
    const element = link as MdxJsxTextElement;
    assert.equal(element.name, 'PatternLink');
    assert.deepEqual(attributes(element), {label: 'continuation-pattern'});
    assert.deepEqual(element.children, []);
    assert.equal(after?.type === 'text' && after.value, ' here.');
  });

  it('passes an anchor and custom text through', () => {
    const [, link] = firstParagraphChildren(
      transform('See :pattern[pagination-pattern#pitfalls-and-trade-offs]{text="paging traps"}.'),
    );
    assert.deepEqual(attributes(link as MdxJsxTextElement), {
      label: 'pagination-pattern',
      anchor: 'pitfalls-and-trade-offs',
      text: 'paging traps',
    });
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
        remarkPlugins: [remarkDirective, remarkPatternLink],
      }),
    );
    // Taken from the MDX components provider, where src/theme/MDXComponents registers it.
    assert.match(output, /\{PatternLink\} = _components/);
    assert.match(output, /_jsx\(PatternLink, \{/);
    assert.match(output, /label: "delete-pattern"/);
    assert.match(output, /text: "deletes"/);
  });
});

describe('remark-pattern-sections', () => {
  it('puts the copy buttons first and appends the generated sections after the written ones', () => {
    const tree = transform('## Problem\n\nText.\n\n## Pitfalls and trade-offs\n\n- One.', remarkPatternSections);
    const tail = tree.children.slice(-4);
    assert.deepEqual(
      tail.map((node) =>
        node.type === 'heading'
          ? `h${node.depth}:${(node.children[0] as {value: string}).value}`
          : (node as MdxJsxFlowElement).name,
      ),
      ['h2:Related patterns', 'RelatedPatterns', 'h2:Patterns that link here', 'PatternBacklinks'],
    );
    assert.equal((tree.children[0] as MdxJsxFlowElement).name, 'PatternActions');
    assert.equal(tree.children[1]?.type, 'heading');
    assert.equal(tree.children.length, 9);
  });
});
