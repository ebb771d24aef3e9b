import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import type {Page} from 'playwright-core';
import {useBuiltSite} from '../support/site';
import {SEED_INDEX} from './seed-index';

const site = useBuiltSite();

/**
 * The site's markup once scripts have run, attributes in name order, without what React's
 * server rendering adds that draws nothing: comments between text nodes (so text next to text
 * reads as one), a preload of the logo, form fields' value attributes (their values count), and
 * what a page shows without JavaScript.
 */
const markup = (page: Page) => page.evaluate(readMarkup);
function readMarkup(): string {
  const BOOLEAN = new Set(['disabled', 'hidden', 'open', 'readonly', 'required', 'selected', 'multiple']);
  const write = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent!.replace(/[<&]/g, (c) => `&#${c.charCodeAt(0)};`);
    if (node.nodeType !== Node.ELEMENT_NODE) return '';
    const element = node as Element;
    if (element.matches('link[rel="preload"][as="image"]')) return '';
    // A form field's value is its property (React's server writes it as an attribute too).
    const fields = element.matches('input, textarea, select') ? ['value', 'checked'] : [];
    const attributes = [...element.attributes]
      // autofocus: React writes it on the server and calls focus() in the browser instead.
      .filter((a) => !fields.includes(a.name) && a.name !== 'autofocus' && !(a.name === 'class' && a.value === ''))
      .map((a) => {
        // The same declarations and the same switch, however they were written.
        if (a.name === 'style') return ` style="${(element as HTMLElement).style.cssText}"`;
        if (BOOLEAN.has(a.name) && ['', 'true', a.name].includes(a.value)) return ` ${a.name}`;
        return ` ${a.name}="${a.value}"`;
      })
      .concat(fields.map((name) => ` ${name}:"${String(element[name as keyof Element])}"`))
      .sort()
      .join('');
    const tag = element.tagName.toLowerCase();
    // What only a browser without scripts shows; React leaves it empty when it draws.
    if (tag === 'noscript') return '<noscript></noscript>';
    return `<${tag}${attributes}>${[...element.childNodes].map(write).join('')}</${tag}>`;
  };
  // React's useId numbers by place in the tree when it takes a page over and by a counter when
  // it draws one: each id becomes its order of first use, so id and aria-controls still pair up.
  const ids = new Map<string, string>();
  return write(document.getElementById('__docusaurus')!).replace(/_[rR]_[0-9a-z]+_/g, (id) => {
    if (!ids.has(id)) ids.set(id, `useId${ids.size}`);
    return ids.get(id)!;
  });
}

const hydrated = (page: Page) =>
  page.waitForFunction(() => document.documentElement.getAttribute('data-has-hydrated') === 'true');

/** A route change inside the running app: the browser draws `path` from nothing. */
async function drawnInBrowser(page: Page, path: string, expected: string): Promise<string> {
  await page.evaluate((to) => {
    window.history.pushState({}, '', to);
    window.dispatchEvent(new PopStateEvent('popstate', {state: {}}));
  }, path);
  // Its code arrives over the network: wait until the drawing matches, or give up and compare.
  await page
    .waitForFunction(`(${readMarkup.toString()})() === ${JSON.stringify(expected)}`, undefined, {timeout: 5000})
    .catch(() => undefined);
  return markup(page);
}

/** Where two markups part, with some text around it, for the failure message. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  const around = (s: string) => JSON.stringify(s.slice(Math.max(0, i - 40), i + 200));
  return `at character ${i}:\n  taken over: ${around(a)}\n  drawn anew: ${around(b)}`;
}

// React fixes a text that differs from the server's by drawing the part again, which costs the
// phone time and logs an error; an attribute that differs (an id, aria-controls, a value) it
// leaves as the server wrote it, in production without a word. So the two must never differ:
// on every kind of page, the page the browser takes over from the server is the page it draws
// itself after a link is followed.
describe('pages the browser takes over from the server', () => {
  const patterns = [...new Set(Object.values(SEED_INDEX).flat())].map((label) => `/patterns/${label}`);
  const pages = [
    '/',
    '/?q=deletion',
    ...patterns,
    '/map',
    '/finder',
    '/finder?source-api=yes',
    '/search?q=deletion',
    '/changes',
    '/worked-examples',
    '/patterns/continuation-patern',
  ];
  const compare = async (paths: string[], viewport: {width: number; height: number}) => {
    const context = await site.newContext({viewport});
    const page = await context.newPage();
    const differ: string[] = [];
    // A text React found different it draws again, and says so on the console.
    const errors: string[] = [];
    page.on('console', (message) => {
      // (The 404 page's own status is one, and expected.)
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
        errors.push(`${page.url()}: ${message.text().slice(0, 200)}`);
    });
    for (const path of paths) {
      await page.goto(site.url + path);
      await hydrated(page);
      await page.waitForLoadState('networkidle');
      const takenOver = await markup(page);
      // From a page without the pattern sidebar, whose open sections would otherwise carry over.
      await page.goto(`${site.url}/changes`);
      await hydrated(page);
      const drawn = await drawnInBrowser(page, path, takenOver);
      if (drawn !== takenOver) differ.push(`${path} ${firstDifference(takenOver, drawn)}`);
    }
    await context.close();
    assert.deepEqual(differ, []);
    assert.deepEqual(errors, []);
  };
  it(`are drawn the same as when the browser draws them itself (${pages.length} pages)`, () =>
    compare(pages, {width: 1280, height: 800}));
  it('are drawn the same on a phone, whose navbar and sidebar differ', () =>
    compare(['/', '/patterns/register-webhook-pattern', '/finder?source-api=yes', '/map'], {width: 390, height: 844}));
});
