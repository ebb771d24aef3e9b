import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {useBuiltSite} from '../support/site';
import {BUILD_DIR} from '../../scripts/harness/server';
import {NOT_COVERED} from '../../src/dtl/evaluate';

const site = useBuiltSite();

describe('worked examples in the browser', () => {
  it('put the output beside the input on a wide screen and below it on a phone', async () => {
    for (const [width, beside] of [
      [1280, true],
      [390, false],
    ] as const) {
      const page = await site.open('/patterns/delete-pattern', {viewport: {width, height: 900}});
      const sides = page.locator('figure[data-verdict="kept"]').first().locator(':scope > div > div');
      const [input, output] = [await sides.nth(0).boundingBox(), await sides.nth(1).boundingBox()];
      assert.ok(input && output);
      if (beside)
        assert.ok(output.x > input.x + input.width - 1 && Math.abs(output.y - input.y) < 2, `beside at ${width}`);
      else assert.ok(output.y >= input.y + input.height - 1, `stacked at ${width}`);
      const scrolls = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      assert.equal(scrolls, false, `no sideways scroll at ${width}`);
      await page.context().close();
    }
  });

  it('load no evaluator code: no script of the site holds it', () => {
    const dir = path.join(BUILD_DIR, 'assets', 'js');
    const holding = fs.readdirSync(dir).filter((f) => fs.readFileSync(path.join(dir, f), 'utf8').includes(NOT_COVERED));
    assert.deepEqual(holding, []);
  });

  it('link to the page that explains them, which lists every page with one', async () => {
    const page = await site.open('/patterns/delete-pattern');
    await page.waitForFunction(() => document.documentElement.getAttribute('data-has-hydrated') === 'true');
    await page.getByRole('link', {name: 'How the outputs are computed'}).click();
    await page.waitForURL(/\/worked-examples$/);
    await page.locator('h1', {hasText: 'How the worked examples are computed'}).waitFor();
    const text = (await page.textContent('main'))!;
    const checked = Number(/runs (\d+) of them/.exec(text)?.[1]);
    assert.ok(checked >= 150, `the conformance count is shown (${checked})`);
    const rows = page.locator('main ul li').filter({hasText: 'samples, for'});
    assert.ok((await rows.count()) >= 20);
    // Each entry links to its page's worked example, which exists.
    await rows.filter({hasText: 'Optimistic locking'}).getByRole('link').click();
    await page.waitForURL(/\/patterns\/optimistic-locking-pattern#worked-example$/);
    await page.locator('h3#worked-example').waitFor();
    await page.context().close();
  });
});
