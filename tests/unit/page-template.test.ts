import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import * as eta from 'eta';
import {PAGE_TEMPLATE, START_SCRIPTS} from '../../src/config/page-template';

// Rendered as Docusaurus renders its SSG template (ssg/ssgTemplate.js in @docusaurus/core).
const render = (data: Record<string, unknown>) =>
  eta.compile(PAGE_TEMPLATE.trim(), {rmWhitespace: true})(data, eta.defaultConfig) as string;

describe('the page template', () => {
  const html = render({
    appHtml: '<main>page</main>',
    baseUrl: '/sesam-patterns/',
    htmlAttributes: 'lang="en"',
    bodyAttributes: '',
    headTags: '<link rel="icon" href="/img/logo.svg">',
    preBodyTags: '',
    postBodyTags: '',
    metaAttributes: ['<title>T</title>'],
    scripts: ['assets/js/runtime~main.1.js', 'assets/js/main.2.js', 'assets/js/17896441.3.js'],
    stylesheets: ['assets/css/styles.4.css'],
    noIndex: false,
    version: '3.10.2',
  });

  it('preloads the page scripts in order, at low priority, and runs none of them from the HTML', () => {
    const preloads = [
      ...html.matchAll(/<link rel="preload" as="script" fetchpriority="low" href="([^"]+)" data-start>/g),
    ];
    assert.deepEqual(
      preloads.map((match) => match[1]),
      [
        '/sesam-patterns/assets/js/runtime~main.1.js',
        '/sesam-patterns/assets/js/main.2.js',
        '/sesam-patterns/assets/js/17896441.3.js',
      ],
    );
    assert.doesNotMatch(html, /<script[^>]*\ssrc=/);
    assert.match(html, /<link rel="stylesheet" href="\/sesam-patterns\/assets\/css\/styles\.4\.css" \/>/);
  });

  it('keeps the page and ends the body with the one script that starts the others', () => {
    assert.match(html, /<html lang="en"><head><meta charset="UTF-8">/);
    assert.match(html, /<title>T<\/title><link rel="icon" href="\/img\/logo\.svg">/);
    assert.ok(html.includes(`<div id="__docusaurus"><main>page</main></div><script>${START_SCRIPTS}</script></body>`));
  });

  it('starts the scripts with code a browser can parse, the same on every page', () => {
    assert.doesNotThrow(() => new Function(START_SCRIPTS));
    assert.doesNotMatch(START_SCRIPTS, /\n/);
  });
});
