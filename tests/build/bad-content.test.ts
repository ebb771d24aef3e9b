import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {buildCopy} from '../support/build-copy';
import {rewrite} from '../support/fixtures';

describe('docusaurus build on bad content', () => {
  it('fails on an unknown cross-link with one line naming the file, line and nearest label', () => {
    const {status, output} = buildCopy((docs) =>
      rewrite(docs, 'continuation-pattern.mdx', ':pattern[pagination-pattern]', ':pattern[paginaton-pattern]'),
    );
    assert.notEqual(status, 0);
    assert.match(
      output,
      /^.*docs\/continuation-pattern\.mdx:\d+: body: :pattern\[paginaton-pattern\] links to an unknown pattern\. Fix: did you mean "pagination-pattern"\?.*$/m,
    );
    assert.doesNotMatch(output, /at loadCatalog/, 'no stack trace into the loader');
  });

  it('fails when a published pattern loses its page', () => {
    const {status, output} = buildCopy((docs) => fs.rmSync(path.join(docs, 'register-webhook-pattern.mdx')));
    assert.notEqual(status, 0);
    assert.match(output, /docs\/: label: the published pattern "register-webhook-pattern" has no page/);
  });
});
