import {after, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {AxeBuilder} from '@axe-core/playwright';
import type {Result} from 'axe-core';
import type {BrowserContext, Page} from 'playwright-core';
import {BUILD_DIR, builtHtmlFiles, servedPath} from '../../scripts/harness/server';
import {useBuiltSite} from '../support/site';

// Every HTML file of the build, in light and dark mode, through axe-core: WCAG 2.0 and 2.1 at
// levels A and AA, and axe's best practices. No violation passes.

const site = useBuiltSite();

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const MODES = ['light', 'dark'] as const;
type Mode = (typeof MODES)[number];
/** Two checks at a time: one per core of the CI machine. */
const CONCURRENCY = 2;

interface BuiltPage {
  /** The address the static host serves it at, e.g. `/patterns/insert-pattern` or `/p/insert`. */
  url: string;
  /** Its file in the build, e.g. `patterns/insert-pattern.html`. */
  file: string;
  /** A static redirect page (meta refresh and redirect.js) rather than a page of the app. */
  redirect: boolean;
}

/** Every HTML file in `dir`, with the clean URL that serveBuild answers for it. */
function builtPages(dir: string): BuiltPage[] {
  return builtHtmlFiles(dir).map((file) => ({
    url: servedPath(file),
    file,
    redirect: /<meta http-equiv="refresh"/i.test(fs.readFileSync(path.join(dir, file), 'utf8')),
  }));
}

/** One line per failing element: rule, impact, target, and what axe says is wrong. */
function describeViolations(violations: Result[]): string {
  return violations
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `  ${violation.id} (${violation.impact ?? 'no impact'}) at ${node.target.join(' >> ')}\n` +
          `    ${violation.help}: ${node.failureSummary?.replace(/\n\s*/g, ' ') ?? ''}`,
      ),
    )
    .join('\n');
}

/**
 * One browser context per colour mode, shared by every page (the system preference sets the
 * mode, as for a first visit), and a few tabs in each that the checks take turns with.
 */
class ModeTabs {
  private context?: Promise<BrowserContext>;
  private readonly idle: Page[] = [];

  constructor(readonly mode: Mode) {}

  async take(): Promise<Page> {
    this.context ??= site.newContext({colorScheme: this.mode});
    return this.idle.pop() ?? (await this.context).newPage();
  }

  give(page: Page): void {
    this.idle.push(page);
  }

  async close(): Promise<void> {
    if (this.context) await (await this.context).close();
  }
}

/**
 * Keep `page` on the redirect page at `url` until unrouted: redirect.js is answered empty (a
 * redirect while the page loads would stop it loading) and the meta refresh is cancelled.
 */
async function stayOnRedirectPage(page: Page, url: string): Promise<void> {
  await page.route('**/*', (route) => {
    const request = route.request();
    if (new URL(request.url()).pathname === '/redirect.js') {
      return route.fulfill({contentType: 'text/javascript', body: ''});
    }
    return request.isNavigationRequest() && request.url() !== url ? route.abort('aborted') : route.continue();
  });
}

const pages = builtPages(BUILD_DIR);
const tabs = Object.fromEntries(MODES.map((mode) => [mode, new ModeTabs(mode)])) as Record<Mode, ModeTabs>;
after(() => Promise.all(MODES.map((mode) => tabs[mode].close())));

async function check(builtPage: BuiltPage, mode: Mode): Promise<void> {
  const page = await tabs[mode].take();
  const url = site.url + builtPage.url;
  if (builtPage.redirect) await stayOnRedirectPage(page, url);
  try {
    const response = await page.goto(url);
    assert.ok(response?.ok(), `GET ${builtPage.url} answered ${response?.status()}`);
    if (!builtPage.redirect) {
      // As a reader gets it: hydrated, and in the mode under test.
      await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
      assert.equal(await page.getAttribute('html', 'data-theme'), mode);
    }
    // For speed: legacy mode runs axe in the page itself (the default opens a blank tab per
    // run to merge the results of iframes, which these pages do not have), and only violations
    // are reported element by element (the passes are most of the result's 900 kB).
    const {violations} = await new AxeBuilder({page})
      .withTags(TAGS)
      .options({resultTypes: ['violations']})
      .setLegacyMode(true)
      .analyze();
    assert.equal(
      violations.length,
      0,
      `${builtPage.url} (${builtPage.file}) in ${mode} mode has accessibility violations:\n` +
        describeViolations(violations),
    );
    if (builtPage.redirect) assert.equal(new URL(page.url()).pathname, builtPage.url, 'it checked the redirect page');
  } finally {
    if (builtPage.redirect) await page.unrouteAll({behavior: 'ignoreErrors'});
    tabs[mode].give(page);
  }
}

describe('accessibility (axe: WCAG 2.0 and 2.1 A and AA, best practices)', () => {
  it('finds every page of the build', () => {
    const urls = pages.map((page) => page.url);
    for (const url of [
      '/',
      '/map',
      '/finder',
      '/worked-examples',
      '/search',
      '/404',
      '/p/continuation',
      '/continuation-pattern',
    ]) {
      assert.ok(urls.includes(url), `${url} is among the pages checked`);
    }
    assert.equal(urls.filter((url) => url.startsWith('/patterns/')).length, 38, '38 pattern pages');
    assert.ok(pages.some((page) => page.redirect) && pages.some((page) => !page.redirect));
  });

  for (const mode of MODES) {
    describe(`${mode} mode`, {concurrency: CONCURRENCY}, () => {
      for (const builtPage of pages) {
        it(`${builtPage.url} (${builtPage.file})`, () => check(builtPage, mode));
      }
    });
  }
});
