import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {MarkdownConfig} from '@docusaurus/types';
import {patternPages} from '../../src/plugins/patterns/pattern-pages';
import {redirectsOf, writeRedirects} from '../../src/plugins/patterns/redirects';
import {validateOptions} from '../../src/plugins/patterns';
import {loadCatalog} from '../../src/catalog/load';
import {FIXTURE_SITE} from '../support/fixtures';

type Parse = MarkdownConfig['parseFrontMatter'];
const page = (name: string) => path.join(FIXTURE_SITE, 'docs', name);
const read = (name: string) => fs.readFileSync(page(name), 'utf8');

/** The site's own parser, recording what it was asked to parse. */
function siteParser() {
  const calls: string[] = [];
  const parse: Parse = async ({filePath, fileContent}) => {
    calls.push(filePath);
    return {frontMatter: {from: 'site'}, content: fileContent};
  };
  return {calls, parse};
}

const defaults = {defaultParseFrontMatter: (() => Promise.reject(new Error('not used'))) as never};

describe('the patterns plugin reading pages as Docusaurus hands them over', () => {
  it('gives the docs plugin the front matter as text values and the Markdown after it', async () => {
    const pages = patternPages(FIXTURE_SITE, 'docs', siteParser().parse);
    const {frontMatter, content} = await pages.parseFrontMatter({
      filePath: page('alpha-pattern.mdx'),
      fileContent: read('alpha-pattern.mdx'),
      ...defaults,
    });
    assert.equal(frontMatter.label, 'alpha-pattern');
    assert.equal(typeof frontMatter.reference_checked, 'string', 'a day stays text, never a Date');
    assert.ok(!content.startsWith('---'));
    assert.ok(content.includes('## Problem'));
  });

  it('reads each page for the catalog once per text, and again when the text changes', async () => {
    const pages = patternPages(FIXTURE_SITE, 'docs', siteParser().parse);
    const filePath = page('alpha-pattern.mdx');
    const source = read('alpha-pattern.mdx');
    await pages.parseFrontMatter({filePath, fileContent: source, ...defaults});
    const first = pages.reading(filePath);
    assert.ok(first && 'pattern' in first.result);
    assert.equal(first.file, 'docs/alpha-pattern.mdx');
    await pages.parseFrontMatter({filePath, fileContent: source, ...defaults});
    assert.equal(pages.reading(filePath), first, 'the same text is not read twice');
    await pages.parseFrontMatter({filePath, fileContent: source.replace('title: Alpha', 'title: Alef'), ...defaults});
    const second = pages.reading(filePath);
    assert.ok(second && 'pattern' in second.result);
    assert.notEqual(second, first);
  });

  it('matches what loadCatalog reads from disk, page for page', async () => {
    const pages = patternPages(FIXTURE_SITE, 'docs', siteParser().parse);
    const {patterns} = loadCatalog({siteDir: FIXTURE_SITE});
    for (const pattern of patterns) {
      const filePath = path.join(FIXTURE_SITE, pattern.file);
      await pages.parseFrontMatter({filePath, fileContent: fs.readFileSync(filePath, 'utf8'), ...defaults});
      assert.deepEqual(pages.reading(filePath)?.result, {pattern});
    }
  });

  it('loads a broken page with empty front matter and keeps its problems for the catalog', async () => {
    const pages = patternPages(FIXTURE_SITE, 'docs', siteParser().parse);
    const filePath = page('beta-pattern.mdx');
    const broken = read('beta-pattern.mdx').replace(/^title: .*$/m, 'title: [unclosed');
    const {frontMatter} = await pages.parseFrontMatter({filePath, fileContent: broken, ...defaults});
    assert.deepEqual(frontMatter, {});
    const reading = pages.reading(filePath);
    assert.ok(reading && 'problems' in reading.result);
    assert.match(reading.result.problems[0]!.where, /^docs\/beta-pattern\.mdx:\d+$/);
    assert.equal(reading.result.problems[0]!.field, 'front matter');
  });

  it("leaves files outside the pattern folder to the site's parser", async () => {
    const site = siteParser();
    const pages = patternPages(FIXTURE_SITE, 'docs', site.parse);
    const filePath = path.join(FIXTURE_SITE, 'src', 'pages', 'about.md');
    const {frontMatter} = await pages.parseFrontMatter({filePath, fileContent: '# About', ...defaults});
    assert.deepEqual(frontMatter, {from: 'site'});
    assert.deepEqual(site.calls, [filePath]);
    assert.equal(pages.reading(filePath), undefined);
  });
});

describe('the patterns plugin options', () => {
  const validate = ((_schema: unknown, options: unknown) => options) as never;

  it('passes the docs options to the docs plugin and keeps the published labels', () => {
    const validated = validateOptions({validate, options: {path: 'docs', requiredLabels: ['alpha-pattern']}});
    assert.deepEqual(validated.requiredLabels, ['alpha-pattern']);
    assert.equal(validated.path, 'docs');
  });

  it('rejects published labels that are not a list of labels', () => {
    assert.throws(
      () => validateOptions({validate, options: {path: 'docs', requiredLabels: 'alpha-pattern' as never}}),
      /`requiredLabels` must be a list of pattern labels/,
    );
  });
});

describe('the redirect pages of the short addresses', () => {
  it('writes one page per short address, leading to the pattern under the base URL', async () => {
    const catalog = loadCatalog({siteDir: FIXTURE_SITE});
    const pages = redirectsOf(catalog, {title: 'Site', titleDelimiter: '|'});
    const alpha = catalog.patterns.find((p) => p.label === 'alpha-pattern')!;
    assert.ok(pages.some((p) => p.to === alpha.path && p.title === alpha.title));
    assert.ok(pages.some((p) => p.to === '/'));
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sesam-redirects-'));
    try {
      await writeRedirects(pages, outDir, {
        baseUrl: '/base/',
        siteUrl: 'https://example.org/base/',
        siteName: 'Site',
        htmlLang: 'en',
      });
      for (const {from, to} of pages) {
        const html = fs.readFileSync(path.join(outDir, ...from.split('/').filter(Boolean), 'index.html'), 'utf8');
        const target = `/base/${to.replace(/^\//, '')}`;
        assert.ok(html.includes(`content="0; url=${target}"`), `${from} refreshes to ${target}`);
        assert.ok(html.includes(`<a href="${target}">`), `${from} links to ${target}`);
        assert.ok(html.includes(`<link rel="canonical" href="https://example.org/base/${to.replace(/^\//, '')}">`));
      }
      const [redirects, nginx] = ['_redirects', 'nginx-redirects.conf'].map((name) =>
        fs.readFileSync(path.join(outDir, name), 'utf8'),
      );
      assert.match(redirects!, /^\/base\/p\/alpha \/base\/patterns\/alpha-pattern 301$/m);
      assert.match(
        nginx!,
        /^location = \/base\/p\/alpha \{ return 301 \/base\/patterns\/alpha-pattern\$is_args\$args; \}$/m,
      );
    } finally {
      fs.rmSync(outDir, {recursive: true, force: true});
    }
  });
});
