import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {buildCopy} from '../../scripts/harness/build-copy';

describe('docusaurus build with Algolia configured', () => {
  it('puts DocSearch in the navbar instead of the offline index', () => {
    let page = '';
    let files: string[] = [];
    const {status, output} = buildCopy(
      () => {},
      {ALGOLIA_APP_ID: 'TESTAPP', ALGOLIA_SEARCH_API_KEY: 'search-only-key', ALGOLIA_INDEX_NAME: 'sesam-patterns'},
      (buildDir) => {
        page = fs.readFileSync(path.join(buildDir, 'patterns', 'insert-pattern.html'), 'utf8');
        files = fs.readdirSync(buildDir);
      },
    );
    assert.equal(status, 0, output);
    assert.match(page, /DocSearch-Button/);
    assert.doesNotMatch(page, /navbar__search-input/);
    assert.ok(!files.some((file) => file.startsWith('search-index')), 'no offline index is built');
  });

  it('fails the build when only some of the variables are set', () => {
    const {status, output} = buildCopy(() => {}, {ALGOLIA_APP_ID: 'TESTAPP'});
    assert.notEqual(status, 0);
    assert.match(output, /Algolia search is half configured: ALGOLIA_SEARCH_API_KEY and ALGOLIA_INDEX_NAME are not set\./);
  });
});
