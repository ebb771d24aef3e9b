import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {cardLabelsBySection, useBuiltSite} from '../support/site';
import {SEED_INDEX} from './seed-index';

const site = useBuiltSite();

describe('the index at /', () => {
  it('is titled "Data Synchronization Patterns" and introduces the categories', async () => {
    const page = await site.open('/');
    // Read once React has taken over: while it hydrates, the head is briefly rewritten.
    await page.waitForFunction(() => document.documentElement.getAttribute('data-has-hydrated') === 'true');
    assert.equal(await page.textContent('h1'), 'Data Synchronization Patterns');
    assert.match(await page.title(), /^Data Synchronization Patterns/);
    // One sentence under the heading, the longer introduction after the grid.
    const lead = (await page.textContent('main header'))!.toLowerCase();
    for (const word of ['collect', 'transform', 'shar']) assert.ok(lead.includes(word), `the lead names ${word}`);
    const about = await page.textContent('section[aria-labelledby="about"]');
    for (const word of ['Collect', 'Transform', 'Share']) assert.ok(about?.includes(word), `intro explains ${word}`);
    await page.context().close();
  });

  it('shows the filter and two full rows of cards on the first screen, and the first card on a phone', async () => {
    for (const [viewport, rows] of [
      [{width: 1280, height: 800}, 2],
      [{width: 390, height: 844}, 0],
    ] as const) {
      const page = await site.open('/', {viewport});
      const boxes = await page.evaluate(() => ({
        filter: document.querySelector('#pattern-filter')!.getBoundingClientRect().bottom,
        cards: [...document.querySelectorAll('section[data-category] a[data-label]')]
          .slice(0, 9)
          .map((card) => card.getBoundingClientRect())
          .map(({top, bottom}) => ({top, bottom})),
      }));
      assert.ok(boxes.filter < viewport.height, `${viewport.width} px: the filter is on the first screen`);
      assert.ok(boxes.cards[0]!.top < viewport.height, `${viewport.width} px: the first card starts on it`);
      if (rows > 0) {
        const fullRows = new Set(boxes.cards.filter((c) => c.bottom <= viewport.height).map((c) => Math.round(c.top)));
        assert.ok(fullRows.size >= rows, `${viewport.width} px: ${fullRows.size} full rows of cards`);
      }
      await page.context().close();
    }
  });

  it('counts the patterns on each category chip, with room for a finger', async () => {
    const page = await site.open('/');
    const chips = await page.$$eval('[role="group"][aria-label="Categories"] button', (buttons) =>
      buttons.map((b) => ({
        text: b.textContent!.replace(/\s+/g, ' ').trim(),
        height: b.getBoundingClientRect().height,
      })),
    );
    assert.deepEqual(
      chips.map((c) => c.text),
      ['Collect 26', 'Transform 1', 'Share 13'],
    );
    for (const chip of chips) assert.ok(chip.height >= 40, `${chip.text}: ${chip.height} px high`);
    await page.context().close();
  });

  it('shows 40 cards in the Collect, Transform and Share sections, in the original order', async () => {
    const page = await site.open('/');
    const headings = await page.$$eval('section[data-category] h2', (h) =>
      h.map((e) => e.textContent?.replace(/\u200b/g, '').trim()),
    );
    assert.deepEqual(headings, ['Collect patterns', 'Transform patterns', 'Share patterns']);
    const cards = await cardLabelsBySection(page);
    assert.deepEqual(Object.keys(cards), ['collect', 'transform', 'share']);
    assert.deepEqual(
      Object.values(cards).map((labels) => labels.length),
      [26, 1, 13],
    );
    assert.deepEqual(cards, {
      collect: [...SEED_INDEX.collect],
      transform: [...SEED_INDEX.transform],
      share: [...SEED_INDEX.share],
    });
    await page.context().close();
  });

  it('makes each card one link with a title and a summary, and no button of its own', async () => {
    const page = await site.open('/');
    const cards = await page.$$eval('section[data-category] li', (items) =>
      items.map((item) => ({
        focusable: item.querySelectorAll('a, button, input, select, textarea, [tabindex]').length,
        href: item.querySelector('a')?.getAttribute('href'),
        label: item.querySelector('a')?.getAttribute('data-label'),
        title: item.querySelector('h3')?.textContent ?? '',
        summary: item.querySelector('p')?.textContent ?? '',
        more: item.querySelector('a')?.textContent?.includes('Read more'),
      })),
    );
    assert.equal(cards.length, 40);
    for (const card of cards) {
      assert.equal(card.focusable, 1, `${card.label} has one tab stop`);
      assert.equal(card.href, `/patterns/${card.label}`);
      assert.ok(card.title.length > 3, `${card.label} has a title`);
      assert.ok(card.summary.length >= 40, `${card.label} has a summary`);
      assert.ok(!card.more, `${card.label}: the whole card is the link, no "Read more"`);
    }
    await page.context().close();
  });

  it('moves through the cards with one Tab press each', async () => {
    const page = await site.open('/');
    await page.focus('a[data-label="authentication-schemes-pattern"]');
    await page.keyboard.press('Tab');
    assert.equal(
      await page.evaluate(() => document.activeElement?.getAttribute('data-label')),
      'avoid-unnecessary-load-on-source-systems-pattern',
    );
    await page.context().close();
  });

  for (const [width, columns] of [
    [1280, 3],
    [800, 3],
    [600, 2],
    [400, 1],
  ] as const) {
    it(`lays the cards out ${columns} to a row at ${width} px`, async () => {
      const page = await site.open('/', {viewport: {width, height: 900}});
      const counted = await page.$eval('section[data-category="collect"] ul', (grid) => {
        const tops = [...grid.children].map((li) => (li as HTMLElement).offsetTop);
        return tops.filter((top) => top === tops[0]).length;
      });
      assert.equal(counted, columns);
      await page.context().close();
    });
  }

  it('opens the pattern page when a card is clicked', async () => {
    const page = await site.open('/');
    const card = page.locator('section[data-category="share"] a[data-label="optimistic-locking-pattern"]');
    const title = await card.locator('h3').textContent();
    await card.click();
    await page.waitForURL(`${site.url}/patterns/optimistic-locking-pattern`);
    assert.equal(await page.textContent('article h1'), title);
    await page.context().close();
  });
});
