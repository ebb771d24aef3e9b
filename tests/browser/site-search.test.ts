import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {useBuiltSite} from '../support/site';

const site = useBuiltSite();

describe('the navbar search (offline index)', () => {
  it('opens with Ctrl+K and finds a section of a pattern page, landing on its anchor', async () => {
    const page = await site.open('/patterns/insert-pattern');
    await page.waitForFunction(() => document.documentElement.getAttribute('data-has-hydrated') === 'true');
    await page.keyboard.press('Control+k');
    const box = page.locator('input.navbar__search-input');
    await box.waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('navbar__search-input')), true);
    await box.pressSequentially('rescan', {delay: 30});
    const first = page.locator('[role="listbox"] [role="option"]').first();
    await first.waitFor();
    const text = (await first.textContent())!;
    assert.match(text, /rescan/i);
    assert.match(text, /pattern/, 'the result names the pattern');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/patterns\/[a-z-]+#[a-z0-9-]+$/);
    const {pathname, hash} = new URL(page.url());
    assert.ok(pathname.startsWith('/patterns/'));
    assert.equal(await page.locator(`[id="${decodeURIComponent(hash.slice(1))}"]`).count(), 1, `${hash} exists on ${pathname}`);
    await page.context().close();
  });
});
