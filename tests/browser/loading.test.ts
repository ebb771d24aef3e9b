import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import type {Page} from 'playwright-core';
import {useBuiltSite} from '../support/site';

const site = useBuiltSite();

/** Script URLs the page asks for from now on. */
function recordScripts(page: Page): string[] {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.js')) scripts.push(new URL(request.url()).pathname);
  });
  return scripts;
}

describe('what a page loads', () => {
  it("fetches no other page's code while links scroll by, and fetches it when one is hovered", async () => {
    const page = await site.open('/patterns/continuation-pattern');
    await page.waitForFunction(() => document.documentElement.getAttribute('data-has-hydrated') === 'true');
    await page.waitForLoadState('networkidle');
    const scripts = recordScripts(page);
    // Every related pattern and backlink comes into view on the way down.
    for (let y = 0; y < (await page.evaluate(() => document.body.scrollHeight)); y += 400) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.waitForTimeout(30);
    }
    await page.waitForLoadState('networkidle');
    assert.deepEqual(scripts, [], 'links in view fetched nothing');

    const link = page.locator('[data-testid="related-patterns"] a').first();
    const fetched = page.waitForRequest((request) => request.url().endsWith('.js'), {timeout: 5000});
    await link.hover();
    await fetched;
    assert.ok(scripts.length > 0, 'hovering a link fetched its page');
    await page.context().close();
  });

  it('names in its HTML every script it needs to hydrate, so none waits for main.js to ask for it', async () => {
    for (const path of ['/', '/patterns/continuation-pattern', '/map', '/finder', '/changes', '/worked-examples']) {
      const html = await (await fetch(`${site.url}${path}`)).text();
      const named = [
        ...html.matchAll(/<link rel=preload as=script fetchpriority=low href=([^ >]+\.js) data-start>/g),
      ].map((match) => match[1]!);
      const context = await site.newContext();
      const page = await context.newPage();
      const scripts = recordScripts(page);
      await page.goto(`${site.url}${path}`);
      await page.waitForFunction(() => document.documentElement.getAttribute('data-has-hydrated') === 'true');
      assert.ok(named.length > 2, `${path}: its own chunks besides runtime~main and main (${named.join(' ')})`);
      assert.deepEqual(
        scripts.filter((script) => !named.includes(script)),
        [],
        `${path}: scripts fetched before hydration that its HTML does not name`,
      );
      await context.close();
    }
  });

  it('draws the page before its scripts run, and still starts them where paint timing is missing', async () => {
    for (const withoutPaintTiming of [false, true]) {
      const context = await site.newContext();
      await context.addInitScript((hidePaintTiming: boolean) => {
        const times = {firstPaint: -1, scriptsRan: -1};
        (window as unknown as {times: typeof times}).times = times;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntriesByName('first-contentful-paint')) times.firstPaint = entry.startTime;
        }).observe({type: 'paint', buffered: true});
        // The first of the page's scripts to run (the webpack runtime) sets this global; the
        // name is webpack's, from the package name.
        let chunks: unknown;
        Object.defineProperty(window, 'webpackChunksesam_patterns', {
          configurable: true,
          get: () => chunks,
          set: (next) => {
            if (times.scriptsRan < 0) times.scriptsRan = performance.now();
            chunks = next;
          },
        });
        if (hidePaintTiming) Object.defineProperty(window, 'PerformanceObserver', {value: undefined});
      }, withoutPaintTiming);
      const page = await context.newPage();
      await page.goto(`${site.url}/patterns/continuation-pattern`);
      await page.waitForFunction(() => document.documentElement.getAttribute('data-has-hydrated') === 'true');
      const {firstPaint, scriptsRan} = await page.evaluate(
        () => (window as unknown as {times: {firstPaint: number; scriptsRan: number}}).times,
      );
      assert.ok(scriptsRan > 0, 'main.js ran');
      if (!withoutPaintTiming)
        assert.ok(firstPaint > 0 && firstPaint <= scriptsRan, `painted at ${firstPaint} ms, ran at ${scriptsRan} ms`);
      await context.close();
    }
  });

  it('builds no collator or date formatter while a page starts (the first costs 10 ms or more)', async () => {
    for (const viewport of [
      {width: 1280, height: 800},
      {width: 390, height: 844},
    ]) {
      const context = await site.newContext({viewport});
      await context.addInitScript(() => {
        const calls: string[] = [];
        (window as unknown as {icuCalls: string[]}).icuCalls = calls;
        const count = <T extends object>(owner: T, key: keyof T & string, name: string) => {
          const original = owner[key] as (...args: unknown[]) => unknown;
          Object.defineProperty(owner, key, {
            configurable: true,
            writable: true,
            value: function (this: unknown, ...args: unknown[]) {
              calls.push(name);
              return new.target ? Reflect.construct(original, args, new.target) : original.apply(this, args);
            },
          });
        };
        count(String.prototype, 'localeCompare', 'localeCompare');
        count(Intl, 'Collator', 'Intl.Collator');
        count(Intl, 'DateTimeFormat', 'Intl.DateTimeFormat');
        count(Date.prototype, 'toLocaleDateString', 'toLocaleDateString');
        count(Date.prototype, 'toLocaleString', 'toLocaleString');
      });
      for (const path of ['/', '/patterns/continuation-pattern', '/map', '/finder', '/changes']) {
        const page = await context.newPage();
        await page.goto(`${site.url}${path}`);
        await page.waitForFunction(() => document.documentElement.getAttribute('data-has-hydrated') === 'true');
        await page.waitForLoadState('networkidle');
        const calls = await page.evaluate(() => (window as unknown as {icuCalls: string[]}).icuCalls);
        assert.deepEqual(calls, [], `${path} at ${viewport.width} px`);
        await page.close();
      }
      await context.close();
    }
  });

  it('loads no code highlighter: the example arrives highlighted', async () => {
    const context = await site.newContext();
    const page = await context.newPage();
    const bodies: Promise<string>[] = [];
    page.on('response', (response) => {
      if (response.url().endsWith('.js')) bodies.push(response.text());
    });
    await page.goto(`${site.url}/patterns/continuation-pattern`);
    await page.waitForLoadState('networkidle');
    // Prism's core: its grammar walker, a property the minifier keeps (seen in main.js before).
    const withPrism = (await Promise.all(bodies)).filter((body) => body.includes('DFS:function'));
    const tokens = await page.locator('.theme-code-block code .token').count();
    assert.ok(bodies.length > 0);
    assert.equal(withPrism.length, 0, 'no script carries Prism');
    assert.ok(tokens > 20, `${tokens} highlighted tokens`);
    await context.close();
  });
});
