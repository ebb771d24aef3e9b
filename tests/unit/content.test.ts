import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {visit} from 'unist-util-visit';
import {toString} from 'mdast-util-to-string';
import type {Code} from 'mdast';
import {loadCatalog} from '../../src/catalog/load';
import {parseMdx} from '../../src/catalog/parse';
import {PUBLISHED_LABELS} from '../../src/catalog/published-labels';
import {layoutFlow, parseFlow} from '../../src/diagrams/dataflow';
import {checkExample} from '../../src/reference/example-checker';
import {formatProblem} from '../../src/catalog/errors';
import {unfinishedProblems} from '../../src/catalog/unfinished';

const ROOT = path.resolve(__dirname, '..', '..');
const catalog = loadCatalog({siteDir: ROOT, requiredLabels: PUBLISHED_LABELS});
const PLACEHOLDER = /lorem ipsum|\bTODO\b|\bTBD\b|\bFIXME\b|coming soon/i;

/** Words of prose, leaving out front matter, code blocks and MDX elements. */
function proseWords(source: string): number {
  const tree = parseMdx(source);
  let words = 0;
  visit(tree, (node) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      words += toString(node).split(/\s+/).filter(Boolean).length;
      return 'skip';
    }
    return undefined;
  });
  return words;
}

function codeBlocks(source: string): Code[] {
  const blocks: Code[] = [];
  visit(parseMdx(source), 'code', (node) => void blocks.push(node));
  return blocks;
}

describe('the pattern pages', () => {
  it('cover the 38 patterns of the original index: 26 collect, 1 transform, 13 share', () => {
    assert.equal(catalog.patterns.length, 38);
    const count = (category: string) => catalog.patterns.filter((p) => p.categories.includes(category as never)).length;
    assert.deepEqual([count('collect'), count('transform'), count('share')], [26, 1, 13]);
  });

  for (const pattern of catalog.patterns) {
    describe(pattern.label, () => {
      const source = fs.readFileSync(path.join(ROOT, pattern.file), 'utf8');

      it('has at least 350 words of prose and no placeholder text', () => {
        const words = proseWords(source);
        assert.ok(words >= 350, `${pattern.file} has ${words} words of prose`);
        assert.doesNotMatch(source, PLACEHOLDER);
      });

      it('is finished: no TODO left from npm run new-pattern', () => {
        const lines = unfinishedProblems(pattern.file, source).map(formatProblem);
        assert.equal(lines.length, 0, lines.join('\n'));
      });

      it('links at least two other patterns in its prose', () => {
        const others = new Set(pattern.crossLinks.map((r) => r.label).filter((l) => l !== pattern.label));
        assert.ok(others.size >= 2, `${pattern.file} links ${[...others].join(', ') || 'nothing'}`);
      });

      it('has a titled JSON example that parses, with highlighted lines inside it', () => {
        const examples = codeBlocks(source).filter((block) => block.lang === 'json');
        assert.ok(examples.length >= 1, `${pattern.file} has a json example`);
        for (const example of examples) {
          assert.match(example.meta ?? '', /title="[^"]+"/, `${pattern.file}: the example has a title`);
          assert.doesNotThrow(() => JSON.parse(example.value), `${pattern.file}: the example is valid JSON`);
          const ranges = /\{([\d,\s-]+)\}/.exec(example.meta ?? '')?.[1];
          assert.ok(ranges, `${pattern.file}: the example highlights the lines that carry the pattern`);
          const lineCount = example.value.split('\n').length;
          for (const n of ranges.split(/[,-]/).map(Number)) {
            assert.ok(n >= 1 && n <= lineCount, `${pattern.file}: highlighted line ${n} is inside the example`);
          }
        }
      });

      it('has JSON examples that the reference backs (the example checker finds nothing)', () => {
        for (const block of codeBlocks(source).filter((b) => b.lang === 'json'))
          assert.deepEqual(checkExample(block.value), [], `${pattern.file}:${block.position?.start.line}`);
      });

      it('has one data-flow diagram, before the Problem section', () => {
        const diagrams = codeBlocks(source).filter((block) => block.lang === 'dataflow');
        assert.equal(diagrams.length, 1, `${pattern.file} has ${diagrams.length} dataflow blocks`);
        assert.ok(
          source.indexOf('```dataflow') < source.indexOf('## Problem'),
          `${pattern.file}: the diagram comes before ## Problem`,
        );
        // What the build does with it: a label over the limit fails the page's compile.
        assert.doesNotThrow(() => layoutFlow(parseFlow(diagrams[0]!.value), pattern.title), pattern.file);
      });

      it('has a one-sentence summary and at least four aliases', () => {
        assert.equal(pattern.summary.split(/[.!?](\s|$)/).filter((s) => s.trim()).length, 1, pattern.summary);
        assert.ok(pattern.aliases.length >= 4, `${pattern.file} has ${pattern.aliases.length} aliases`);
      });
    });
  }
});
