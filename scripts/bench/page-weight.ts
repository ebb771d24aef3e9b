// What a first visit downloads: every response headless Chromium receives for a page until
// the network has been quiet for a second, including the chunks Docusaurus prefetches for
// the links in view. Gzip is computed here from each body (level 9), not taken from the
// server, which serves everything uncompressed.
import type {Page, Response} from 'playwright-core';
import {launchBrowser} from '../harness/browser';
import {gzipBytes} from './stats';

// Playwright's default viewport; the links in view decide what Docusaurus prefetches.
export const VIEWPORT = {width: 1280, height: 720};
const QUIET_MS = 1000;
const SETTLE_TIMEOUT_MS = 20_000;

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface Resource {
  path: string;
  kind: 'html' | 'js' | 'css' | 'other';
  /** Chromium's resource type: `script` when executed, `other` for a <link rel="prefetch">. */
  type: string;
  raw: number;
  gzip: number;
}

export interface PageWeight {
  path: string;
  html: Bytes;
  js: Bytes;
  css: Bytes;
  /** Fonts, images, JSON: reported, not part of any target. */
  other: Bytes;
  scripts: number;
  /** The part of `js` that came from Docusaurus' prefetching of linked pages' chunks. */
  prefetchedJs: Bytes;
  requests: number;
  resources: Resource[];
}

function kindOf(response: Response): Resource['kind'] {
  const type = response.headers()['content-type'] ?? '';
  if (type.includes('text/html')) return 'html';
  if (type.includes('javascript')) return 'js';
  if (type.includes('text/css')) return 'css';
  return 'other';
}

/**
 * Watches the page's requests from now on; `quiet()` resolves once none is in flight and none
 * has started or finished for QUIET_MS.
 */
function trackNetwork(page: Page): {quiet(): Promise<void>} {
  let inFlight = 0;
  let lastActivity = Date.now();
  page.on('request', () => {
    inFlight += 1;
    lastActivity = Date.now();
  });
  const ended = () => {
    inFlight -= 1;
    lastActivity = Date.now();
  };
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  return {
    async quiet() {
      const deadline = Date.now() + SETTLE_TIMEOUT_MS;
      while (inFlight > 0 || Date.now() - lastActivity < QUIET_MS) {
        if (Date.now() > deadline) throw new Error(`${page.url()} did not settle in ${SETTLE_TIMEOUT_MS} ms`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
  };
}

async function measurePage(page: Page, origin: string, pagePath: string): Promise<PageWeight> {
  // One entry per URL: a prefetched chunk that is then executed is downloaded once.
  const bodies = new Map<string, Promise<Resource | undefined>>();
  page.on('response', (response) => {
    const url = response.url();
    if (bodies.has(url) || response.status() >= 300) return;
    bodies.set(
      url,
      response.body().then(
        (body) => ({
          path: url.startsWith(origin) ? url.slice(origin.length) : url,
          kind: kindOf(response),
          type: response.request().resourceType(),
          raw: body.length,
          gzip: gzipBytes(body),
        }),
        () => undefined, // the page navigated away or the request was cancelled
      ),
    );
  });
  const network = trackNetwork(page);
  await page.goto(origin + pagePath, {waitUntil: 'networkidle'});
  await page.waitForFunction(() => document.documentElement.getAttribute('data-has-hydrated') === 'true');
  await network.quiet();

  const resources = (await Promise.all(bodies.values())).filter((r): r is Resource => r !== undefined);
  const total = (list: Resource[]): Bytes => ({
    raw: list.reduce((n, r) => n + r.raw, 0),
    gzip: list.reduce((n, r) => n + r.gzip, 0),
  });
  const sum = (kind: Resource['kind']) => total(resources.filter((r) => r.kind === kind));
  return {
    path: pagePath,
    html: sum('html'),
    js: sum('js'),
    css: sum('css'),
    other: sum('other'),
    scripts: resources.filter((r) => r.kind === 'js').length,
    prefetchedJs: total(resources.filter((r) => r.kind === 'js' && r.type !== 'script')),
    requests: resources.length,
    resources,
  };
}

/** Weighs each path of the site served at `origin`, each in a fresh browser context (empty cache). */
export async function measurePageWeights(origin: string, paths: readonly string[]): Promise<PageWeight[]> {
  const browser = await launchBrowser();
  try {
    const weights: PageWeight[] = [];
    for (const pagePath of paths) {
      const context = await browser.newContext({viewport: VIEWPORT});
      try {
        weights.push(await measurePage(await context.newPage(), origin, pagePath));
      } finally {
        await context.close();
      }
    }
    return weights;
  } finally {
    await browser.close();
  }
}
