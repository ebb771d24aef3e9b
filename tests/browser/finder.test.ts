import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {AxeBuilder} from '@axe-core/playwright';
import type {Page} from 'playwright-core';
import {useBuiltSite} from '../support/site';
import {BUILD_DIR} from '../../scripts/harness/server';
import type {PatternRecord} from '../../src/catalog/client/types';
import {QUESTIONS} from '../../src/finder/client/questions';
import {prepare, recommend} from '../../src/finder/client/recommend';
import {sectionsOf} from '../../src/finder/client/checklist';

const site = useBuiltSite();

/** The finder's model on the built catalog (patterns.json), to compare the screen with. */
const records = JSON.parse(fs.readFileSync(path.join(BUILD_DIR, 'patterns.json'), 'utf8')) as PatternRecord[];
const model = prepare(
  records.map((r) => ({
    label: r.label,
    title: r.title,
    path: new URL(r.url).pathname,
    categories: r.categories,
    rules: r.appliesWhen,
  })),
);
const expected = (answers: Record<string, 'yes' | 'no' | 'unsure'>) =>
  sectionsOf(recommend(model, answers)).map((s) => [s.id, s.items.map((i) => i.label)]);

async function openFinder(query = '', options = {}): Promise<Page> {
  const page = await site.open(`/finder${query}`, options);
  await page.waitForFunction(() => document.documentElement.getAttribute('data-has-hydrated') === 'true');
  await page.locator('form fieldset[data-question]').first().waitFor();
  return page;
}

/** The result as the page lists it: section ids and pattern labels, in order. */
const onScreen = (page: Page) =>
  page.$$eval('[data-section]', (sections) =>
    sections.map((s) => [
      s.getAttribute('data-section'),
      [...s.querySelectorAll('li[data-label]')].map((li) => li.getAttribute('data-label')),
    ]),
  );

const choose = (page: Page, question: string, answer: 'Yes' | 'No' | 'Not sure') =>
  page.locator(`fieldset[data-question="${question}"]`).getByLabel(answer, {exact: true}).check();

describe('the pattern finder', () => {
  it('updates the list and the URL as you answer', async () => {
    const page = await openFinder();
    assert.match((await page.textContent('[data-testid="finder-count"]'))!, /Answer a question/);
    await choose(page, 'since', 'Yes');
    await page.waitForURL(/\/finder\?since=yes$/);
    await choose(page, 'deletions', 'No');
    await page.waitForURL(/\/finder\?since=yes&deletions=no$/);
    await page.waitForFunction(() =>
      /from 2 answers/.test(document.querySelector('[data-testid="finder-count"]')!.textContent!),
    );
    const answers = {since: 'yes', deletions: 'no'} as const;
    assert.deepEqual(await onScreen(page), expected(answers));
    assert.ok(
      expected(answers).some(([id]) => id === 'collect'),
      'the answers bring in collect patterns',
    );
    await page.context().close();
  });

  it('restores answers and results from a shared link, and the back button undoes nothing it should not', async () => {
    const query = '?since=yes&deletions=no&writes=yes&target-edits=unsure';
    const page = await openFinder(query);
    assert.equal(
      await page.locator('fieldset[data-question="writes"]').getByLabel('Yes', {exact: true}).isChecked(),
      true,
    );
    assert.equal(
      await page.locator('fieldset[data-question="target-edits"]').getByLabel('Not sure', {exact: true}).isChecked(),
      true,
    );
    const answers = {since: 'yes', deletions: 'no', writes: 'yes', 'target-edits': 'unsure'} as const;
    assert.deepEqual(await onScreen(page), expected(answers));
    assert.ok(
      expected(answers).some(([id]) => id === 'consider'),
      '"not sure" leaves something to consider',
    );
    await page.context().close();
  });

  it('copies a Markdown checklist of exactly what the screen shows, and a link to the answers', async () => {
    const page = await openFinder('?writes=yes&target-edits=yes', {permissions: ['clipboard-read', 'clipboard-write']});
    await page.locator('button[data-copy="markdown"]').click();
    await page.waitForFunction(() => document.querySelector('button[data-copy="markdown"]')?.textContent === 'Copied');
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    const shown = await page.$$eval('[data-section] li[data-label]', (items) =>
      items.map((li) => [li.querySelector('a')!.textContent, li.querySelector('span')!.textContent]),
    );
    const listed = [...markdown.matchAll(/^- \[ \] \[(.+?)\]\((.+?)\) — (.+)$/gm)].map((m) => [m[1], m[3]]);
    assert.deepEqual(listed, shown);
    assert.ok(shown.length > 0);
    assert.match(markdown, /\(https?:\/\/[^)]+\/patterns\/[a-z-]+\)/, 'absolute links to the patterns');
    assert.ok(markdown.includes('/finder?writes=yes&target-edits=yes)'), 'a link back to these answers');
    await page.locator('button[data-copy="link"]').click();
    await page.waitForFunction(() => document.querySelector('button[data-copy="link"]')?.textContent === 'Copied');
    assert.match(await page.evaluate(() => navigator.clipboard.readText()), /\/finder\?writes=yes&target-edits=yes$/);
    await page.context().close();
  });

  it('works from the keyboard: arrows choose within a question, and the count is announced', async () => {
    const page = await openFinder();
    await page.locator('fieldset[data-question="since"] input[value="yes"]').focus();
    await page.keyboard.press('Space');
    await page.waitForURL(/\?since=yes$/);
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/\?since=no$/);
    assert.equal(await page.getAttribute('[data-testid="finder-count"]', 'aria-live'), 'polite');
    assert.match((await page.textContent('[data-testid="finder-count"]'))!, /from 1 answer\./);
    await page.context().close();
  });

  it('has no accessibility violations with answers given, light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      const page = await openFinder(`?since=yes&deletions=unsure&writes=yes&docusaurus-theme=${theme}`);
      const {violations} = await new AxeBuilder({page})
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
        .analyze();
      assert.deepEqual(
        violations.map((v) => v.id),
        [],
        theme,
      );
      await page.context().close();
    }
  });

  it('takes over the form the server drew instead of drawing it again, answers in the address too', async () => {
    const context = await site.newContext();
    await context.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        (window as unknown as {serverForm: Element | null}).serverForm = document.querySelector('form');
      });
    });
    const page = await context.newPage();
    await page.goto(`${site.url}/finder?since=yes`);
    await page.waitForFunction(() => document.documentElement.getAttribute('data-has-hydrated') === 'true');
    assert.equal(
      await page.evaluate(() => {
        const {serverForm} = window as unknown as {serverForm: Element | null};
        return serverForm !== null && serverForm === document.querySelector('form');
      }),
      true,
      'the form in the HTML is the form on the screen',
    );
    assert.equal(await page.locator('fieldset[data-question="since"] input[value="yes"]').isChecked(), true);
    assert.deepEqual(await onScreen(page), expected({since: 'yes'}));
    await context.close();
  });

  it('shows every question and what each answer brings in without JavaScript', async () => {
    const page = await site.open('/finder', {javaScriptEnabled: false});
    const table = page.locator('[data-testid="finder-table"]');
    const text = (await table.textContent())!;
    for (const q of QUESTIONS) assert.ok(text.includes(q.text), `shows "${q.text}"`);
    assert.ok(await table.isVisible());
    assert.equal(await page.locator('input[type="radio"]:visible').count(), 0, 'no form that cannot work');
    assert.ok((await table.locator('a[href^="/patterns/"]').count()) >= 30);
    await page.context().close();
  });

  it('is reached from a pattern page, with the answer that leads there filled in', async () => {
    const record = records.find((r) => r.appliesWhen.some((a) => a.when !== 'always'))!;
    const page = await site.open(new URL(record.url).pathname);
    await page.waitForFunction(() => document.documentElement.getAttribute('data-has-hydrated') === 'true');
    const link = page.locator('[data-testid="finder-link"] a[href*="/finder?"]').first();
    await link.click();
    await page.waitForURL(/\/finder\?/);
    await page.locator(`[data-section] li[data-label="${record.label}"]`).waitFor();
    await page.context().close();
  });
});
