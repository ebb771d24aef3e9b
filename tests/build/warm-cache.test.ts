import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {copySite, docusaurusBuild} from '../../scripts/harness/build-copy';
import {rewrite} from '../support/fixtures';

describe('a rebuild with the build cache warm', () => {
  it("shows a renamed pattern's new title in the links of pages that did not change", () => {
    const siteDir = copySite('sesam-patterns-warm-');
    try {
      const build = () => {
        const result = docusaurusBuild([siteDir]);
        assert.equal(result.status, 0, result.stderr);
        return fs.readFileSync(path.join(siteDir, 'build', 'patterns', 'continuation-pattern.html'), 'utf8');
      };
      const linkText = (html: string) => /data-pattern-link=pagination-pattern[^>]*>([^<]*)</.exec(html)?.[1];
      assert.equal(linkText(build()), 'Pagination pattern');
      rewrite(path.join(siteDir, 'docs'), 'pagination-pattern.mdx', 'title: Pagination pattern', 'title: Paging pattern');
      // continuation-pattern.mdx is unchanged: only its dependency on the link table rebuilds it.
      assert.equal(linkText(build()), 'Paging pattern');
    } finally {
      fs.rmSync(siteDir, {recursive: true, force: true});
    }
  });
});
