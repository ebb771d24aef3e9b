import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import type {Page} from 'playwright-core';
import {cardLabelsBySection, useBuiltSite, VISIBLE_CARD, VISIBLE_SECTION} from '../support/site';

const site = useBuiltSite();

const firstCard = (page: Page) => page.getAttribute(VISIBLE_CARD, 'data-label');
const count = (page: Page) => page.textContent('#pattern-filter-count');
const search = (page: Page) => new URL(page.url()).search;

/** Open the index and wait until React has taken over the filter box. */
async function openIndex(path = '/', options = {}): Promise<Page> {
  const page = await site.open(path, options);
  await page.waitForFunction(() => document.documentElement.getAttribute('data-has-hydrated') === 'true');
  return page;
}

describe('the index filter', () => {
  for (const [query, expected] of [
    ['delta', 'source-only-deltas-pattern'],
    ['since deletion', 'source-with-since-support-but-no-deletions-pattern'],
    ['optimistc lock', 'optimistic-locking-pattern'],
    ['paging', 'pagination-pattern'],
  ] as const) {
    it(`shows ${expected} first while typing "${query}"`, async () => {
      const page = await openIndex();
      await page.locator('#pattern-filter').pressSequentially(query, {delay: 20});
      await page.waitForFunction((q) => new URLSearchParams(location.search).get('q') === q, query);
      assert.equal(await firstCard(page), expected);
      assert.match((await count(page))!, /^\d+ patterns? match(es)?$/);
      await page.context().close();
    });
  }

  it('shows results without the section introductions, and the other name a result matched', async () => {
    const page = await openIndex('/?q=since%20token');
    await page.waitForFunction(() => document.querySelector('[data-testid="matched-alias"]') !== null);
    assert.equal(await firstCard(page), 'continuation-pattern');
    assert.equal(await page.textContent(`${VISIBLE_CARD} [data-testid="matched-alias"]`), 'Also known as: since token');
    const intros = await page.$$eval(`${VISIBLE_SECTION} p`, (ps) => ps.filter((p) => !p.closest('a')).length);
    assert.equal(intros, 0, 'no section introduction among the results');
    await page.context().close();
  });

  it('opens the best match with Enter, and moves to it with ArrowDown', async () => {
    const page = await openIndex();
    await page.locator('#pattern-filter').pressSequentially('paginaton', {delay: 20});
    await page.waitForFunction(() => new URLSearchParams(location.search).get('q') === 'paginaton');
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-label')), 'pagination-pattern');
    await page.focus('#pattern-filter');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.url}/patterns/pagination-pattern`);
    await page.context().close();
  });

  it('hides sections without a match and announces the count politely', async () => {
    const page = await openIndex();
    await page.fill('#pattern-filter', 'etag');
    await page.waitForFunction((selector) => document.querySelectorAll(selector).length === 1, VISIBLE_SECTION);
    assert.deepEqual(await cardLabelsBySection(page), {share: ['optimistic-locking-pattern']});
    assert.equal(await count(page), '1 pattern matches');
    assert.equal(await page.getAttribute('#pattern-filter-count', 'role'), 'status');
    assert.equal(await page.getAttribute('#pattern-filter-count', 'aria-live'), 'polite');
    await page.context().close();
  });

  it('filters by category chip and keeps the choice in the URL', async () => {
    const page = await openIndex();
    const share = page.getByRole('button', {name: 'Share'});
    await share.click();
    await page.waitForFunction(() => location.search === '?category=share');
    assert.equal(await share.getAttribute('aria-pressed'), 'true');
    assert.deepEqual(Object.keys(await cardLabelsBySection(page)), ['share']);
    assert.equal(await count(page), '13 patterns match');
    await share.click();
    await page.waitForFunction(() => location.search === '');
    assert.equal(await count(page), '38 patterns');
    await page.context().close();
  });

  it('restores a filtered view from a pasted URL', async () => {
    const page = await openIndex('/?q=paging&category=collect');
    await page.waitForFunction(
      () => (document.querySelector('#pattern-filter') as HTMLInputElement).value === 'paging',
    );
    assert.equal(await page.getByRole('button', {name: 'Collect'}).getAttribute('aria-pressed'), 'true');
    assert.deepEqual(await cardLabelsBySection(page), {collect: ['pagination-pattern']});
    assert.equal(search(page), '?q=paging&category=collect', 'loading does not rewrite the URL');
    await page.context().close();
  });

  it('focuses the box with / and clears it with Esc', async () => {
    const page = await openIndex();
    await page.keyboard.press('/');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'pattern-filter');
    await page.keyboard.type('webhook');
    await page.waitForFunction(() => location.search === '?q=webhook');
    assert.equal(await page.inputValue('#pattern-filter'), 'webhook', 'the slash is not typed into the box');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => location.search === '');
    assert.equal(await page.inputValue('#pattern-filter'), '');
    assert.equal(await count(page), '38 patterns');
    await page.context().close();
  });

  it('suggests the closest names when nothing matches', async () => {
    const page = await openIndex();
    await page.fill('#pattern-filter', 'cntnuatn');
    await page.waitForSelector('[data-testid="no-matches"]');
    assert.equal(await count(page), '0 patterns match');
    assert.equal(await page.$$eval(VISIBLE_SECTION, (s) => s.length), 0);
    const suggestions = await page.$$eval('[data-testid="no-matches"] li a', (links) =>
      links.map((a) => a.getAttribute('href')),
    );
    assert.equal(suggestions[0], '/patterns/continuation-pattern');
    assert.equal(
      await page.getAttribute('[data-testid="search-full-text"]', 'href'),
      '/search?q=cntnuatn',
      'offers the full-text search for the same words',
    );
    await page.getByRole('button', {name: 'Show all patterns'}).click();
    await page.waitForFunction((selector) => document.querySelectorAll(selector).length === 40, VISIBLE_CARD);
    await page.context().close();
  });

  it('renders a query from the URL as text, never as HTML', async () => {
    const attack = '<img src=x onerror="window.__injected=1"><b id="injected">bold</b>';
    const page = await openIndex(`/?q=${encodeURIComponent(attack)}`);
    await page.waitForFunction(
      (value) => (document.querySelector('#pattern-filter') as HTMLInputElement).value === value,
      attack,
    );
    assert.equal(await page.$$eval('main img, #injected', (elements) => elements.length), 0);
    assert.equal(await page.evaluate(() => (window as unknown as {__injected?: number}).__injected), undefined);
    await page.context().close();
  });

  it('quotes a query that matches nothing as plain text', async () => {
    const page = await openIndex(`/?q=${encodeURIComponent('<b>qqq</b>')}`);
    await page.waitForSelector('[data-testid="no-matches"]');
    assert.equal(await page.textContent('[data-testid="no-matches"] q'), '<b>qqq</b>');
    assert.equal(await page.$$eval('[data-testid="no-matches"] b', (elements) => elements.length), 0);
    await page.context().close();
  });

  it('shows the full grid without JavaScript, whatever the URL says', async () => {
    const page = await site.open('/?q=delta&category=share', {javaScriptEnabled: false});
    assert.deepEqual(
      Object.values(await cardLabelsBySection(page)).map((labels) => labels.length),
      [26, 1, 13],
    );
    await page.context().close();
  });
});
