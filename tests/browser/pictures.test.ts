import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {useBuiltSite} from '../support/site';
import {SEED_INDEX} from './seed-index';

const site = useBuiltSite();
const LABELS = [...new Set(Object.values(SEED_INDEX).flat())];
// Screenshots for people to review; git ignores the folder.
const SCREENSHOTS = path.resolve(__dirname, '..', '..', 'screenshots');

describe('data-flow diagrams', () => {
  it('every pattern page has a diagram near the top, with a title and description a screen reader reads', async () => {
    const context = await site.newContext();
    const page = await context.newPage();
    for (const label of LABELS) {
      await page.goto(`${site.url}/patterns/${label}`);
      const diagram = await page.evaluate(() => {
        const svg = document.querySelector('article figure[data-testid="dataflow"] svg[role="img"]');
        if (!svg) return undefined;
        const byId = (attribute: string) =>
          document.getElementById(svg.getAttribute(attribute) ?? '')?.textContent ?? '';
        const problem = [...document.querySelectorAll('article h2')].find((h) => h.textContent?.includes('Problem'))!;
        return {
          title: byId('aria-labelledby'),
          description: byId('aria-describedby'),
          beforeProblem: Boolean(svg.compareDocumentPosition(problem) & Node.DOCUMENT_POSITION_FOLLOWING),
          keySteps: svg.querySelectorAll('[data-key]').length,
          nodes: svg.querySelectorAll('[data-kind]').length,
        };
      });
      assert.ok(diagram, `${label} has a diagram`);
      assert.ok(diagram.title.length > 10, `${label}: the diagram has a title`);
      assert.match(
        diagram.description,
        /^Data flows from .+ Key step: .+\.$/,
        `${label}: the diagram has a description`,
      );
      assert.ok(diagram.beforeProblem, `${label}: the diagram comes before the Problem section`);
      assert.equal(diagram.keySteps, 1, `${label}: one key step`);
      assert.ok(diagram.nodes >= 2);
    }
    await context.close();
  });

  it('is in the HTML without JavaScript', async () => {
    const page = await site.open('/patterns/continuation-pattern', {javaScriptEnabled: false});
    assert.equal(await page.locator('article svg[role="img"] title').count(), 1);
    await page.context().close();
  });

  it('stays legible on a 360 px wide phone: node text renders at 11 px or more', async () => {
    const page = await site.open('/patterns/combine-all-and-event-pattern', {viewport: {width: 360, height: 800}});
    // Font size in CSS pixels times the SVG's scale on screen.
    // Node labels (the first text of each node; the KEY STEP badge is smaller on purpose).
    const sizes = await page.$$eval('article svg[role="img"] [data-kind] > text:first-of-type', (texts) =>
      texts.map((t) => parseFloat(getComputedStyle(t).fontSize) * (t as SVGTextElement).getScreenCTM()!.a),
    );
    assert.ok(sizes.length > 0);
    assert.ok(Math.min(...sizes) >= 11, `smallest text ${Math.min(...sizes).toFixed(1)} px`);
    await page.context().close();
  });

  it('on a phone, starts a diagram wider than the screen with its key step in view, and shows that it scrolls', async () => {
    const page = await site.open('/patterns/optimistic-locking-pattern', {viewport: {width: 390, height: 844}});
    await page.waitForFunction(() => document.documentElement.getAttribute('data-has-hydrated') === 'true');
    const scroller = '[data-testid="dataflow"] [role="region"]';
    assert.ok(
      await page.$eval(scroller, (box) => box.scrollWidth > box.clientWidth),
      'the diagram is wider than a phone',
    );
    await page.waitForFunction((selector) => {
      const box = document.querySelector(selector)!.getBoundingClientRect();
      const key = document.querySelector(`${selector} [data-key]`)!.getBoundingClientRect();
      return key.left >= box.left && key.right <= box.right;
    }, scroller);
    const background = await page.$eval(scroller, (box) => getComputedStyle(box).backgroundImage);
    assert.equal(background.match(/gradient/g)?.length, 4, 'edge shadows and their covers');
    await page.context().close();
  });
});

describe('the pattern map', () => {
  it('has one node per pattern and one edge per relation on the pattern pages', async () => {
    const context = await site.newContext();
    const page = await context.newPage();
    // The relations, read from the pages themselves: prose cross-links and related lists.
    const relations = new Set<string>();
    for (const label of LABELS) {
      await page.goto(`${site.url}/patterns/${label}`);
      const targets = await page.$$eval(
        'article a[data-pattern-link]:not([data-testid="pattern-backlinks"] a)',
        (links) =>
          links
            .filter((a) => !a.closest('[data-testid="pattern-backlinks"]'))
            .map((a) => a.getAttribute('data-pattern-link')!),
      );
      targets.filter((t) => t !== label).forEach((t) => relations.add(`${label}>${t}`));
    }
    await page.goto(`${site.url}/map`);
    const nodes = await page.$$eval('[data-testid="pattern-map"] [data-node]', (n) =>
      n.map((e) => e.getAttribute('data-node')),
    );
    const edges = await page.$$eval('[data-testid="pattern-map"] [data-edge]', (e) =>
      e.map((x) => x.getAttribute('data-edge')!),
    );
    assert.deepEqual([...nodes].sort(), [...LABELS].sort());
    assert.deepEqual([...edges].sort(), [...relations].sort());
    await context.close();
  });

  it('moves from pattern to pattern with Tab, lights up neighbours, and opens one with Enter', async () => {
    const page = await site.open('/map');
    await page.waitForFunction(() => document.documentElement.getAttribute('data-has-hydrated') === 'true');
    await page.focus('[data-node="insert-pattern"]');
    const lit = await page.$$eval('[data-testid="pattern-map"] [data-node]', (nodes) =>
      nodes.filter((n) => (n.getAttribute('class') ?? '').includes('lit')).map((n) => n.getAttribute('data-node')),
    );
    const neighbours = await page.$$eval('[data-testid="pattern-map"] [data-edge]', (edges) =>
      edges
        .map((e) => e.getAttribute('data-edge')!.split('>'))
        .filter((pair) => pair.includes('insert-pattern'))
        .flat(),
    );
    assert.deepEqual([...lit].sort(), [...new Set(neighbours)].sort());
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => document.activeElement?.getAttribute('data-node'));
    assert.ok(next && next !== 'insert-pattern', 'Tab reaches the next pattern');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.url}/patterns/${next}`);
    await page.context().close();
  });

  it('lights a pattern and its neighbours while the pointer is over it, and lets go after', async () => {
    const page = await site.open('/map');
    await page.waitForFunction(() => document.documentElement.getAttribute('data-has-hydrated') === 'true');
    const litNodes = () =>
      page.$$eval('[data-testid="pattern-map"] [data-node]', (nodes) =>
        nodes.filter((n) => (n.getAttribute('class') ?? '').includes('lit')).map((n) => n.getAttribute('data-node')),
      );
    const neighbours = await page.$$eval('[data-testid="pattern-map"] [data-edge]', (edges) =>
      edges
        .map((e) => e.getAttribute('data-edge')!.split('>'))
        .filter((pair) => pair.includes('delete-pattern'))
        .flat(),
    );
    await page.hover('[data-node="delete-pattern"] circle');
    await page.waitForFunction(() =>
      document.querySelector('[data-node="delete-pattern"]')?.getAttribute('class')?.includes('lit'),
    );
    assert.deepEqual((await litNodes()).sort(), [...new Set(neighbours)].sort());
    await page.mouse.move(0, 0);
    await page.waitForFunction(() => !document.querySelector('[data-testid="pattern-map"] [data-node][class*="lit"]'));
    await page.context().close();
  });

  it('has the collect patterns on the left and the share patterns on the right', async () => {
    const page = await site.open('/map');
    const x = (label: string) => page.$eval(`[data-node="${label}"] circle`, (c) => Number(c.getAttribute('cx')));
    const middle = await page.$eval(
      '[data-testid="pattern-map"]',
      (svg) => Number(svg.getAttribute('viewBox')!.split(' ')[2]) / 2,
    );
    assert.ok((await x('continuation-pattern')) < middle, 'a collect pattern on the left');
    assert.ok((await x('optimistic-locking-pattern')) > middle, 'a share pattern on the right');
    await page.context().close();
  });

  it('is a readable list of patterns and their links without JavaScript', async () => {
    const page = await site.open('/map', {javaScriptEnabled: false});
    const items = await page.$$eval('section[aria-labelledby="map-list"] > ul > li', (li) => li.length);
    assert.equal(items, 38);
    assert.ok((await page.$$('section[aria-labelledby="map-list"] a[href^="/patterns/"]')).length > 100);
    await page.context().close();
  });
});

describe('screenshots for review', () => {
  it('saves the index, a pattern page and the map, light and dark, phone and desktop', async () => {
    fs.mkdirSync(SCREENSHOTS, {recursive: true});
    const saved: string[] = [];
    for (const [name, pagePath] of [
      ['index', '/'],
      ['pattern', '/patterns/combine-all-and-event-pattern'],
      ['map', '/map'],
    ]) {
      for (const scheme of ['light', 'dark'] as const) {
        for (const [device, width] of [
          ['phone', 360],
          ['desktop', 1280],
        ] as const) {
          const page = await site.open(pagePath!, {viewport: {width, height: 900}, colorScheme: scheme});
          const file = path.join(SCREENSHOTS, `${name}-${scheme}-${device}.png`);
          await page.screenshot({path: file, fullPage: name !== 'map' || device === 'desktop'});
          saved.push(file);
          await page.context().close();
        }
      }
    }
    for (const file of saved) assert.ok(fs.statSync(file).size > 5000, `${file} is a real picture`);
    assert.equal(saved.length, 12);
  });
});
