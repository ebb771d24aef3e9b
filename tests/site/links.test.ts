import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {parse} from 'node-html-parser';
import {checkLinks, describeBroken, type LinkReport} from '../support/links';
import {BUILD_DIR, builtHtmlFiles, serveBuild, servedPath, type StaticServer} from '../../scripts/harness/server';

// Every internal link and every #anchor of the served build must resolve. The Docusaurus
// build checks the links it renders (onBrokenLinks, onBrokenAnchors); this also covers what it
// does not see: the redirect pages, the 404 page, stylesheets, preview images, the sitemap.

const FIXTURE = path.resolve(__dirname, '..', 'fixtures', 'links');

async function checkServed(dir: string, check: (url: string) => Promise<LinkReport>): Promise<LinkReport> {
  const server = await serveBuild(dir);
  try {
    return await check(server.url);
  } finally {
    await server.close();
  }
}

describe('the link checker', () => {
  it('finds a missing page, a missing anchor and a missing file in a small site', async () => {
    const report = await checkServed(FIXTURE, (origin) => checkLinks(origin, {start: ['/']}));
    assert.deepEqual(report.pages, ['/', '/good', '/p/good'], 'it follows links from the start page');
    assert.deepEqual(
      report.broken.sort((a, b) => a.page.localeCompare(b.page)),
      [
        {page: '/', href: '/gone', reason: 'HTTP 404'},
        {page: '/good', href: '/#absent', reason: 'no id="absent" on /'},
        {page: '/style.css', href: '/missing.png', reason: 'HTTP 404'},
      ],
    );
    assert.equal(report.external, 1, 'the link to another site is counted, not followed');
    // /good#present, #start, #present, /p/good#present and /#absent; /#top needs no anchor.
    assert.equal(report.fragments, 5);
  });
});

describe('links and anchors of the build', () => {
  let server: StaticServer;
  let report: LinkReport;
  const pages = builtHtmlFiles().map(servedPath);
  // The production address in canonical links, link previews and the sitemap means this site.
  const siteUrl = parse(fs.readFileSync(path.join(BUILD_DIR, 'index.html'), 'utf8'))
    .querySelector('link[rel="canonical"]')!
    .getAttribute('href')!;

  before(async () => {
    server = await serveBuild();
    report = await checkLinks(server.url, {start: [...pages, '/sitemap.xml'], aliases: [siteUrl]});
  });
  after(() => server.close());

  it('reads every page of the build', () => {
    assert.ok(pages.length > 40, `${pages.length} HTML files`);
    assert.deepEqual(report.pages, [...pages].sort());
  });

  it('checks links to files and anchors, not only pages', () => {
    assert.ok(report.urls > report.pages.length, `${report.urls} URLs`);
    // Tables of contents, heading anchors, cross-links to sections: hundreds of fragments.
    assert.ok(report.fragments > 100, `${report.fragments} fragments`);
  });

  it('has no broken internal link or anchor', () => {
    assert.equal(report.broken.length, 0, `Broken links:\n${describeBroken(report.broken)}`);
  });
});
