import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type {Browser} from 'playwright-core';
import {launchBrowser} from '../../scripts/harness/browser';
import {BUILD_DIR, builtHtmlFiles, serveBuild, type StaticServer} from '../../scripts/harness/server';
import {describeUnfurls} from '../support/unfurl';

// The site's address as the build wrote it into its absolute URLs (SITE_URL, base path `/`).
const [first] = JSON.parse(fs.readFileSync(path.join(BUILD_DIR, 'patterns.json'), 'utf8')) as {url: string}[];
const siteUrl = new URL('/', first!.url).href;

describeUnfurls({dir: BUILD_DIR, basePath: '/', siteUrl});

describe('the 301s of _redirects in a browser', () => {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  before(async () => {
    [server, browser] = await Promise.all([serveBuild(BUILD_DIR, {redirects: true}), launchBrowser()]);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('cover every redirect page the build writes', () => {
    const rules = fs.readFileSync(path.join(BUILD_DIR, '_redirects'), 'utf8').match(/^\/\S* \/\S* 301!?$/gm) ?? [];
    const pages = builtHtmlFiles().filter((file) =>
      fs.readFileSync(path.join(BUILD_DIR, file), 'utf8').includes('<meta http-equiv="refresh"'),
    );
    assert.deepEqual(
      rules.map((rule) => rule.split(' ')[0]).sort(),
      pages.map((file) => `/${file.replace(/\/index\.html$/, '')}`).sort(),
    );
    const nginx = fs.readFileSync(path.join(BUILD_DIR, 'nginx-redirects.conf'), 'utf8');
    assert.equal(nginx.match(/^location = \S+ \{ return 301 \S+\$is_args\$args; \}$/gm)?.length, pages.length);
  });

  it('keep the #section: the browser carries the fragment across the 301', async () => {
    const context = await browser!.newContext();
    const page = await context.newPage();
    const redirects: number[] = [];
    page.on('response', (response) => {
      if (response.status() === 301) redirects.push(response.status());
    });
    await page.goto(`${server!.url}/p/pagination#pitfalls-and-trade-offs`);
    assert.equal(page.url(), `${server!.url}/patterns/pagination-pattern#pitfalls-and-trade-offs`);
    assert.deepEqual(redirects, [301], 'one HTTP redirect, no static page on the way');
    await context.close();
  });
});
