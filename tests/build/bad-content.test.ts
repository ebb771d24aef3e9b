import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {rewrite} from '../support/fixtures';

const ROOT = path.resolve(__dirname, '..', '..');
const SITE_FILES = ['docusaurus.config.ts', 'sidebars.ts', 'tsconfig.json', 'package.json', 'docs', 'src', 'static'];

/** Run the real `docusaurus build` on a copy of this site with one change to its pages. */
function buildCopy(edit: (docsDir: string) => void): {status: number | null; output: string} {
  const siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sesam-patterns-site-'));
  for (const name of SITE_FILES) fs.cpSync(path.join(ROOT, name), path.join(siteDir, name), {recursive: true});
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(siteDir, 'node_modules'));
  edit(path.join(siteDir, 'docs'));
  const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'build', siteDir], {
    encoding: 'utf8',
    env: {...process.env, FORCE_COLOR: '0'},
  });
  fs.rmSync(siteDir, {recursive: true, force: true});
  return {status: result.status, output: `${result.stdout}\n${result.stderr}`};
}

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
