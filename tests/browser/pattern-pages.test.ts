import {before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import path from 'node:path';
import type {Page} from 'playwright-core';
import {useBuiltSite} from '../support/site';
import {SEED_INDEX} from './seed-index';

const site = useBuiltSite();
const LABELS = [...new Set(Object.values(SEED_INDEX).flat())];

interface Link {
  label: string;
  href: string;
  text: string;
}

interface Crawled {
  title: string;
  sections: string[];
  ids: string[];
  prose: Link[];
  related: (Link & {why: string})[];
  backlinks: Link[];
  codeBlocks: {title: string; language: string; highlighted: number; tokens: number}[];
  references: {href: string; text: string}[];
  checked: {date: string; text: string; href: string} | null;
  lastUpdated: {date: string; text: string} | null;
  editLinks: number;
  facts: {text: string; categories: string[]} | null;
}

async function crawl(page: Page): Promise<Crawled> {
  return page.evaluate(() => {
    const link = (a: Element) => ({
      label: a.getAttribute('data-pattern-link')!,
      href: a.getAttribute('href')!,
      text: a.textContent!,
    });
    const article = document.querySelector('article')!;
    const generated = '[data-testid="related-patterns"], [data-testid="pattern-backlinks"]';
    return {
      title: article.querySelector('h1')!.textContent!,
      sections: [...article.querySelectorAll('h2')].map((h) => h.textContent!.replace(/\u200b/g, '').trim()),
      ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
      prose: [...article.querySelectorAll('a[data-pattern-link]')].filter((a) => !a.closest(generated)).map(link),
      related: [...article.querySelectorAll('[data-testid="related-patterns"] li')].map((li) => ({
        ...link(li.querySelector('a')!),
        why: li.textContent!.slice(li.querySelector('a')!.textContent!.length).replace(/^:\s*/, ''),
      })),
      backlinks: [...article.querySelectorAll('[data-testid="pattern-backlinks"] a')].map(link),
      codeBlocks: [...article.querySelectorAll('.theme-code-block')].map((block) => ({
        title: block.querySelector('.theme-code-block-title')?.textContent ?? '',
        tokens: block.querySelectorAll('code .token').length,
        language: [...block.classList].find((c) => c.startsWith('language-')) ?? '',
        highlighted: block.querySelectorAll('.theme-code-block-highlighted-line').length,
      })),
      references: [...article.querySelectorAll('[data-testid="reference-list"] a')].map((a) => ({
        href: a.getAttribute('href')!,
        text: a.textContent!,
      })),
      facts: (() => {
        const line = article.querySelector('[data-testid="pattern-facts"]');
        return line
          ? {text: line.textContent!, categories: [...line.querySelectorAll('a')].map((a) => a.getAttribute('href')!)}
          : null;
      })(),
      lastUpdated: (() => {
        const time = article.querySelector('[data-testid="reference-checked"] [data-testid="last-updated"] time');
        return time ? {date: time.getAttribute('datetime')!, text: time.textContent!} : null;
      })(),
      editLinks: document.querySelectorAll('a.theme-edit-this-page').length,
      checked: (() => {
        const line = article.querySelector('[data-testid="reference-checked"]');
        const time = line?.querySelector('time');
        return line && time
          ? {
              date: time.getAttribute('datetime')!,
              text: time.textContent!,
              href: line.querySelector('a')!.getAttribute('href')!,
            }
          : null;
      })(),
    };
  });
}

describe('pattern pages', () => {
  const pages = new Map<string, Crawled>();
  let titles: Record<string, string> = {};
  let records: {label: string; title: string; categories: string[]; aliases: string[]}[] = [];

  before(async () => {
    const context = await site.newContext();
    const page = await context.newPage();
    for (const label of LABELS) {
      const response = await page.goto(`${site.url}/patterns/${label}`);
      assert.equal(response?.status(), 200, `/patterns/${label} is served`);
      pages.set(label, await crawl(page));
    }
    records = (await (await fetch(`${site.url}/patterns.json`)).json()) as typeof records;
    titles = Object.fromEntries(records.map((r) => [r.label, r.title]));
    await context.close();
  });

  it('serves one page per pattern of the original index, 38 in all', () => {
    assert.equal(pages.size, 38);
    for (const [label, page] of pages) assert.equal(page.title, titles[label], `${label} shows its title`);
  });

  it('gives every page the template sections in order', () => {
    for (const [label, page] of pages) {
      assert.deepEqual(
        page.sections,
        [
          'Problem',
          'Solution',
          'Example',
          'Pitfalls and trade-offs',
          'Reference',
          'Related patterns',
          'Patterns that link here',
        ],
        label,
      );
    }
  });

  it('shows a titled, highlighted JSON example on every page', () => {
    for (const [label, page] of pages) {
      assert.ok(page.codeBlocks.length >= 1, `${label} has an example`);
      const [example] = page.codeBlocks;
      assert.equal(example!.language, 'language-json', label);
      assert.ok(example!.title.length > 0, `${label}: the example has a title`);
      assert.ok(example!.highlighted > 0, `${label}: the example highlights the lines that matter`);
      assert.ok(example!.tokens > 20, `${label}: the example is syntax-highlighted (${example!.tokens} tokens)`);
    }
  });

  it('lists at least two pages of the Sesam documentation on every page, named after the page', () => {
    for (const [label, page] of pages) {
      assert.ok(page.references.length >= 2, `${label} has ${page.references.length} references`);
      for (const {href, text} of page.references) {
        assert.match(href, /^https:\/\/docs\.sesam\.io\/hub\/[\w/.-]+\.html$/, `${label}: ${href}`);
        assert.ok(text.length > 2 && !text.startsWith('hub/'), `${label}: the link to ${href} is named "${text}"`);
      }
    }
  });

  it('says under the title of every page when it was checked against the reference', () => {
    for (const [label, page] of pages) {
      assert.ok(page.checked, `${label} shows its checked date`);
      assert.match(page.checked.date, /^\d{4}-\d{2}-\d{2}$/, label);
      assert.match(page.checked.text, /^\d{1,2} [A-Z][a-z]+ \d{4}$/, label);
      assert.equal(page.checked.href, '#reference', `${label}: the line links to its Reference section`);
      assert.ok(page.ids.includes('reference'), `${label} has a #reference anchor`);
    }
  });

  it("shows next to the checked date the day of the page's last commit, and no edit link without EDIT_URL", () => {
    const root = path.resolve(__dirname, '..', '..');
    for (const [label, page] of pages) {
      const committed = execFileSync('git', ['log', '-1', '--format=%ct', '--', `docs/${label}.mdx`], {
        cwd: root,
        encoding: 'utf8',
      }).trim();
      const day = new Date(Number(committed) * 1000).toISOString().slice(0, 10);
      assert.deepEqual(page.lastUpdated?.date, day, `${label}: last updated on its last commit's day`);
      assert.match(page.lastUpdated.text, /^\d{1,2} [A-Z][a-z]+ \d{4}$/, label);
      assert.equal(page.editLinks, 0, `${label}: no "Edit this page" without EDIT_URL`);
    }
  });

  it('says under the title of every page where it sits in the catalog and what else it is called', () => {
    for (const {label, categories, aliases} of records) {
      const facts = pages.get(label)!.facts;
      assert.ok(facts, `${label} shows its categories`);
      assert.deepEqual(
        facts.categories,
        categories.map((c) => `/#${c}`),
        `${label}: each category links to its part of the index`,
      );
      assert.match(facts.text, /^(Collect|Transform|Share)( and (collect|transform|share))* pattern/, label);
      if (aliases.length > 0) assert.ok(facts.text.endsWith(`Also known as: ${aliases.join(', ')}`), label);
      else assert.ok(!facts.text.includes('Also known as'), label);
    }
  });

  it('links at least two other patterns in the prose of every page', () => {
    for (const [label, page] of pages) {
      const others = new Set(page.prose.map((l) => l.label).filter((l) => l !== label));
      assert.ok(others.size >= 2, `${label} links ${[...others].join(', ') || 'nothing'}`);
    }
  });

  it('resolves every cross-link, related link and backlink to a page and anchor that exist', () => {
    for (const [label, page] of pages) {
      for (const link of [...page.prose, ...page.related, ...page.backlinks]) {
        const [targetPath, anchor] = link.href.split('#');
        assert.equal(targetPath, `/patterns/${link.label}`, `${label} links ${link.href}`);
        const target = pages.get(link.label);
        assert.ok(target, `${label} links to a page that exists: ${link.href}`);
        if (anchor) assert.ok(target.ids.includes(anchor), `${label} links to an anchor that exists: ${link.href}`);
      }
    }
  });

  it('shows the current title as the text of links without custom text', () => {
    const titled = [...pages.values()].flatMap((p) => [...p.related, ...p.backlinks]);
    assert.ok(titled.length > 76);
    for (const link of titled) assert.equal(link.text, titles[link.label]);
  });

  it('explains every related pattern in a sentence', () => {
    for (const [label, page] of pages) {
      assert.ok(page.related.length >= 1, `${label} lists related patterns`);
      for (const entry of page.related) assert.ok(entry.why.length >= 10, `${label} says why ${entry.label} relates`);
    }
  });

  it('lists as backlinks exactly the pages that link here', () => {
    for (const label of pages.keys()) {
      const expected = [...pages]
        .filter(([source, page]) => source !== label && [...page.prose, ...page.related].some((l) => l.label === label))
        .map(([source]) => source)
        .sort();
      const shown = pages
        .get(label)!
        .backlinks.map((l) => l.label)
        .sort();
      assert.deepEqual(shown, expected, `backlinks of ${label}`);
    }
  });
});

describe('the sidebar', () => {
  it('groups the patterns under Collect, Transform and Share in the original order', async () => {
    const page = await site.open('/patterns/continuation-pattern');
    await page.waitForFunction(() => document.documentElement.getAttribute('data-has-hydrated') === 'true');
    // Open the closed categories, whose entries are rendered only when they open.
    for (const toggle of await page.$$(
      'nav[aria-label="Docs sidebar"] .menu__list-item-collapsible [aria-expanded="false"]',
    ))
      await toggle.click();
    await page.waitForFunction(
      () =>
        !document.querySelector('nav[aria-label="Docs sidebar"] .menu__list-item-collapsible [aria-expanded="false"]'),
    );
    const groups = await page.$$eval(
      'nav[aria-label="Docs sidebar"] .theme-doc-sidebar-item-category-level-1',
      (categories) =>
        categories.map((category) => ({
          title: category.querySelector('.menu__list-item-collapsible')!.textContent!.trim(),
          labels: [...category.querySelectorAll(':scope > ul a')].map((a) =>
            a.getAttribute('href')!.replace('/patterns/', ''),
          ),
        })),
    );
    assert.deepEqual(groups, [
      {title: 'Collect', labels: [...SEED_INDEX.collect]},
      {title: 'Transform', labels: [...SEED_INDEX.transform]},
      {title: 'Share', labels: [...SEED_INDEX.share]},
    ]);
    assert.equal(
      await page.getAttribute('nav[aria-label="Docs sidebar"] a[aria-current="page"]', 'href'),
      '/patterns/continuation-pattern',
    );
    await page.context().close();
  });

  it("opens only the current pattern's category, with its entry in view, also far down the list", async () => {
    const label = SEED_INDEX.collect.at(-1)!;
    const page = await site.open(`/patterns/${label}`, {viewport: {width: 1280, height: 800}});
    const expanded = await page.$$eval(
      'nav[aria-label="Docs sidebar"] .theme-doc-sidebar-item-category-level-1 .menu__list-item-collapsible',
      (rows) =>
        rows.map((row) => [
          row.textContent!.trim(),
          row.querySelector('[aria-expanded]')!.getAttribute('aria-expanded'),
        ]),
    );
    assert.deepEqual(expanded, [
      ['Collect', 'true'],
      ['Transform', 'false'],
      ['Share', 'false'],
    ]);
    const current = page.locator('nav[aria-label="Docs sidebar"] a[aria-current="page"]');
    await page.waitForFunction(() => {
      const link = document.querySelector('nav[aria-label="Docs sidebar"] a[aria-current="page"]')!;
      const menu = link.closest('.menu')!.getBoundingClientRect();
      const box = link.getBoundingClientRect();
      return box.top >= menu.top && box.bottom <= menu.bottom;
    });
    assert.equal(await current.getAttribute('href'), `/patterns/${label}`);
    assert.equal(await page.evaluate(() => window.scrollY), 0, 'the page itself did not scroll');
    await page.context().close();
  });

  it('on a phone, opens in the menu with the current pattern marked, and closes when a pattern is followed', async () => {
    const page = await site.open('/patterns/continuation-pattern', {viewport: {width: 390, height: 844}});
    await page.waitForFunction(() => document.documentElement.getAttribute('data-has-hydrated') === 'true');
    await page.click('button.navbar__toggle');
    const menu = page.locator('.navbar-sidebar .theme-doc-sidebar-menu');
    await menu.waitFor();
    assert.deepEqual(
      await menu.locator('.theme-doc-sidebar-item-category-level-1 > .menu__list-item-collapsible').allTextContents(),
      ['Collect', 'Transform', 'Share'],
    );
    assert.equal(await menu.locator('a[aria-current="page"]').getAttribute('href'), '/patterns/continuation-pattern');
    // Opening a closed category keeps the menu open; following a pattern closes it.
    await menu.getByRole('button', {name: 'Share'}).click();
    const next = menu.locator(`a[href="/patterns/${SEED_INDEX.share[0]}"]`);
    await next.waitFor();
    assert.ok(await page.locator('.navbar-sidebar--show').count(), 'the menu stays open');
    await next.click();
    await page.waitForURL(`**/patterns/${SEED_INDEX.share[0]}`);
    await page.waitForFunction(() => !document.querySelector('.navbar-sidebar--show'));
    await page.context().close();
  });

  it('follows a prose cross-link without a full page load', async () => {
    const page = await site.open('/patterns/continuation-pattern');
    // Before hydration a link is a plain link (a full page load, as it should be).
    await page.waitForFunction(() => document.documentElement.getAttribute('data-has-hydrated') === 'true');
    await page.evaluate(() => ((window as unknown as {marker: boolean}).marker = true));
    await page.click('article p a[data-pattern-link="source-with-since-support-but-no-deletions-pattern"]');
    await page.waitForURL(`${site.url}/patterns/source-with-since-support-but-no-deletions-pattern`);
    await page.locator('article h1', {hasText: /since support but no deletions/i}).waitFor();
    assert.equal(
      await page.evaluate(() => (window as unknown as {marker?: boolean}).marker),
      true,
      'client-side navigation',
    );
    await page.context().close();
  });
});

describe('code examples', () => {
  it('wrap long lines instead of running past the edge, at 1280 px and on a phone', async () => {
    for (const viewport of [
      {width: 1280, height: 800},
      {width: 390, height: 844},
    ]) {
      const page = await site.open('/patterns/delete-pattern', {viewport});
      const overflowing = (await page.$$eval(
        'article pre',
        (blocks) => blocks.filter((pre) => pre.scrollWidth > pre.clientWidth + 1).length,
      )) as number;
      assert.equal(overflowing, 0, `${viewport.width} px: no code block scrolls sideways`);
      if (viewport.width < 500) {
        // On a phone some lines wrap; the rest of such a line hangs two characters further in
        // than the line's own indent.
        const wrapped = await page.$$eval('article pre .token-line[style]', (lines) => {
          const probe = document.createElement('span');
          probe.textContent = '0';
          lines[0]!.appendChild(probe);
          const ch = probe.getBoundingClientRect().width;
          probe.remove();
          for (const line of lines) {
            const range = document.createRange();
            range.selectNodeContents(line);
            const rects = [...range.getClientRects()].filter((r) => r.width > 0);
            const rest = rects.filter((r) => r.top > rects[0]!.top + 1);
            if (rest.length === 0) continue;
            const start = Math.min(...rest.map((r) => r.left)) - line.getBoundingClientRect().left;
            return {indent: Number(getComputedStyle(line).getPropertyValue('--indent')), hang: start / ch};
          }
          return undefined;
        });
        assert.ok(wrapped, 'a long line wraps on a phone');
        assert.ok(Math.abs(wrapped.hang - (wrapped.indent + 2)) < 0.5, JSON.stringify(wrapped));
      }
      await page.context().close();
    }
  });
});

describe('patterns.json', () => {
  it('lists every pattern with label, title, categories, summary, aliases, url and its references', async () => {
    const records = (await (await fetch(`${site.url}/patterns.json`)).json()) as Record<string, unknown>[];
    assert.equal(records.length, 38);
    assert.deepEqual(records.map((r) => r.label).sort(), [...LABELS].sort());
    for (const record of records) {
      assert.deepEqual(Object.keys(record), [
        'label',
        'title',
        'categories',
        'summary',
        'aliases',
        'url',
        'references',
        'referenceChecked',
        'appliesWhen',
      ]);
      assert.ok(Array.isArray(record.references) && record.references.length >= 2, `${String(record.label)}`);
      assert.ok(
        Array.isArray(record.appliesWhen) && record.appliesWhen.length > 0,
        `${String(record.label)}: finder rules`,
      );
      assert.match(String(record.referenceChecked), /^\d{4}-\d{2}-\d{2}$/);
      assert.ok(Array.isArray(record.categories) && record.categories.length > 0);
      assert.ok(Array.isArray(record.aliases));
      assert.match(String(record.url), new RegExp(`^https?://[^/]+/patterns/${record.label}$`));
    }
    const both = records.filter((r) => (r.categories as string[]).length === 2).map((r) => r.label);
    assert.deepEqual(both.sort(), ['handling-asymmetry-pattern', 'use-templates-pattern']);
  });
});

describe('the changes page', () => {
  it('lists new patterns and notable changes newest first, each with its day, pattern link and sentence', async () => {
    const page = await site.open('/changes');
    const days = await page.$$eval('[data-testid="changes-day"]', (sections) =>
      sections.map((section) => ({
        day: section.querySelector('h2 time')!.getAttribute('datetime')!,
        changes: [...section.querySelectorAll('[data-testid="change"]')].map((li) => ({
          href: li.querySelector('a')!.getAttribute('href')!,
          text: li.textContent!,
        })),
      })),
    );
    const order = days.map((d) => d.day);
    assert.deepEqual(order, [...order].sort().reverse(), 'newest first');
    const changes = days.flatMap((d) => d.changes);
    // Every page has the entry for when it was added; some have more.
    assert.deepEqual(new Set(changes.map((c) => c.href)), new Set(LABELS.map((l) => `/patterns/${l}`)));
    assert.ok(changes.length > LABELS.length, `${changes.length} changes`);
    for (const change of changes) assert.match(change.text, /^.+ pattern: .{20,}[.!?]$/);
    assert.ok(
      changes.some((c) => c.href === '/patterns/delete-pattern' && c.text.includes('was inverted')),
      'the delete example fix is listed',
    );
    await page.click('a[href="/patterns/delete-pattern"]');
    await page.waitForURL(`${site.url}/patterns/delete-pattern`);
    const feed = await page.getAttribute('link[rel="alternate"][type="application/atom+xml"]', 'href');
    assert.equal(feed, '/changes.xml');
    const response = await fetch(`${site.url}${feed}`);
    assert.equal(response.status, 200);
    assert.match(await response.text(), /<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom">/);
    // A follower reaches the list from any page's footer.
    await page.click('footer a[href="/changes"]');
    await page.waitForURL(`${site.url}/changes`);
    await page.locator('[data-testid="change"]').first().waitFor();
    await page.context().close();
  });
});
