import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {parse} from 'node-html-parser';
import {
  nginxRedirects,
  redirectHtml,
  redirectsFile,
  redirectsOf,
  type RedirectPage,
} from '../../src/plugins/patterns/redirects';
import {parseRedirectsFile} from '../../scripts/harness/server';
import {loadCatalog} from '../../src/catalog/load';
import {INDEX_PAGE} from '../../src/catalog/client/types';
import {FIXTURE_SITE} from '../support/fixtures';

const catalog = loadCatalog({siteDir: FIXTURE_SITE});
const pages = redirectsOf(catalog, {title: 'Sesam Patterns', titleDelimiter: '|'});
const alpha = catalog.patterns.find((p) => p.label === 'alpha-pattern')!;
const published = {
  baseUrl: '/base/',
  siteUrl: 'https://example.org/base/',
  siteName: 'Sesam Patterns',
  htmlLang: 'nb-NO',
};

/** The preview tags of a page as `key=content` lines, sorted: title, description, og:*, twitter:*, canonical. */
function previewTags(html: string): string[] {
  const head = parse(html).querySelector('head')!;
  return [
    `title=${head.querySelector('title')!.text}`,
    `canonical=${head.querySelector('link[rel="canonical"]')!.getAttribute('href')}`,
    ...head
      .querySelectorAll('meta')
      .map((tag) => [tag.getAttribute('property') ?? tag.getAttribute('name'), tag.getAttribute('content')])
      .filter(([key]) => key && /^(description|robots|og:.*|twitter:.*)$/.test(key))
      .map(([key, content]) => `${key}=${content}`),
  ].sort();
}

describe('the previews of the redirect pages', () => {
  it("carries a pattern's title, summary, card and canonical URL, with noindex", () => {
    const page = pages.find((p) => p.from === '/p/alpha')!;
    const url = 'https://example.org/base/patterns/alpha-pattern';
    const image = 'https://example.org/base/img/social/alpha-pattern.png';
    assert.deepEqual(
      previewTags(redirectHtml(page, published)),
      [
        `title=${alpha.title} | Sesam Patterns`,
        `canonical=${url}`,
        `description=${alpha.summary}`,
        'robots=noindex',
        `og:title=${alpha.title} | Sesam Patterns`,
        `og:description=${alpha.summary}`,
        `og:url=${url}`,
        `og:image=${image}`,
        'og:image:width=1200',
        'og:image:height=630',
        'og:type=article',
        'og:site_name=Sesam Patterns',
        'og:locale=nb_NO',
        'twitter:card=summary_large_image',
        `twitter:image=${image}`,
        `twitter:description=${alpha.summary}`,
      ].sort(),
    );
  });

  it("gives /patterns the index's title, description and the site card, without the article tags", () => {
    const tags = previewTags(
      redirectHtml(
        pages.find((p) => p.from === '/patterns')!,
        published,
      ),
    );
    assert.ok(tags.includes(`og:title=${INDEX_PAGE.title} | Sesam Patterns`), tags.join('\n'));
    assert.ok(tags.includes(`description=${INDEX_PAGE.description}`));
    assert.ok(tags.includes('og:image=https://example.org/base/img/social/site.png'));
    assert.ok(tags.includes('canonical=https://example.org/base/'));
    assert.ok(!tags.some((tag) => /^(og:type|og:image:width|twitter:description)=/.test(tag)), tags.join('\n'));
  });

  it('escapes quotes and angle brackets in what it copies', () => {
    const page: RedirectPage = {
      from: '/x',
      to: '/patterns/x-pattern',
      title: 'A "quoted" <title>',
      preview: {title: 'A "quoted" <title> | S', description: 'Tom & "Jerry" <b>', image: '/img/x.png', article: true},
    };
    const html = redirectHtml(page, published);
    assert.ok(html.includes('content="Tom &amp; &quot;Jerry&quot; &lt;b>"'), html);
    assert.ok(previewTags(html).includes('description=Tom & "Jerry" <b>'));
  });
});

describe('the 301 rules for hosts that send them', () => {
  const few = pages.filter((p) => ['/patterns', '/p/alpha', '/alpha-pattern'].includes(p.from));

  it('writes _redirects: from each short address to its page, under the base path', () => {
    assert.equal(
      redirectsFile(few, '/base/'),
      [
        '# Short addresses, written by the patterns plugin (src/plugins/patterns/redirects.ts).',
        '/base/patterns /base/ 301',
        '/base/p/alpha /base/patterns/alpha-pattern 301',
        '/base/alpha-pattern /base/patterns/alpha-pattern 301',
        '',
      ].join('\n'),
    );
  });

  it('forces the rules for Netlify, which would otherwise serve the static page that exists there', () => {
    assert.match(redirectsFile(few, '/'), /^\/p\/alpha \/patterns\/alpha-pattern 301$/m);
    assert.match(redirectsFile(few, '/', {force: true}), /^\/p\/alpha \/patterns\/alpha-pattern 301!$/m);
  });

  it('writes the same rules as exact nginx locations that keep the query string', () => {
    assert.equal(
      nginxRedirects(few, '/base/'),
      [
        '# Short addresses, written by the patterns plugin (src/plugins/patterns/redirects.ts).',
        'location = /base/patterns { return 301 /base/$is_args$args; }',
        'location = /base/p/alpha { return 301 /base/patterns/alpha-pattern$is_args$args; }',
        'location = /base/alpha-pattern { return 301 /base/patterns/alpha-pattern$is_args$args; }',
        '',
      ].join('\n'),
    );
  });

  it('has one rule per redirect page, and the test server reads them all back', () => {
    const rules = parseRedirectsFile(redirectsFile(pages, '/', {force: true}));
    assert.equal(rules.size, pages.length);
    assert.deepEqual(rules.get('/p/alpha'), {to: '/patterns/alpha-pattern', status: 301});
  });

  it('makes the test server refuse a rule it would not apply as written', () => {
    assert.throws(() => parseRedirectsFile('/a /b 301\n/news/* /blog/:splat 301\n'), /^Error: _redirects:2: expected/);
    assert.throws(() => parseRedirectsFile('/a /b\n'), /_redirects:1: expected "<from path> <to path> <3xx status>"/);
  });
});
