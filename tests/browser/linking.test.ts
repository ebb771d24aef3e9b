import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import type {Page} from 'playwright-core';
import {useBuiltSite} from '../support/site';

const site = useBuiltSite();

async function landsOn(path: string, expected: string, options = {}): Promise<void> {
  const context = await site.newContext(options);
  const page = await context.newPage();
  await page.goto(site.url + path);
  await page.waitForURL(`${site.url}${expected}`);
  await page.locator('article h1').waitFor();
  await context.close();
}

describe('short and forgiving URLs', () => {
  for (const [from, to] of [
    ['/p/continuation', '/patterns/continuation-pattern'],
    ['/continuation-pattern', '/patterns/continuation-pattern'],
    ['/p/optimistic-locking', '/patterns/optimistic-locking-pattern'],
  ]) {
    it(`${from} lands on ${to}`, () => landsOn(from!, to!));
  }

  it('keeps the section anchor through a short URL', () =>
    landsOn('/p/pagination#pitfalls-and-trade-offs', '/patterns/pagination-pattern#pitfalls-and-trade-offs'));

  it('redirects without JavaScript too', () =>
    landsOn('/p/insert', '/patterns/insert-pattern', {javaScriptEnabled: false}));
});

describe('the 404 page', () => {
  it('suggests the closest pattern names for a mistyped URL', async () => {
    const context = await site.newContext();
    const page = await context.newPage();
    const response = await page.goto(`${site.url}/patterns/continuation-patern`);
    assert.equal(response?.status(), 404);
    const suggestions = page.locator('[data-testid="not-found-suggestions"] a');
    await suggestions.first().waitFor();
    assert.equal(await suggestions.first().getAttribute('href'), '/patterns/continuation-pattern');
    assert.equal(await suggestions.first().textContent(), 'Continuation pattern');
    await suggestions.first().click();
    await page.waitForURL(`${site.url}/patterns/continuation-pattern`);
    await context.close();
  });
});

describe('copy buttons', () => {
  async function openWithClipboard(path: string): Promise<Page> {
    const page = await site.open(path, {permissions: ['clipboard-read', 'clipboard-write']});
    await page.waitForFunction(() => document.documentElement.getAttribute('data-has-hydrated') === 'true');
    return page;
  }
  const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
  // The label changes when the clipboard's promise settles, a moment after the click.
  const waitForLabel = (page: Page, kind: string, text: string) =>
    page.waitForFunction(
      ([k, t]) => document.querySelector(`button[data-copy="${k}"]`)?.textContent === t,
      [kind, text],
      {timeout: 5000},
    );
  const canonical = (page: Page) => page.getAttribute('link[rel="canonical"]', 'href');

  it('copies the link, and says so on screen and to screen readers', async () => {
    const page = await openWithClipboard('/patterns/continuation-pattern');
    // Located by role, not by name: the name changes to "Copied".
    const button = page.locator('button[data-copy="link"]');
    assert.equal(await button.textContent(), 'Copy link');
    await button.click();
    await waitForLabel(page, 'link', 'Copied');
    assert.equal(await clipboard(page), await canonical(page));
    assert.equal(await page.textContent('article [role="status"]'), 'Link copied to the clipboard.');
    await page.context().close();
  });

  it('copies a Markdown link with the pattern title', async () => {
    const page = await openWithClipboard('/patterns/continuation-pattern');
    const button = page.locator('button[data-copy="markdown"]');
    assert.equal(await button.textContent(), 'Copy as Markdown');
    await button.click();
    await waitForLabel(page, 'markdown', 'Copied');
    assert.equal(await clipboard(page), `[Continuation pattern](${await canonical(page)})`);
    // Rich-text editors get a titled link instead of brackets.
    const html = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return item!.types.includes('text/html') ? (await item!.getType('text/html')).text() : '';
    });
    assert.match(html, new RegExp(`<a href="${await canonical(page)}">Continuation pattern</a>`));
    assert.equal(await page.textContent('article [role="status"]'), 'Markdown link copied to the clipboard.');
    await page.context().close();
  });

  it('gives every section heading an anchor link that resolves to the full URL', async () => {
    const page = await site.open('/patterns/continuation-pattern');
    const anchors = await page.$$eval('article h2 a.hash-link', (links) =>
      links.map((a) => (a as HTMLAnchorElement).href),
    );
    assert.ok(anchors.length >= 6);
    assert.ok(anchors.includes(`${site.url}/patterns/continuation-pattern#pitfalls-and-trade-offs`), anchors.join());
    await page.context().close();
  });
});

describe('link preview cards', () => {
  it("carry the site's logo in the corner, not an empty square", async () => {
    const page = await site.open('/');
    // The card's pixels, read through a canvas: the logo's white stroke crosses its upper half.
    const [stroke, corner] = await page.evaluate(async () => {
      const image = new Image();
      image.src = '/img/social/continuation-pattern.png';
      await image.decode();
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [image.width, image.height];
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const pixel = (x: number, y: number) => [...context.getImageData(x, y, 1, 1).data.slice(0, 3)];
      // The logo is 44 px square at (72, 522); its top stroke runs at 10/32 of its height.
      return [pixel(72 + 20, 522 + 14), pixel(72 + 4, 522 + 22)];
    });
    assert.ok(
      stroke.every((c) => c > 230),
      `white stroke at the logo's top bar, got rgb(${stroke.join(', ')})`,
    );
    assert.deepEqual(corner, [0x1b, 0x6f, 0x8c], "the logo's own teal beside it");
    await page.context().close();
  });
});
