import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {gitLastUpdates} from '../../src/config/last-update';

function git(cwd: string, args: string[], date?: string): string {
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'Ada',
    GIT_AUTHOR_EMAIL: 'ada@example.com',
    GIT_COMMITTER_NAME: 'Ada',
    GIT_COMMITTER_EMAIL: 'ada@example.com',
  };
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: date ? {...env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date} : env,
  });
}

/** A repository with docs/a.mdx changed twice and docs/b.mdx once, on known days. */
function repository(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sesam-patterns-git-'));
  git(dir, ['init', '-q', '-b', 'main']);
  fs.mkdirSync(path.join(dir, 'docs'));
  fs.writeFileSync(path.join(dir, 'docs', 'a.mdx'), 'one');
  fs.writeFileSync(path.join(dir, 'docs', 'b.mdx'), 'one');
  git(dir, ['add', '.']);
  git(dir, ['commit', '-q', '-m', 'first'], '2026-11-25T10:00:00Z');
  fs.writeFileSync(path.join(dir, 'docs', 'a.mdx'), 'two');
  git(dir, ['commit', '-q', '-am', 'second'], '2026-12-04T09:30:00Z');
  return dir;
}

describe('the "Last updated" dates (future.experimental_vcs)', () => {
  it("gives each page its last commit's time, and no date to a page not committed yet", async () => {
    const dir = repository();
    fs.writeFileSync(path.join(dir, 'docs', 'new.mdx'), 'draft');
    const {vcs, missing} = gitLastUpdates(path.join(dir, 'docs'));
    assert.equal(missing, undefined);
    assert.deepEqual(await vcs.getFileLastUpdateInfo(path.join(dir, 'docs', 'a.mdx')), {
      timestamp: Date.parse('2026-12-04T09:30:00Z'),
      author: 'Ada',
    });
    assert.equal(
      (await vcs.getFileLastUpdateInfo(path.join(dir, 'docs', 'b.mdx')))?.timestamp,
      Date.parse('2026-11-25T10:00:00Z'),
    );
    assert.equal(await vcs.getFileLastUpdateInfo(path.join(dir, 'docs', 'new.mdx')), null);
  });

  it('has no dates, and says why, in a shallow clone (whose one commit would date every page)', async () => {
    const clone = fs.mkdtempSync(path.join(os.tmpdir(), 'sesam-patterns-shallow-'));
    git(clone, ['clone', '-q', '--depth', '1', `file://${repository()}`, 'site']);
    const {vcs, missing} = gitLastUpdates(path.join(clone, 'site', 'docs'));
    assert.match(missing!, /shallow.*fetch-depth: 0/);
    assert.equal(await vcs.getFileLastUpdateInfo(path.join(clone, 'site', 'docs', 'b.mdx')), null);
  });

  it('has no dates, and says why, in a folder without git', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sesam-patterns-nogit-'));
    fs.writeFileSync(path.join(dir, 'a.mdx'), 'one');
    const {vcs, missing} = gitLastUpdates(dir);
    assert.equal(missing, 'the site is not in a git repository');
    assert.equal(await vcs.getFileLastUpdateInfo(path.join(dir, 'a.mdx')), null);
    assert.equal(await vcs.getFileCreationInfo(path.join(dir, 'a.mdx')), null);
  });

  it("passes Docusaurus' check of a VCS: every hook takes the file", () => {
    const {vcs} = gitLastUpdates(os.tmpdir());
    assert.deepEqual([vcs.getFileCreationInfo.length, vcs.getFileLastUpdateInfo.length], [1, 1]);
  });
});
