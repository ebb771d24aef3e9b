import fs from 'node:fs';
import path from 'node:path';
import {after, before} from 'node:test';
import type {Browser, BrowserContext, BrowserContextOptions, Page} from 'playwright-core';
import {launchBrowser} from '../../scripts/harness/browser';
import {BUILD_DIR, serveBuild, type ServeOptions, type StaticServer} from '../../scripts/harness/server';

export interface Site {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  readonly browser: Browser;
  /** A fresh browser context (cookies, storage, settings), ready for page.evaluate. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** A new page in a fresh context, already at `path`. */
  open(path: string, options?: BrowserContextOptions): Promise<Page>;
}

// tsx compiles test files with esbuild's keepNames, which wraps named functions in a
// `__name(...)` helper; functions sent to the page through page.evaluate need it too.
const KEEP_NAMES_HELPER = 'globalThis.__name = (fn) => fn;';

/**
 * Serves the production build on 127.0.0.1 and launches Chromium for the tests of one file.
 * The build must exist: `npm test` runs `npm run build` first.
 */
export function useBuiltSite(options: ServeOptions & {dir?: string} = {}): Site {
  const dir = options.dir ?? BUILD_DIR;
  if (options.dir === undefined && !fs.existsSync(path.join(BUILD_DIR, 'index.html'))) {
    throw new Error(`No production build in ${BUILD_DIR}. Run \`npm run build\` first (npm test does).`);
  }
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  before(async () => {
    [server, browser] = await Promise.all([serveBuild(dir, options), launchBrowser()]);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get url() {
      return server!.url;
    },
    get browser() {
      return browser!;
    },
    async newContext(options = {}) {
      const context = await browser!.newContext(options);
      await context.addInitScript(KEEP_NAMES_HELPER);
      return context;
    },
    async open(pagePath, options = {}) {
      const context = await this.newContext(options);
      const page = await context.newPage();
      const response = await page.goto(server!.url + pagePath);
      if (!response?.ok()) throw new Error(`GET ${pagePath} answered ${response?.status()}`);
      return page;
    },
  };
}

/** Sections and cards on show: not hidden by the filter, nor inside the hidden full grid. */
export const VISIBLE_SECTION = 'section[data-category]:not([hidden]):not([hidden] *)';
export const VISIBLE_CARD = `${VISIBLE_SECTION} a[data-label]`;

/** Labels of the visible pattern cards on the index, per visible section, in page order. */
export async function cardLabelsBySection(page: Page): Promise<Record<string, string[]>> {
  return page.$$eval(VISIBLE_SECTION, (sections) =>
    Object.fromEntries(
      sections.map((section) => [
        section.getAttribute('data-category')!,
        [...section.querySelectorAll('a[data-label]')].map((a) => a.getAttribute('data-label')!),
      ]),
    ),
  );
}

/**
 * Search from the navbar (offline index) and open the first result; resolves once the result's
 * page has rendered. The search box's shortcut is bound after hydration, so click it.
 */
export async function openFirstNavbarResult(page: Page, query: string): Promise<void> {
  const from = page.url();
  const box = page.locator('input.navbar__search-input');
  await box.click();
  await box.pressSequentially(query, {delay: 20});
  await page.locator('[role="listbox"] [role="option"]').first().waitFor();
  await page.keyboard.press('Enter');
  await page.waitForFunction((start) => location.href !== start, from);
  await page.locator('article h1').waitFor();
}
