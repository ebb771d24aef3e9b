import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {parse, type HTMLElement} from 'node-html-parser';
import {BUILD_DIR} from '../../scripts/harness/server';

interface PatternRecord {
  label: string;
  title: string;
  categories: string[];
  summary: string;
  url: string;
}

const patterns = JSON.parse(fs.readFileSync(path.join(BUILD_DIR, 'patterns.json'), 'utf8')) as PatternRecord[];
const siteUrl = new URL(patterns[0]!.url).origin;

function head(page: string): HTMLElement {
  return parse(fs.readFileSync(path.join(BUILD_DIR, page), 'utf8')).querySelector('head')!;
}

function meta(document: HTMLElement, key: string): string[] {
  return document
    .querySelectorAll(`meta[name="${key}"], meta[property="${key}"]`)
    .map((tag) => tag.getAttribute('content') ?? '');
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = fs.readFileSync(file);
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG', `${file} is a PNG`);
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

function imageFile(url: string): string {
  return path.join(BUILD_DIR, new URL(url).pathname);
}

describe('link previews of pattern pages', () => {
  it('gives every page a unique title', () => {
    const titles = patterns.map((p) => head(`patterns/${p.label}.html`).querySelector('title')!.text);
    assert.equal(new Set(titles).size, patterns.length);
    patterns.forEach((p, i) => assert.equal(titles[i], `${p.title} | Sesam Patterns`));
  });

  for (const pattern of patterns) {
    it(`${pattern.label}: description, canonical URL, Open Graph and Twitter tags, and a 1200x630 card`, () => {
      const document = head(`patterns/${pattern.label}.html`);
      assert.deepEqual(meta(document, 'description'), [pattern.summary], 'one description: the summary');
      assert.deepEqual(meta(document, 'og:description'), [pattern.summary]);
      assert.deepEqual(meta(document, 'twitter:description'), [pattern.summary]);
      assert.deepEqual(meta(document, 'og:title'), [`${pattern.title} | Sesam Patterns`]);
      assert.deepEqual(meta(document, 'og:url'), [pattern.url]);
      assert.deepEqual(meta(document, 'og:type'), ['article']);
      assert.deepEqual(meta(document, 'og:site_name'), ['Sesam Patterns']);
      assert.deepEqual(meta(document, 'twitter:card'), ['summary_large_image']);
      assert.equal(document.querySelector('link[rel="canonical"]')?.getAttribute('href'), pattern.url);
      const [image] = meta(document, 'og:image');
      assert.equal(image, `${siteUrl}/img/social/${pattern.label}.png`);
      assert.deepEqual(meta(document, 'twitter:image'), [image]);
      assert.deepEqual(pngSize(imageFile(image!)), [1200, 630]);
    });
  }
});

describe('link previews of the other pages', () => {
  const pages = fs.readdirSync(BUILD_DIR).filter((file) => file.endsWith('.html'));

  it('covers the index, changes, map, finder, search, worked-examples and 404 pages', () => {
    assert.deepEqual(pages.sort(), [
      '404.html',
      'changes.html',
      'finder.html',
      'index.html',
      'map.html',
      'search.html',
      'worked-examples.html',
    ]);
  });

  it('gives every page of the site a unique title', () => {
    const titles = [...pages, ...patterns.map((p) => `patterns/${p.label}.html`)].map(
      (page) => head(page).querySelector('title')!.text,
    );
    assert.equal(new Set(titles).size, titles.length, titles.join(' / '));
  });

  for (const page of [
    'index.html',
    'changes.html',
    'map.html',
    'finder.html',
    '404.html',
    'search.html',
    'worked-examples.html',
  ]) {
    it(`${page} has one description, Open Graph and Twitter tags, and the site card`, () => {
      const document = head(page);
      const [description] = meta(document, 'description');
      assert.equal(meta(document, 'description').length, 1);
      assert.ok(description!.length > 40, description);
      assert.equal(meta(document, 'og:description').length, 1);
      assert.deepEqual(meta(document, 'og:site_name'), ['Sesam Patterns']);
      assert.deepEqual(meta(document, 'twitter:card'), ['summary_large_image']);
      const [image] = meta(document, 'og:image');
      assert.equal(image, `${siteUrl}/img/social/site.png`);
      assert.deepEqual(pngSize(imageFile(image!)), [1200, 630]);
    });
  }

  it('gives the index its canonical URL', () => {
    assert.equal(head('index.html').querySelector('link[rel="canonical"]')?.getAttribute('href'), `${siteUrl}/`);
  });
});

describe('llms.txt', () => {
  const text = fs.readFileSync(path.join(BUILD_DIR, 'llms.txt'), 'utf8');

  it('starts with the site name and a summary, as llmstxt.org describes', () => {
    assert.match(text, /^# Sesam Patterns\n\n> .+\n/);
  });

  it('lists every pattern with its title, categories, summary and URL', () => {
    for (const pattern of patterns) {
      assert.ok(
        text.includes(`- [${pattern.title}](${pattern.url}) (${pattern.categories.join(', ')}): ${pattern.summary}\n`),
        `${pattern.label} is listed`,
      );
    }
    assert.equal(text.match(/^- \[/gm)?.length, 38);
  });
});
