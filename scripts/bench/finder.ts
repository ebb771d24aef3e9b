// The pattern finder's figures: what its page loads beyond a pattern page, and how long a
// recompute takes at 1,000 patterns. Run: npm run bench:finder (after npm run build).
// A benchmark, not a test: it prints figures and a verdict, and exits 0.
import fs from 'node:fs';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {serveBuild} from '../harness/server';
import {measurePageWeights} from './page-weight';
import {median, percentile} from './stats';
import type {PatternRecord} from '../../src/catalog/client/types';
import {ANSWERS, QUESTIONS, type Answer} from '../../src/finder/client/questions';
import {prepare, recommend, type FinderPattern} from '../../src/finder/client/recommend';
import {sectionsOf} from '../../src/finder/client/checklist';

const BUILD = path.resolve(__dirname, '..', '..', 'build');
const TARGET_CHUNK_GZIP = 15 * 1024;
const TARGET_RECOMPUTE_MS = 16;
const PATTERNS = 1000;
const CLICKS = 500;

/** The real patterns' rules, repeated under new labels up to `total`, as the scale bench grows the site. */
function generated(records: PatternRecord[], total: number): FinderPattern[] {
  return Array.from({length: total}, (_, n) => {
    const r = records[n % records.length]!;
    return {
      label: `${r.label}-${n}`,
      title: r.title,
      path: `/patterns/${r.label}-${n}`,
      categories: r.categories,
      rules: r.appliesWhen,
    };
  });
}

/** One click: a new answer, then the result the page renders from (recommend and its sections). */
function recomputeTimes(patterns: FinderPattern[]): number[] {
  const prepared = prepare(patterns);
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const answers: Record<string, Answer> = {};
  const times: number[] = [];
  for (let i = 0; i < CLICKS; i += 1) {
    answers[QUESTIONS[Math.floor(random() * QUESTIONS.length)]!.id] = ANSWERS[Math.floor(random() * ANSWERS.length)]!;
    const started = performance.now();
    sectionsOf(recommend(prepared, answers));
    times.push(performance.now() - started);
  }
  return times;
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(BUILD, 'index.html'))) throw new Error('Run `npm run build` first.');
  const records = JSON.parse(fs.readFileSync(path.join(BUILD, 'patterns.json'), 'utf8')) as PatternRecord[];

  const server = await serveBuild(BUILD, {compress: true});
  let own: {path: string; gzip: number}[];
  try {
    const [finder, pattern] = await measurePageWeights(server.url, ['/finder', '/patterns/continuation-pattern']);
    const executed = (w: typeof finder) => w!.resources.filter((r) => r.kind === 'js' && r.type === 'script');
    const patternScripts = new Set(executed(pattern).map((r) => r.path));
    own = executed(finder).filter((r) => !patternScripts.has(r.path));
  } finally {
    await server.close();
  }
  const ownGzip = own.reduce((n, r) => n + r.gzip, 0);

  recomputeTimes(generated(records, PATTERNS)); // warm-up: the JIT, as after a first click
  const times = recomputeTimes(generated(records, PATTERNS));
  const p95 = percentile(times, 0.95);

  console.log('Pattern finder (Node for the recompute; headless Chromium for the page weight)');
  console.table([
    {figure: 'scripts /finder runs that a pattern page does not', value: own.map((r) => r.path).join(', ')},
    {figure: 'their size, gzip', value: `${(ownGzip / 1024).toFixed(1)} KiB`},
    {figure: `recompute after a click, ${PATTERNS} patterns, median`, value: `${median(times).toFixed(3)} ms`},
    {figure: `recompute after a click, ${PATTERNS} patterns, p95`, value: `${p95.toFixed(3)} ms`},
  ]);
  const checks = [
    [`finder's own JS < ${TARGET_CHUNK_GZIP / 1024} KiB gzip`, ownGzip < TARGET_CHUNK_GZIP],
    [`recompute p95 < ${TARGET_RECOMPUTE_MS} ms at ${PATTERNS} patterns`, p95 < TARGET_RECOMPUTE_MS],
  ] as const;
  for (const [target, pass] of checks) console.log(`  ${pass ? 'PASS' : 'MISS'}  ${target}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
