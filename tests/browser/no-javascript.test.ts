import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {cardLabelsBySection, useBuiltSite} from '../support/site';
import {SEED_INDEX} from './seed-index';

const site = useBuiltSite();
const NO_JS = {javaScriptEnabled: false};

describe('with JavaScript disabled', () => {
  it('the index still shows every card as a working link', async () => {
    const page = await site.open('/', NO_JS);
    const cards = await cardLabelsBySection(page);
    assert.deepEqual(
      Object.values(cards).map((labels) => labels.length),
      [26, 1, 13],
    );
    assert.equal(await page.getAttribute('a[data-label="pagination-pattern"]', 'href'), '/patterns/pagination-pattern');
    await page.context().close();
  });

  it('a pattern page renders its prose, example, cross-links, related patterns and backlinks', async () => {
    const page = await site.open('/patterns/continuation-pattern', NO_JS);
    assert.equal(
      await page.evaluate(() => document.querySelectorAll('script:not([type])').length > 0),
      true,
      'the page does ship scripts, which are off',
    );
    assert.equal(await page.textContent('article h1'), 'Continuation pattern');
    const text = (await page.textContent('article'))!;
    for (const phrase of ['Problem', 'Solution', 'Example', 'Pitfalls and trade-offs', 'supports_since']) {
      assert.ok(text.includes(phrase), `shows ${phrase}`);
    }
    assert.ok((await page.$$('article .theme-code-block')).length >= 1, 'shows the example code');
    assert.ok((await page.$$('article p a[data-pattern-link]')).length >= 2, 'shows prose cross-links');
    assert.ok((await page.$$('[data-testid="related-patterns"] li')).length >= 1, 'shows related patterns');
    assert.ok((await page.$$('[data-testid="pattern-backlinks"] li')).length >= 1, 'shows backlinks');
    await page.context().close();
  });

  it("a pattern page lists its category's patterns in the sidebar, and the other categories link on", async () => {
    const page = await site.open('/patterns/insert-pattern', NO_JS);
    // Only the current category is open; its 13 entries are links.
    const entries = await page.$$eval(
      'nav[aria-label="Docs sidebar"] a.menu__link:not(.menu__link--sublist)',
      (links) => links.map((a) => a.getAttribute('href')),
    );
    assert.deepEqual(
      entries,
      SEED_INDEX.share.map((label) => `/patterns/${label}`),
    );
    // A closed category's header is a link to its first pattern, whose sidebar lists the rest.
    const headers = await page.$$eval('nav[aria-label="Docs sidebar"] a.menu__link--sublist', (links) =>
      links.map((a) => [a.textContent!.trim(), a.getAttribute('href')]),
    );
    assert.deepEqual(headers, [
      ['Collect', `/patterns/${SEED_INDEX.collect[0]}`],
      ['Transform', `/patterns/${SEED_INDEX.transform[0]}`],
      ['Share', `/patterns/${SEED_INDEX.share[0]}`],
    ]);
    await page.context().close();
  });

  it('the search page says that it needs JavaScript and links to the index, inside the main landmark', async () => {
    const page = await site.open('/search?q=delete', NO_JS);
    const notice = page.locator('main [data-testid="search-needs-javascript"]');
    assert.equal(await notice.count(), 1);
    assert.match((await notice.textContent())!, /needs JavaScript/);
    assert.equal(await notice.locator('a').getAttribute('href'), '/');
    await page.context().close();
  });

  it('the same page with JavaScript shows no such notice', async () => {
    const page = await site.open('/search?q=delete');
    await page.waitForFunction(() => document.documentElement.getAttribute('data-has-hydrated') === 'true');
    assert.equal(await page.locator('[data-testid="search-needs-javascript"]').count(), 0);
    await page.context().close();
  });

  it("a pattern page's worked example shows its computed output without JavaScript", async () => {
    const page = await site.open('/patterns/delete-pattern', NO_JS);
    const samples = page.locator('#worked-example ~ div figure');
    assert.match((await page.textContent('h3#worked-example'))!, /^Worked example/);
    assert.ok((await samples.count()) >= 2);
    const dropped = page.locator('figure[data-verdict="dropped"]');
    assert.match((await dropped.first().textContent())!, /Dropped by \["discard"/);
    const kept = page.locator('figure[data-verdict="kept"]').first();
    assert.match((await kept.textContent())!, /"\$operation": "delete"/);
    await page.context().close();
  });
});
