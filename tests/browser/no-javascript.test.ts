import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {cardLabelsBySection, useBuiltSite} from '../support/site';

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

  it('a pattern page has its sidebar links', async () => {
    const page = await site.open('/patterns/insert-pattern', NO_JS);
    // 40 pattern entries; the three category headers are links of their own (menu__link--sublist).
    assert.equal((await page.$$('nav[aria-label="Docs sidebar"] a.menu__link:not(.menu__link--sublist)')).length, 40);
    await page.context().close();
  });
});
