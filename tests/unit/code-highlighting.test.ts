import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import {VFile} from 'vfile';
import type {Root} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import {themes} from 'prism-react-renderer';
import remarkHighlightCode from '../../src/plugins/remark-highlight-code';
import remarkDataflow from '../../src/plugins/remark-dataflow';
import {highlightToHtml, parseCodeMeta} from '../../src/plugins/remark-highlight-code/highlight';
import {prismThemeCss} from '../../src/plugins/code-theme/theme-css';

function transform(markdown: string): Root {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkDataflow).use(remarkHighlightCode);
  const file = new VFile({path: 'docs/some-pattern.mdx', value: markdown});
  return processor.runSync(processor.parse(file), file) as Root;
}

const attributesOf = (node: MdxJsxFlowElement) =>
  Object.fromEntries(node.attributes.map((a) => ('name' in a ? [a.name, a.value] : ['', ''])));

describe('parseCodeMeta', () => {
  it('reads a title and line ranges', () => {
    const meta = parseCodeMeta('title="tripletex pipe" {2,5-7}');
    assert.equal(meta.title, 'tripletex pipe');
    assert.deepEqual([...meta.highlightedLines], [2, 5, 6, 7]);
  });

  it('reads no meta as no title and no lines', () => {
    assert.deepEqual(parseCodeMeta(undefined), {title: undefined, highlightedLines: new Set()});
  });

  it('rejects a range it cannot read, naming it', () => {
    assert.throws(() => parseCodeMeta('{3,x}'), /"x" is not a line or a range/);
    assert.throws(() => parseCodeMeta('{9-4}'), /the range 9-4 runs backwards/);
  });
});

describe('highlightToHtml', () => {
  it('gives one line span per line, each ending in its newline, tokens classed by type', () => {
    const html = highlightToHtml('{\n  "_id": 1\n}', 'json');
    const lines = html.match(/<span class="token-line"[^>]*>/g) ?? [];
    assert.deepEqual(lines, [
      '<span class="token-line">',
      // Its indent, for the hanging indent of a wrapped line.
      '<span class="token-line" style="--indent:2">',
      '<span class="token-line">',
    ]);
    assert.match(html, /<span class="token property">"_id"<\/span>/);
    assert.match(html, /<span class="token number">1<\/span>/);
    // The text reads back exactly, newlines included, once the markup is taken away.
    assert.equal(html.replace(/<[^>]+>/g, ''), '{\n  "_id": 1\n}\n');
  });

  it('marks the lines asked for', () => {
    const html = highlightToHtml('a\nb\nc', 'json', new Set([2]));
    assert.deepEqual(html.match(/class="[^"]*token-line[^"]*"/g), [
      'class="token-line"',
      'class="token-line theme-code-block-highlighted-line"',
      'class="token-line"',
    ]);
  });

  it('escapes markup in code, and leaves code in an unknown or no language plain', () => {
    const html = highlightToHtml('"<script>&"', undefined);
    assert.equal(html, '<span class="token-line">"&lt;script&gt;&amp;"\n</span>');
  });
});

describe('remark-highlight-code', () => {
  it('turns a fence into a CodeBlock with its language, title and highlighted HTML', () => {
    const tree = transform('```json title="pipe" {1}\n{"a": true}\n```\n');
    const element = tree.children[0] as MdxJsxFlowElement;
    assert.equal(element.type, 'mdxJsxFlowElement');
    assert.equal(element.name, 'CodeBlock');
    const attributes = attributesOf(element);
    assert.equal(attributes.language, 'json');
    assert.equal(attributes.title, 'pipe');
    assert.match(String(attributes.html), /theme-code-block-highlighted-line/);
    assert.match(String(attributes.html), /<span class="token boolean">true<\/span>/);
  });

  it('leaves dataflow blocks to the diagram plugin', async () => {
    // The diagram's layout is asynchronous (ELK), so this one runs the pipeline with `run`.
    const processor = unified().use(remarkParse).use(remarkMdx).use(remarkDataflow).use(remarkHighlightCode);
    const file = new VFile({path: 'docs/some-pattern.mdx'});
    const tree = await processor.run(
      processor.parse(`\`\`\`dataflow title="t"\npipe a "A"\npipe b "B" key\na -> b "feeds"\n\`\`\`\n`),
      file,
    );
    assert.equal((tree.children[0] as MdxJsxFlowElement).name, 'DataflowDiagram');
  });

  it('fails the build on an unknown language, with the fix', () => {
    assert.throws(() => transform('```jsonn\n{}\n```\n'), /unknown language "jsonn"\. Fix: use one Prism knows/);
  });

  it('fails the build on unreadable line ranges, with the fix', () => {
    assert.throws(
      () => transform('```json {1-}\n{}\n```\n'),
      /code block: "1-" is not a line or a range.*Fix: write lines as \{3,7-9\}/,
    );
  });
});

describe('prismThemeCss', () => {
  it('sets the theme colours once per token type, under the scope', () => {
    const css = prismThemeCss(themes.github, "html[data-theme='light']");
    assert.match(
      css,
      /html\[data-theme='light'\] \.theme-code-block\{--code-block-color:#393A34;--code-block-background:#f6f8fa\}/,
    );
    assert.match(
      css,
      /html\[data-theme='light'\] \.theme-code-block \.token\.comment,[^{]*\{color:#999988;font-style:italic\}/,
    );
  });
});
