import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {parseMdx} from '../../src/catalog/parse';
import {dtlPipesOf, fencesOf, workedExamplesOf} from '../../src/worked-examples/compute';

/**
 * The catalog's pages and their worked examples: every page whose example runs DTL shows one,
 * and where the DTL can drop an entity, the page shows a dropped entity next to a kept one.
 */

const DOCS = path.resolve(__dirname, '..', '..', 'docs');

const fencesOfPage = (file: string) => fencesOf(parseMdx(fs.readFileSync(path.join(DOCS, file), 'utf8')));

const pages = fs
  .readdirSync(DOCS)
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .map((file) => {
    const fences = fencesOfPage(file);
    return {label: path.basename(file, '.mdx'), fences, pipes: dtlPipesOf(fences), ...workedExamplesOf(fences)};
  });

/** Pages whose example configures systems, sources, sinks or templates only: no DTL to run. */
const WITHOUT_DTL = [
  'authentication-schemes-pattern',
  'continuation-pattern',
  'datatype-naming-pattern',
  'datatypes-follow-the-api-pattern',
  // Its DTL is in template properties, which the template applies; the evaluator does not run those.
  'handling-asymmetry-pattern',
  'insert-pattern',
  'pagination-pattern',
  'share-template-extension-points-pattern',
  'single-share-pattern',
  'source-with-since-support-but-no-deletions-pattern',
  'sporadic-empty-response-pattern',
  'update-pattern',
  'use-datatype-specific-operations-pattern',
  'use-templates-pattern',
  'verify-deletes-pattern',
];

/** Whether a rule set calls a function or transform anywhere (steps, branches, expressions). */
const uses = (rules: unknown, name: string): boolean => JSON.stringify(rules).includes(`["${name}"`);
/**
 * Whether a rule has a `discard` or `filter` step with a condition (without one, they drop every
 * entity), among its steps or those of its `if` branches.
 */
function gates(steps: unknown): boolean {
  if (!Array.isArray(steps)) return false;
  return steps.some((step) => {
    if (!Array.isArray(step)) return false;
    if ((step[0] === 'discard' || step[0] === 'filter') && step.length > 1) return true;
    if (step[0] !== 'if') return false;
    return [step[2], step[3]].some((branch) => gates(Array.isArray(branch?.[0]) ? branch : [branch]));
  });
}

describe('worked examples on the pattern pages', () => {
  it('are on every page whose example runs DTL, and only there', () => {
    assert.deepEqual(
      pages.filter((p) => p.pipes.length === 0).map((p) => p.label),
      WITHOUT_DTL,
    );
    for (const page of pages.filter((p) => p.pipes.length > 0)) {
      assert.ok(page.examples.length > 0, `${page.label} runs DTL and shows no worked example`);
    }
  });

  it('all compute to the outputs their pages state', () => {
    for (const page of pages) assert.deepEqual(page.problems, [], page.label);
  });

  it('show a dropped or filtered entity next to a kept one wherever a condition decides', () => {
    for (const page of pages) {
      for (const example of page.examples) {
        const pipe = page.pipes.find((p) => p.id === example.pipe)!;
        const rules = pipe.transforms.find((t) => t.position === example.transform)!.rules;
        if (!gates(rules.default)) continue;
        const outcomes = example.samples.map((s) => s.outcome);
        assert.ok(
          outcomes.some((o) => o.dropped || o.filtered),
          `${page.label} (${example.pipe}): no sample is dropped or filtered`,
        );
        assert.ok(
          outcomes.some((o) => !o.dropped && !o.filtered && !o.halted),
          `${page.label} (${example.pipe}): no sample is kept`,
        );
      }
    }
  });

  it('give the entities of the datasets that the DTL hops to', () => {
    for (const page of pages) {
      for (const example of page.examples) {
        const pipe = page.pipes.find((p) => p.id === example.pipe)!;
        const rules = pipe.transforms.find((t) => t.position === example.transform)!.rules;
        if (!uses(rules, 'hops')) continue;
        assert.ok(Object.keys(example.datasets).length > 0, `${page.label} (${example.pipe}) hops without datasets`);
      }
    }
  });

  it('pin the delete pattern: deleted entities get the DELETE, live ones are dropped', () => {
    const [example] = pages.find((p) => p.label === 'delete-pattern')!.examples;
    const verdicts = example!.samples.map((s) => [
      (s.input as {_deleted?: boolean})._deleted === true,
      s.outcome.dropped?.by ?? (s.outcome.output[0] as {$operation?: string}).$operation,
    ]);
    assert.deepEqual(
      verdicts.filter(([deleted]) => !deleted).map(([, v]) => v),
      ['discard'],
      'every live sample is discarded',
    );
    assert.ok(verdicts.some(([deleted, v]) => deleted && v === 'delete'));
  });
});
