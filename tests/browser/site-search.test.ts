import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {useBuiltSite} from '../support/site';

const site = useBuiltSite();

describe('the navbar search (offline index)', () => {
  it('opens with Ctrl+K and finds a section of a pattern page, landing on its anchor', async () => {
    const page = await site.open('/patterns/insert-pattern');
    await page.waitForFunction(() => document.documentElement.getAttribute('data-has-hydrated') === 'true');
    // The search bar binds its shortcut in an effect after hydration; a very early key press
    // can come before it, so try a few times.
    const focused = () =>
      page.evaluate(() => document.activeElement?.classList.contains('navbar__search-input') ?? false);
    for (let attempt = 0; attempt < 5 && !(await focused()); attempt += 1) {
      await page.keyboard.press('Control+k');
      await page.waitForTimeout(100 * attempt);
    }
    assert.equal(await focused(), true, 'Ctrl+K focuses the search box');
    const box = page.locator('input.navbar__search-input');
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
    // The URL changes first; the new page renders right after (client-side navigation).
    const target = page.locator(`article [id="${decodeURIComponent(hash.slice(1))}"]`);
    await target.waitFor();
    assert.equal(await target.count(), 1, `${hash} exists on ${pathname}`);
    assert.equal(await page.textContent('article h1'), await page.title().then((t) => t.split(' | ')[0]));
    await page.context().close();
  });
});
