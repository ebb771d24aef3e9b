import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import type {Page} from 'playwright-core';
import {BUILD_DIR} from '../../scripts/harness/server';
import {openFirstNavbarResult, useBuiltSite} from '../support/site';

// The build's _headers applied by the test server, as a CDN would.
const site = useBuiltSite({headers: true});

/** Open a page and record every Content-Security-Policy violation it reports, across navigations. */
async function watch(path: string): Promise<{page: Page; violations: string[]}> {
  const context = await site.newContext();
  const violations: string[] = [];
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
    });
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (/CSP violation|Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(site.url + path);
  await page.waitForFunction(() => document.documentElement.getAttribute('data-has-hydrated') === 'true');
  return {page, violations};
}

describe('Content-Security-Policy in Chromium', () => {
  it('reports no violation on the index, while filtering', async () => {
    const {page, violations} = await watch('/');
    await page.locator('#pattern-filter').pressSequentially('since deletion', {delay: 10});
    await page.waitForFunction(() => location.search.includes('since'));
    await page.getByRole('button', {name: 'Share'}).click();
    assert.deepEqual(violations, []);
    await page.context().close();
  });

  it('reports no violation on a pattern page, with the copy buttons and the navbar search', async () => {
    const {page, violations} = await watch('/patterns/insert-pattern');
    await openFirstNavbarResult(page, 'rescan');
    assert.deepEqual(violations, []);
    await page.context().close();
  });

  it('reports no violation on the 404 page or through a short URL', async () => {
    const {page, violations} = await watch('/patterns/continuation-patern');
    await page.locator('[data-testid="not-found-suggestions"] a').first().waitFor();
    await page.goto(`${site.url}/p/pagination#example`);
    await page.waitForURL(`${site.url}/patterns/pagination-pattern#example`);
    assert.deepEqual(violations, []);
    await page.context().close();
  });

  it('reports no violation on the pattern map while moving between patterns', async () => {
    const {page, violations} = await watch('/map');
    await page.hover('[data-node="pagination-pattern"]');
    await page.focus('[data-node="insert-pattern"]');
    await page.keyboard.press('Tab');
    assert.deepEqual(violations, []);
    await page.context().close();
  });

  it('would report a violation: an inline script without a hash is blocked', async () => {
    const {page, violations} = await watch('/');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__ran = true;';
      document.head.append(script);
    });
    await page.waitForTimeout(100);
    assert.equal(await page.evaluate(() => (window as unknown as {__ran?: boolean}).__ran), undefined);
    assert.ok(violations.length > 0, 'the violation is seen');
    await page.context().close();
  });
});

describe('headers from _headers', () => {
  const header = async (path: string, name: string) => (await fetch(site.url + path)).headers.get(name);

  it('sends the security headers with every page', async () => {
    for (const path of ['/', '/patterns/delete-pattern']) {
      const csp = (await header(path, 'content-security-policy'))!;
      assert.match(csp, /default-src 'self'/);
      assert.match(csp, /frame-ancestors 'none'/);
      assert.match(csp, /object-src 'none'/);
      assert.match(csp, /base-uri 'self'/);
      assert.doesNotMatch(csp.match(/script-src [^;]*/)![0], /unsafe-inline|unsafe-eval/);
      assert.equal(await header(path, 'x-content-type-options'), 'nosniff');
      assert.equal(await header(path, 'referrer-policy'), 'strict-origin-when-cross-origin');
      assert.match((await header(path, 'permissions-policy'))!, /camera=\(\)/);
    }
  });

  it('caches fingerprinted assets for good and makes the rest revalidate', async () => {
    const html = await (await fetch(`${site.url}/`)).text();
    const asset = /href="?(\/assets\/js\/[^" >]+\.js)/.exec(html)![1]!;
    assert.equal(await header(asset, 'cache-control'), 'public, max-age=31536000, immutable');
    const searchIndex = fs.readdirSync(BUILD_DIR).find((file) => file.startsWith('search-index'))!;
    for (const path of [
      '/',
      '/patterns/delete-pattern',
      '/patterns.json',
      '/llms.txt',
      `/${searchIndex}`,
      '/p/delete',
      '/img/social/site.png',
    ]) {
      assert.equal(await header(path, 'cache-control'), 'public, max-age=0, must-revalidate', path);
    }
  });
});
