import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import type {Page} from 'playwright-core';
import {useBuiltSite} from '../support/site';

const site = useBuiltSite();

const theme = (page: Page) => page.getAttribute('html', 'data-theme');
// The text colour comes from the palette, so it shows whether the dark styles really apply.
const textColor = (page: Page) => page.evaluate(() => getComputedStyle(document.body).color);

describe('color mode', () => {
  it('follows the system preference on first visit', async () => {
    const page = await site.open('/', {colorScheme: 'dark'});
    assert.equal(await theme(page), 'dark');
    await page.context().close();
  });

  it('switches from light to dark with the navbar toggle, and keeps the choice', async () => {
    const page = await site.open('/patterns/pagination-pattern', {colorScheme: 'light'});
    assert.equal(await theme(page), 'light');
    const lightText = await textColor(page);
    // The toggle cycles through light, dark and "system"; dark is at most two clicks away.
    const toggle = page.locator('.navbar button[title*="mode" i]');
    for (let click = 0; click < 3 && (await theme(page)) !== 'dark'; click += 1) await toggle.click();
    assert.equal(await theme(page), 'dark');
    assert.notEqual(await textColor(page), lightText, 'the dark palette is applied');
    await page.reload();
    assert.equal(await theme(page), 'dark', 'the choice survives a reload');
    await page.context().close();
  });
});
