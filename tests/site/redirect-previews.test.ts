import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {parse} from 'node-html-parser';
import {BUILD_DIR, builtHtmlFiles} from '../../scripts/harness/server';

/** A built page's preview: title, canonical URL, description and every og:* and twitter:* tag, sorted. */
function preview(file: string): string[] {
  const head = parse(fs.readFileSync(path.join(BUILD_DIR, file), 'utf8')).querySelector('head')!;
  return [
    `title=${head.querySelector('title')!.text}`,
    `canonical=${head.querySelector('link[rel="canonical"]')?.getAttribute('href')}`,
    ...head
      .querySelectorAll('meta')
      .map((tag) => [tag.getAttribute('property') ?? tag.getAttribute('name') ?? '', tag.getAttribute('content')])
      .filter(([key]) => /^(description|og:.*|twitter:.*)$/.test(key!))
      .map(([key, content]) => `${key}=${content}`),
  ].sort();
}

const redirectPages = builtHtmlFiles()
  .filter((file) => fs.readFileSync(path.join(BUILD_DIR, file), 'utf8').includes('<meta http-equiv="refresh"'))
  .map((file) => {
    const target = /<meta http-equiv="refresh" content="0; url=\/([^"]*)">/.exec(
      fs.readFileSync(path.join(BUILD_DIR, file), 'utf8'),
    )![1]!;
    return {file, target: target === '' ? 'index.html' : `${target}.html`};
  });

describe('the previews of the static redirect pages', () => {
  it('exist for /patterns and both short addresses of every pattern', () => {
    const patterns = JSON.parse(fs.readFileSync(path.join(BUILD_DIR, 'patterns.json'), 'utf8')) as unknown[];
    assert.equal(redirectPages.length, 1 + 2 * patterns.length);
  });

  for (const {file, target} of redirectPages) {
    it(`${file}: the same title, description, canonical, og:* and twitter:* tags as ${target}, and noindex`, () => {
      assert.deepEqual(preview(file), preview(target));
      const html = fs.readFileSync(path.join(BUILD_DIR, file), 'utf8');
      assert.ok(html.includes('<meta name="robots" content="noindex">'), `${file} is noindex`);
    });
  }
});
