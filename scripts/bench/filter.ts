// Filter latency per keystroke on the index, measured in Chromium: the time from an input
// event to React's re-render plus a forced style and layout pass.
import {launchBrowser} from '../harness/browser';
import {serveBuild} from '../harness/server';
import {percentile} from './stats';

const QUERIES = ['delta', 'since deletion', 'optimistc lock', 'paging', 'webhook events'];
const ROUNDS = 5;

export interface FilterLatency {
  patterns: number;
  keystrokes: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

/** Types the queries into the index's filter of the build in `buildDir`, one keystroke at a time. */
export async function measureFilterLatency(buildDir: string): Promise<FilterLatency> {
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
    return {
      patterns,
      keystrokes: samples.length,
      medianMs: percentile(samples, 0.5),
      p95Ms: percentile(samples, 0.95),
      maxMs: Math.max(...samples),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
