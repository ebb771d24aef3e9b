import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {copySite, docusaurusBuild} from '../../scripts/harness/build-copy';

describe('a build of the site', () => {
  it('reads each pattern page once, through the docs plugin, and never from the site code', () => {
    const siteDir = copySite('sesam-patterns-reads-');
    const docsDir = path.join(siteDir, 'docs');
    const log = path.join(siteDir, 'reads.log');
    try {
      const result = docusaurusBuild([siteDir], {
        NODE_OPTIONS: `--require ${path.join(__dirname, '..', 'support', 'record-reads.cjs')}`,
        RECORD_READS_DIR: docsDir,
        RECORD_READS_LOG: log,
      });
      assert.equal(result.status, 0, result.stderr);
      const reads = fs.readFileSync(log, 'utf8').trim().split('\n');
      const count = (reader: string, page: string) => reads.filter((line) => line === `${reader} ${page}`).length;
      const pages = fs.readdirSync(docsDir).filter((name) => name.endsWith('.mdx'));
      assert.ok(pages.length >= 38, `found ${pages.length} pages`);
      for (const page of pages) {
        assert.equal(count('docs-plugin', page), 1, `${page}: read once by the docs plugin`);
        assert.equal(count('site', page), 0, `${page}: never read by the site's own code`);
      }
    } finally {
      fs.rmSync(siteDir, {recursive: true, force: true});
    }
  });
});
