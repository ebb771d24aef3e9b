import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type {Page} from 'playwright-core';
import {BUILD_DIR} from '../../scripts/harness/server';
import {ORIGINAL_CSS_DIR} from '../../src/plugins/unused-css';
import {useBuiltSite} from '../support/site';

const site = useBuiltSite();
const ROOT = path.resolve(__dirname, '..', '..');
const CSS_DIR = path.join(BUILD_DIR, 'assets', 'css');
const [stylesheet] = fs.readdirSync(CSS_DIR);

/**
 * A digest of every computed style of every element of `pagePath` (and of its ::before, ::after,
 * ::marker and ::placeholder), with the stylesheet as built (`original`) or as shipped. Computed styles, not
 * pixels: they are exact, and a page's picture can differ between two loads.
 */
async function computedStyles(
  pagePath: string,
  width: number,
  scheme: 'light' | 'dark',
  original: boolean,
  act?: (page: Page) => Promise<void>,
): Promise<string[]> {
  const context = await site.newContext({viewport: {width, height: 900}, colorScheme: scheme, reducedMotion: 'reduce'});
  if (original)
    await context.route(`**/assets/css/${stylesheet}`, (route) =>
      route.fulfill({
        contentType: 'text/css',
        body: fs.readFileSync(path.join(ROOT, ORIGINAL_CSS_DIR, stylesheet!), 'utf8'),
      }),
    );
  const page = await context.newPage();
  await page.goto(site.url + pagePath);
  await page.waitForFunction(() => document.documentElement.getAttribute('data-has-hydrated') === 'true');
  if (act) {
    await act(page);
    // The pointer rests where the click was, and what opened under it there (the menu's site
    // name) is hovered in one run and not in the next: it goes to a corner nothing reacts to.
    await page.mouse.move(width - 1, 899);
    await page.waitForFunction(() => document.querySelectorAll('a:hover, button:hover, input:hover').length === 0);
  }
  // An image still on its way has no size yet, and nor has what holds it.
  await page.waitForFunction(() => [...document.images].every((image) => image.loading === 'lazy' || image.complete));
  // A style read mid-transition (the navbar's logo as the colour mode settles) is neither.
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
  // Custom properties are left out: removing unread ones is the point, and they draw nothing.
  const styles = await page.evaluate(() => {
    const describe = (element: Element, pseudo: string | null) => {
      const style = getComputedStyle(element, pseudo);
      let text = '';
      for (let k = 0; k < style.length; k += 1) {
        const property = style[k]!;
        if (!property.startsWith('--')) text += `${property}:${style.getPropertyValue(property)};`;
      }
      return text;
    };
    return [document.documentElement, ...document.body.querySelectorAll('*')].map((element) => {
      const pseudos = ['::before', '::after'];
      if (element.tagName === 'LI') pseudos.push('::marker');
      if (element.tagName === 'INPUT') pseudos.push('::placeholder');
      const own = [describe(element, null), ...pseudos.map((p) => describe(element, p))].join('|');
      // The page keeps the long text; a short digest crosses to the test.
      let hash = 0x811c9dc5;
      for (let c = 0; c < own.length; c += 1) hash = Math.imul(hash ^ own.charCodeAt(c), 0x01000193);
      return `${element.tagName.toLowerCase()}.${String(element.className).slice(0, 40)} ${(hash >>> 0).toString(16)}`;
    });
  });
  await context.close();
  return styles;
}

describe('the stylesheet without unused CSS', () => {
  it('is smaller than the one Docusaurus built', () => {
    const gzip = (css: string) => zlib.gzipSync(css, {level: 9}).length;
    const shipped = fs.readFileSync(path.join(CSS_DIR, stylesheet!), 'utf8');
    const original = fs.readFileSync(path.join(ROOT, ORIGINAL_CSS_DIR, stylesheet!), 'utf8');
    assert.ok(gzip(shipped) < gzip(original) * 0.9, `${gzip(shipped)} vs ${gzip(original)} bytes gzip`);
  });

  const openMenu = async (page: Page) => {
    await page.click('button.navbar__toggle');
    await page.locator('.navbar-sidebar__items').waitFor();
  };
  // Pages that fill in after hydration are compared once filled in.
  const searchResults = async (page: Page) => {
    await page.waitForFunction(() =>
      /patterns? match/.test(document.querySelector('[data-testid="search-status"]')?.textContent ?? ''),
    );
  };
  const suggestions = async (page: Page) => {
    await page.locator('[data-testid="not-found-suggestions"] a').first().waitFor();
  };
  const openSearch = async (page: Page) => {
    await page.click('input.navbar__search-input');
    await page.keyboard.type('paginaton');
    await page.locator('[role="option"]').first().waitFor();
  };
  for (const [pagePath, width, act] of [
    ['/', 1280],
    ['/', 390],
    ['/patterns/delete-pattern', 1280],
    ['/patterns/delete-pattern', 390, openMenu],
    ['/map', 1280],
    ['/finder?source-api=yes', 390],
    ['/search?q=deletion', 1280, searchResults],
    ['/changes', 1280, openSearch],
    ['/patterns/continuation-patern', 1280, suggestions],
  ] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      const state = act === openMenu ? ', menu open' : act === openSearch ? ', search open' : '';
      it(`styles ${pagePath} at ${width} px, ${scheme}${state}, as the full stylesheet does`, async () => {
        const shipped = await computedStyles(pagePath, width, scheme, false, act);
        const original = await computedStyles(pagePath, width, scheme, true, act);
        assert.equal(shipped.length, original.length, 'the same elements');
        const differ = shipped.filter((style, i) => style !== original[i]);
        assert.deepEqual(differ.slice(0, 3), [], `${differ.length} elements are styled differently`);
      });
    }
  }
});
