// Lighthouse 12.2.3 through its Node API, against a build served on 127.0.0.1, with a fresh
// Chromium (and profile) for every run so that no run warms the cache of the next.
import * as chromeLauncher from 'chrome-launcher';
import {CHROMIUM_PATH, QUIET_FLAGS} from '../harness/browser';

export type FormFactor = 'mobile' | 'desktop';
export const FORM_FACTORS: readonly FormFactor[] = ['mobile', 'desktop'];
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseRun {
  /** 0-100, as the report shows them. */
  scores: Record<Category, number>;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Audits that cost points outside performance, to say what to fix. */
  failing: string[];
  /** For each of them, the first few offending elements' CSS selectors (JSON only). */
  failingElements: Record<string, string[]>;
  /** The scripts with the most main-thread time (bootup-time audit): where TBT comes from. */
  bootup: {url: string; scriptingMs: number}[];
}

export interface LighthouseFigures extends LighthouseRun {
  /** Performance score of every run; the figures above are those of the median run. */
  performanceRuns: number[];
}

const ATTEMPTS = 2;

// Imported on first use rather than at the top: tsx turns a static import of an ES module into
// require() and compiles it with esbuild's keepNames, which wraps functions in a `__name`
// helper. Lighthouse runs some of its functions in the page as source text, where `__name`
// does not exist. A dynamic import() goes through Node's ES module loader untouched.
const loadLighthouse = async () => {
  const [{default: lighthouse}, {default: desktopConfig}] = await Promise.all([
    import('lighthouse'),
    import('lighthouse/core/config/desktop-config.js'),
  ]);
  return {lighthouse, desktopConfig};
};

function numeric(lhr: {audits: Record<string, {numericValue?: number}>}, id: string): number {
  const value = lhr.audits[id]?.numericValue;
  if (value === undefined) throw new Error(`Lighthouse reported no ${id}`);
  return value;
}

async function runOnce(url: string, formFactor: FormFactor): Promise<LighthouseRun> {
  const {lighthouse, desktopConfig} = await loadLighthouse();
  const chrome = await chromeLauncher.launch({chromePath: CHROMIUM_PATH, chromeFlags: ['--headless', ...QUIET_FLAGS]});
  try {
    // The default config is the mobile one (Moto G Power, slow 4G, 4x CPU slowdown, simulated).
    const result = await lighthouse(
      url,
      {port: chrome.port, output: 'json', logLevel: 'error'},
      formFactor === 'desktop' ? desktopConfig : undefined,
    );
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const scores = {} as Record<Category, number>;
    const failing: string[] = [];
    const failingElements: Record<string, string[]> = {};
    for (const id of CATEGORIES) {
      const category = lhr.categories[id];
      if (category?.score == null) throw new Error(`Lighthouse scored no ${id} for ${url}`);
      scores[id] = Math.round(category.score * 100);
      if (id === 'performance') continue;
      for (const ref of category.auditRefs) {
        const score = lhr.audits[ref.id]?.score;
        if (ref.weight > 0 && score !== null && score !== undefined && score < 1) {
          failing.push(`${id}: ${ref.id}`);
          const items = (lhr.audits[ref.id]?.details as {items?: {node?: {selector?: string}}[]})?.items ?? [];
          failingElements[ref.id] = items.flatMap((item) => item.node?.selector ?? []).slice(0, 5);
        }
      }
    }
    const bootupItems = (lhr.audits['bootup-time']?.details as {items?: {url: string; scripting: number}[]})?.items;
    return {
      scores,
      fcpMs: numeric(lhr, 'first-contentful-paint'),
      lcpMs: numeric(lhr, 'largest-contentful-paint'),
      tbtMs: numeric(lhr, 'total-blocking-time'),
      cls: numeric(lhr, 'cumulative-layout-shift'),
      failing,
      failingElements,
      bootup: (bootupItems ?? [])
        .map((item) => ({url: item.url, scriptingMs: Math.round(item.scripting)}))
        .sort((a, b) => b.scriptingMs - a.scriptingMs)
        .slice(0, 5),
    };
  } finally {
    chrome.kill();
  }
}

/** One Lighthouse run; a run that fails (it happens on a busy machine) is tried once more. */
export async function runLighthouse(url: string, formFactor: FormFactor): Promise<LighthouseRun> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await runOnce(url, formFactor);
    } catch (error) {
      if (attempt >= ATTEMPTS) throw error;
      console.warn(`  Lighthouse ${formFactor} ${url} failed, retrying: ${String(error)}`);
    }
  }
}

/** The run with the median performance score, and its metrics (not medians of each metric). */
export function medianRun(runs: readonly LighthouseRun[]): LighthouseFigures {
  const sorted = [...runs].sort((a, b) => a.scores.performance - b.scores.performance);
  return {...sorted[Math.floor((sorted.length - 1) / 2)]!, performanceRuns: runs.map((r) => r.scores.performance)};
}
