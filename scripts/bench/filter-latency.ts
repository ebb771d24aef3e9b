// Filter latency per keystroke on the index, measured in Chromium: the time from an input
// event to React's re-render plus a forced style and layout pass. Run: npm run bench:filter
// A benchmark, not a test: it prints figures and exits 0.
import fs from 'node:fs';
import path from 'node:path';
import {launchBrowser} from '../../tests/support/browser';
import {serveBuild} from '../../tests/support/server';
import {buildSite, generateSite} from './generated-site';

const QUERIES = ['delta', 'since deletion', 'optimistc lock', 'paging', 'webhook events'];
const ROUNDS = 5;

interface Figures {
  patterns: number;
  keystrokes: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

async function measure(buildDir: string): Promise<Figures> {
  const server = await serveBuild(buildDir);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.addInitScript('globalThis.__name = (fn) => fn;');
    await page.goto(`${server.url}/`);
    await page.waitForFunction(() => document.documentElement.getAttribute('data-has-hydrated') === 'true');
    const patterns = await page.$$eval(
      'a[data-label]',
      (cards) => new Set(cards.map((c) => c.getAttribute('data-label'))).size,
    );
    const samples = await page.evaluate(
      async ({queries, rounds}) => {
        const input = document.querySelector<HTMLInputElement>('#pattern-filter')!;
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
        const type = (value: string) => {
          const started = performance.now();
          setValue.call(input, value);
          input.dispatchEvent(new Event('input', {bubbles: true}));
          void document.body.offsetHeight; // style and layout of the new grid
          return performance.now() - started;
        };
        const times: number[] = [];
        for (let round = 0; round < rounds; round += 1) {
          for (const query of queries) {
            for (let end = 1; end <= query.length; end += 1) times.push(type(query.slice(0, end)));
            type('');
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
        }
        return times;
      },
      {queries: QUERIES, rounds: ROUNDS},
    );
    const sorted = [...samples].sort((a, b) => a - b);
    return {
      patterns,
      keystrokes: sorted.length,
      medianMs: percentile(sorted, 0.5),
      p95Ms: percentile(sorted, 0.95),
      maxMs: sorted.at(-1)!,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

async function main(): Promise<void> {
  const builtSite = path.resolve(__dirname, '..', '..', 'build');
  if (!fs.existsSync(path.join(builtSite, 'index.html'))) throw new Error('Run `npm run build` first.');
  const rows: (Figures & {site: string; buildSeconds?: number})[] = [
    {site: 'this site', ...(await measure(builtSite))},
  ];

  // BENCH_PATTERNS=0 measures this site only (the generated build takes about two minutes).
  const total = Number(process.env.BENCH_PATTERNS ?? 1000);
  if (total > 0) {
    const generated = generateSite(total);
    const buildSeconds = buildSite(generated);
    rows.push({site: `generated (${total})`, buildSeconds, ...(await measure(path.join(generated, 'build')))});
    fs.rmSync(generated, {recursive: true, force: true});
  }

  console.log('Filter latency per keystroke (input event -> render + layout), Chromium headless');
  console.table(
    rows.map((r) => ({
      site: r.site,
      patterns: r.patterns,
      keystrokes: r.keystrokes,
      'median ms': r.medianMs.toFixed(2),
      'p95 ms': r.p95Ms.toFixed(2),
      'max ms': r.maxMs.toFixed(2),
      'build s': r.buildSeconds?.toFixed(1) ?? '',
    })),
  );
  const worst = rows.at(-1)!;
  console.log(
    `Verdict: p95 ${worst.p95Ms.toFixed(1)} ms at ${worst.patterns} patterns; target under 16 ms: ${worst.p95Ms < 16 ? 'met' : 'missed'}.`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
