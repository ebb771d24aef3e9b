import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {AxeBuilder} from '@axe-core/playwright';
import type {Page} from 'playwright-core';
import {useBuiltSite, VISIBLE_CARD} from '../support/site';

const site = useBuiltSite();

const BOX = 'input.navbar__search-input';
const OPTION = '[role="listbox"] [role="option"]';
const hydrated = (page: Page) =>
  page.waitForFunction(() => document.documentElement.getAttribute('data-has-hydrated') === 'true');

/** Type into the navbar box and wait until both the names and the full-text hits are in. */
async function navbarSearch(page: Page, query: string): Promise<{label: string; via: string; text: string}[]> {
  const box = page.locator(BOX);
  await box.click();
  await box.fill('');
  await box.pressSequentially(query, {delay: 20});
  await page.waitForFunction((q) => {
    const status = document.querySelector('[data-testid="navbar-search-panel"] [role="status"]')?.textContent ?? '';
    return (
      (document.querySelector('input.navbar__search-input') as HTMLInputElement).value === q &&
      status !== '' &&
      !status.startsWith('Searching')
    );
  }, query);
  return page.$$eval(OPTION, (options) =>
    options.map((option) => ({
      label: option.querySelector('span')!.firstChild!.textContent!,
      via: option.getAttribute('data-via')!,
      text: option.textContent!,
    })),
  );
}

async function axe(page: Page, what: string): Promise<void> {
  const {violations} = await new AxeBuilder({page})
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .setLegacyMode(true)
    .analyze();
  assert.deepEqual(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    [],
    `${what} has no accessibility violations`,
  );
}

describe('the navbar search (offline index)', () => {
  it('loads nothing before it is used, and its index on the first focus', async () => {
    const page = await site.open('/patterns/insert-pattern');
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await hydrated(page);
    await page.waitForLoadState('networkidle');
    assert.deepEqual(
      fetched.filter((p) => p.includes('search-index')),
      [],
      'no index with the page',
    );
    await page.locator(BOX).focus();
    await page.waitForResponse((response) => /search-index.*\.json$/.test(response.url()));
    await page.context().close();
  });

  it('opens with Ctrl+K and finds a section of a pattern page by its text, landing on its anchor', async () => {
    const page = await site.open('/patterns/insert-pattern');
    await hydrated(page);
    // The shortcut is bound when the box mounts, before the page reports that it has hydrated.
    await page.keyboard.press('Control+k');
    const focused = () =>
      page.evaluate(() => document.activeElement?.classList.contains('navbar__search-input') ?? false);
    assert.equal(await focused(), true, 'Ctrl+K focuses the search box');
    // "chronological" is in the prose of two pages, in no name or other name.
    const results = await navbarSearch(page, 'chronological');
    assert.ok(results.length >= 1);
    assert.ok(results.every((r) => r.via === 'text'));
    assert.match(results[0]!.text, / › /, 'the result names the pattern and the section');
    assert.match(results[0]!.text, /chronological/i, 'with the passage that matched');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/patterns\/[a-z-]+#[a-z0-9-]+$/);
    const {pathname, hash} = new URL(page.url());
    const target = page.locator(`article [id="${decodeURIComponent(hash.slice(1))}"]`);
    await target.waitFor();
    assert.equal(await target.count(), 1, `${hash} exists on ${pathname}`);
    await page.context().close();
  });

  it('agrees with the index filter on names and other names: word forms, typos, aliases', async () => {
    const page = await site.open('/');
    await hydrated(page);
    for (const [query, first] of [
      ['paginaton', 'Pagination pattern'],
      ['dedup', 'Duplicate hops block pattern'],
      ['optimistc lock', 'Optimistic locking pattern'],
      ['delta', 'Source that only provides delta streams pattern'],
      ['since deletion', 'Source with since support but no deletions pattern'],
    ] as const) {
      const navbar = await navbarSearch(page, query);
      const names = navbar.filter((r) => r.via === 'name').map((r) => r.label);
      assert.equal(names[0], first, `navbar: "${query}"`);
      assert.deepEqual(
        navbar.map((r) => r.via),
        [...names.map(() => 'name'), ...navbar.slice(names.length).map(() => 'text')],
        'names come before text hits',
      );
      assert.equal(new Set(navbar.map((r) => r.label)).size, navbar.length, 'each pattern once');
      const filterPage = await site.open(`/?q=${encodeURIComponent(query)}`);
      await filterPage.waitForFunction(
        () => document.querySelector('#pattern-filter-count')?.textContent?.includes('match') ?? false,
      );
      const cards = await filterPage.$$eval(VISIBLE_CARD, (links) =>
        links.map((a) => a.querySelector('h3')!.textContent!),
      );
      assert.equal(cards[0], first, `filter: "${query}"`);
      for (const name of names) assert.ok(cards.includes(name), `"${query}": ${name} is in the navbar and the filter`);
      await filterPage.context().close();
    }
    // Another name that matched is said, as on the filter's cards.
    const dedup = await navbarSearch(page, 'dedup');
    assert.match(dedup[0]!.text, /Also known as: dedup/);
    await page.context().close();
  });

  it('moves with the arrow keys, opens the selected result with Enter, and passes axe while open', async () => {
    const page = await site.open('/patterns/delete-pattern');
    await hydrated(page);
    const results = await navbarSearch(page, 'rescan');
    assert.ok(results.length >= 3);
    await axe(page, 'the open navbar search');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.getAttribute(`${OPTION}:nth-child(3)`, 'aria-selected'), 'true');
    const activeId = await page.getAttribute(BOX, 'aria-activedescendant');
    assert.equal(activeId, await page.getAttribute(`${OPTION}:nth-child(3)`, 'id'));
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (title) => document.querySelector('article h1')?.textContent === title,
      results[2]!.label,
    );
    await page.context().close();
  });

  it('offers the catalog filter and the search page when nothing matches', async () => {
    const page = await site.open('/patterns/delete-pattern');
    await hydrated(page);
    assert.deepEqual(await navbarSearch(page, 'zqxv'), []);
    const panel = page.locator('[data-testid="navbar-search-panel"]');
    assert.match((await panel.textContent())!, /No pattern matches “zqxv”/);
    assert.equal(await panel.getByRole('link', {name: 'All results'}).getAttribute('href'), '/search?q=zqxv');
    await panel.getByRole('link', {name: 'Filter the catalog'}).click();
    await page.waitForFunction(() => (document.querySelector('#pattern-filter') as HTMLInputElement)?.value === 'zqxv');
    await page.locator('[data-testid="no-matches"]').waitFor();
    await page.context().close();
  });
});

describe('the search page', () => {
  for (const mode of ['light', 'dark'] as const) {
    it(`lists each pattern once, titled by pattern and section (${mode})`, async () => {
      const page = await site.open('/search?q=deletion', {colorScheme: mode});
      await hydrated(page);
      await page.waitForFunction(() =>
        /patterns? match/.test(document.querySelector('[data-testid="search-status"]')?.textContent ?? ''),
      );
      const links = await page.$$eval('[data-testid="search-results"] li > a', (as) =>
        as.map((a) => ({href: a.getAttribute('href')!, text: a.textContent!})),
      );
      const pages = links.map((l) => l.href.split('#')[0]);
      assert.equal(new Set(pages).size, pages.length, 'one entry per pattern');
      assert.ok(pages.includes('/patterns/delete-pattern'), 'Delete pattern is among them');
      for (const {text} of links) assert.match(text, /^[^›]+ pattern( › .+)?$/, `"${text}" names the pattern`);
      assert.ok(
        links.some((l) => l.text.includes(' › ')),
        'a text hit names its section',
      );
      assert.match(
        (await page.textContent('[data-testid="search-status"]'))!,
        new RegExp(`^${links.length} patterns match`),
      );
      await axe(page, `/search?q=deletion in ${mode} mode`);
      await page.context().close();
    });
  }

  it('keeps the query in the address, so a search can be pasted', async () => {
    const page = await site.open('/search');
    await hydrated(page);
    await page.getByRole('searchbox', {name: 'Search patterns'}).fill('paginaton');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('q') === 'paginaton');
    await page.waitForFunction(
      () => document.querySelector('[data-testid="search-results"] li a')?.textContent === 'Pagination pattern',
    );
    await page.context().close();
  });
});
