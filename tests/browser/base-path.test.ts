import {before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {Page} from 'playwright-core';
import {buildInto} from '../../scripts/harness/build-copy';
import {openFirstNavbarResult, useBuiltSite} from '../support/site';
import {describeUnfurls} from '../support/unfurl';
import {assertAtomFeed} from '../support/atom';

const BASE = '/sesam-patterns/';
const SITE_URL = 'https://teams.example.com';
const EDIT_URL = 'https://github.com/example/sesam-patterns/edit/main/';
const outDir = path.join(os.tmpdir(), 'sesam-patterns-base-path-build');

// Registered before useBuiltSite's hook, so the build exists when its server starts.
before(() => {
  fs.rmSync(outDir, {recursive: true, force: true});
  buildInto(outDir, {BASE_URL: BASE, SITE_URL, EDIT_URL});
});
const site = useBuiltSite({dir: outDir, basePath: BASE});

/** Open a page under the base path, failing on any request that falls outside it. */
async function open(pagePath: string): Promise<{page: Page; missing: string[]}> {
  const context = await site.newContext({permissions: ['clipboard-read', 'clipboard-write']});
  const page = await context.newPage();
  const missing: string[] = [];
  page.on('response', (response) => {
    if (response.status() === 404 && !response.url().includes('-patern')) missing.push(response.url());
  });
  await page.goto(site.url + BASE + pagePath.replace(/^\//, ''));
  await page.waitForFunction(() => document.documentElement.getAttribute('data-has-hydrated') === 'true');
  return {page, missing};
}

describe(`the site under BASE_URL=${BASE}`, () => {
  it('serves the index, its cards and a pattern page from under the base path', async () => {
    const {page, missing} = await open('/');
    const hrefs = await page.$$eval('section[data-category] a[data-label]', (cards) =>
      cards.map((a) => a.getAttribute('href')),
    );
    assert.equal(hrefs.length, 40);
    assert.ok(
      hrefs.every((href) => href!.startsWith(`${BASE}patterns/`)),
      hrefs[0]!,
    );
    await page.click('a[data-label="delete-pattern"]');
    await page.waitForURL(`${site.url}${BASE}patterns/delete-pattern`);
    const crossLink = await page.getAttribute('article p a[data-pattern-link]', 'href');
    assert.ok(crossLink!.startsWith(`${BASE}patterns/`), crossLink!);
    assert.deepEqual(missing, []);
    await page.context().close();
  });

  it('filters, keeping the state in the URL under the base path', async () => {
    const {page, missing} = await open('/');
    await page.fill('#pattern-filter', 'paging');
    await page.waitForURL(`${site.url}${BASE}?q=paging`);
    assert.equal(
      await page.getAttribute('section[data-category]:not([hidden]):not([hidden] *) a[data-label]', 'data-label'),
      'pagination-pattern',
    );
    assert.deepEqual(missing, []);
    await page.context().close();
  });

  it('searches from the navbar and lands on a section under the base path', async () => {
    const {page, missing} = await open('/patterns/insert-pattern');
    // A word of the prose only, in no name: the first result is a section.
    await openFirstNavbarResult(page, 'chronological');
    assert.ok(
      await page.evaluate((base) => location.pathname.startsWith(`${base}patterns/`) && location.hash.length > 1, BASE),
      page.url(),
    );
    assert.deepEqual(missing, []);
    await page.context().close();
  });

  it('redirects short URLs and suggests patterns on the 404 page, under the base path', async () => {
    const {page} = await open('/p/continuation');
    await page.waitForURL(`${site.url}${BASE}patterns/continuation-pattern`);
    await page.goto(`${site.url}${BASE}patterns/continuation-patern`);
    assert.equal(
      await page.getAttribute('[data-testid="not-found-suggestions"] a', 'href'),
      `${BASE}patterns/continuation-pattern`,
    );
    await page.context().close();
  });

  it('copies links and points previews, patterns.json and llms.txt at the configured URL', async () => {
    const {page} = await open('/patterns/continuation-pattern');
    const canonical = `${SITE_URL}${BASE}patterns/continuation-pattern`;
    await page.click('button[data-copy="link"]');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), canonical);
    assert.equal(await page.getAttribute('link[rel="canonical"]', 'href'), canonical);
    const image = (await page.getAttribute('meta[property="og:image"]', 'content'))!;
    assert.equal(image, `${SITE_URL}${BASE}img/social/continuation-pattern.png`);
    const served = await fetch(site.url + new URL(image).pathname);
    assert.equal(served.headers.get('content-type'), 'image/png');
    const records = (await (await fetch(`${site.url}${BASE}patterns.json`)).json()) as {url: string}[];
    assert.ok(records.every((r) => r.url.startsWith(`${SITE_URL}${BASE}patterns/`)));
    assert.ok((await (await fetch(`${site.url}${BASE}llms.txt`)).text()).includes(`](${canonical})`));
    assert.match(fs.readFileSync(path.join(outDir, '_headers'), 'utf8'), new RegExp(`^${BASE}assets/\\*$`, 'm'));
    await page.context().close();
  });

  it('links "Edit this page" to the file in the repository when EDIT_URL is set', async () => {
    const {page} = await open('/patterns/continuation-pattern');
    const edit = await page.$$eval('a.theme-edit-this-page', (links) => links.map((a) => a.getAttribute('href')));
    assert.deepEqual(edit, [`${EDIT_URL}docs/continuation-pattern.mdx`]);
    await page.context().close();
  });

  it('serves a valid Atom feed of the changes with absolute URLs under the base path, named on every page', async () => {
    const {page, missing} = await open('/changes');
    assert.equal(
      await page.getAttribute('link[rel="alternate"][type="application/atom+xml"]', 'href'),
      `${BASE}changes.xml`,
    );
    const first = await page.getAttribute('[data-testid="change"] a', 'href');
    assert.ok(first!.startsWith(`${BASE}patterns/`), first!);
    const entries = assertAtomFeed(await (await fetch(`${site.url}${BASE}changes.xml`)).text(), `${SITE_URL}${BASE}`);
    assert.equal(entries[0]!.link, `${SITE_URL}${first}`);
    assert.ok(entries.every((e) => e.id.startsWith(`${SITE_URL}${BASE}changes#`)));
    assert.deepEqual(missing, []);
    await page.context().close();
  });
});

// Chat previews of every kind of address, and the 301s of _redirects, on the same build.
describeUnfurls({dir: outDir, basePath: BASE, siteUrl: `${SITE_URL}${BASE}`});
