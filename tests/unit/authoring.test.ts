import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {answersFrom, newPatternPage} from '../../src/catalog/new-pattern';
import {loadCatalog} from '../../src/catalog/load';
import {CatalogError} from '../../src/catalog/errors';
import {unfinishedProblems} from '../../src/catalog/unfinished';
import {editUrlOf} from '../../src/config/edit-url';
import {fixtureSite} from '../support/fixtures';

const ANSWERS = {
  label: 'retry-pattern',
  title: 'Retry pattern',
  categories: 'collect, share',
  summary: 'Retry a failed request a few times before the pipe gives up on the entity.',
};

/** The one line of a CatalogError thrown by `run`. */
async function oneLine(run: () => unknown): Promise<string> {
  try {
    await run();
  } catch (error) {
    assert.ok(error instanceof CatalogError, String(error));
    assert.equal(error.message.split('\n').length, 1, error.message);
    return error.message;
  }
  assert.fail('expected a one-line error');
}

describe('npm run new-pattern', () => {
  it('writes a page that loads into the catalog, after the last of its category, and that the content checks call unfinished', () => {
    const siteDir = fixtureSite();
    const docs = path.join(siteDir, 'docs');
    const {file, source} = newPatternPage(docs, ANSWERS, '2026-12-05');
    assert.equal(file, path.join(docs, 'retry-pattern.mdx'));
    fs.writeFileSync(file, source);
    const page = loadCatalog({siteDir}).patterns.find((p) => p.label === 'retry-pattern')!;
    // alpha-pattern (collect, order 20) is the last collect fixture.
    assert.deepEqual(
      {order: page.order, categories: page.categories, related: page.related[0]!.label, changes: page.changes},
      {
        order: 30,
        categories: ['collect', 'share'],
        related: 'alpha-pattern',
        changes: [{date: '2026-12-05', what: 'First published in the catalog.'}],
      },
    );
    assert.equal(page.referenceChecked, '2026-12-05');
    assert.match(source, /^```dataflow title=/m);
    assert.match(source, /^## Problem$[\s\S]*^## Solution$[\s\S]*^## Example$[\s\S]*^## Pitfalls and trade-offs$/m);
    const problems = unfinishedProblems('docs/retry-pattern.mdx', source);
    assert.ok(problems.length >= 10, `${problems.length} TODOs`);
    assert.deepEqual(problems[0], {
      where: 'docs/retry-pattern.mdx:10',
      field: 'front matter',
      problem: 'the page is unfinished: "why: "TODO: name the pattern to read next and say why in one sentence."".',
      fix: 'do what the TODO asks and delete the TODO (CONTRIBUTING.md lists what a finished page has).',
    });
    assert.ok(problems.some((p) => p.field === 'body'));
  });

  it('refuses a label that already has a page, or is malformed, in one line', async () => {
    const docs = path.join(fixtureSite(), 'docs');
    assert.equal(
      await oneLine(() => newPatternPage(docs, {...ANSWERS, label: 'alpha-pattern'}, '2026-12-05')),
      'new-pattern: label: "alpha-pattern" already has a page, docs/alpha-pattern.mdx. Fix: choose another label, or edit the existing page.',
    );
    assert.equal(
      await oneLine(() => newPatternPage(docs, {...ANSWERS, label: 'Retry'}, '2026-12-05')),
      'new-pattern: label: "Retry" is not a pattern label. Fix: use lowercase words joined by hyphens ending in "-pattern", e.g. `npm run new-pattern -- retry-pattern`.',
    );
  });

  it('refuses an invalid field with the front matter fix, naming the flag', async () => {
    const docs = path.join(fixtureSite(), 'docs');
    assert.equal(
      await oneLine(() => newPatternPage(docs, {...ANSWERS, categories: 'collekt'}, '2026-12-05')),
      'new-pattern: --categories[0]: is invalid (Invalid option: expected one of "collect"|"transform"|"share"). Fix: pass one or more of collect, transform, share, e.g. --categories collect,share.',
    );
    assert.match(
      await oneLine(() => newPatternPage(docs, {...ANSWERS, summary: 'Too short.'}, '2026-12-05')),
      /^new-pattern: --summary: is invalid \(.*\)\. Fix: set `summary` to one sentence of 40-220 characters/,
    );
  });

  it('takes the flags, and without a terminal fails naming the first missing one', async () => {
    assert.deepEqual(
      await answersFrom([
        'retry-pattern',
        '--title',
        ANSWERS.title,
        `--categories=${ANSWERS.categories}`,
        '--summary',
        ANSWERS.summary,
      ]),
      ANSWERS,
    );
    assert.equal(
      await oneLine(() => answersFrom(['retry-pattern', '--title', 'Retry pattern'])),
      'new-pattern: --categories: is missing. Fix: pass --categories "…" (the command asks only when it runs in a terminal).',
    );
    assert.match(await oneLine(() => answersFrom(['--title', 'x'])), /^new-pattern: label: is missing\./);
    assert.match(
      await oneLine(() => answersFrom(['retry-pattern', '--titel', 'x'])),
      /^new-pattern: --titel: is not an option\./,
    );
  });

  it('asks for the missing fields only, in a terminal', async () => {
    const asked: string[] = [];
    const answers = await answersFrom(['retry-pattern', '--title', ANSWERS.title], async (question) => {
      asked.push(question);
      return question.startsWith('Categories') ? ' collect, share ' : ANSWERS.summary;
    });
    assert.deepEqual(answers, ANSWERS);
    assert.equal(asked.length, 2);
  });
});

describe('the unfinished-page check', () => {
  it('finds nothing on a page without TODO, and names the line of each one', () => {
    assert.deepEqual(unfinishedProblems('docs/x.mdx', '---\nlabel: x\n---\n\nDone.\n'), []);
    assert.deepEqual(
      unfinishedProblems('docs/x.mdx', '---\nlabel: x\n---\n\n- [ ] TODO: write it\n').map((p) => [
        p.where,
        p.field,
        p.problem,
      ]),
      [['docs/x.mdx:5', 'body', 'the page is unfinished: "TODO: write it".']],
    );
  });
});

describe('EDIT_URL', () => {
  it('is the edit link base when set, ending in a slash, and absent when unset or empty', () => {
    assert.equal(editUrlOf({EDIT_URL: 'https://github.com/o/r/edit/main'}), 'https://github.com/o/r/edit/main/');
    assert.equal(editUrlOf({EDIT_URL: 'https://github.com/o/r/edit/main/'}), 'https://github.com/o/r/edit/main/');
    assert.equal(editUrlOf({}), undefined);
    assert.equal(editUrlOf({EDIT_URL: ' '}), undefined);
  });

  it('refuses what is not an http(s) address, in one line', () => {
    assert.throws(() => editUrlOf({EDIT_URL: 'github.com/o/r'}), {
      message:
        'EDIT_URL: "github.com/o/r" is not an http(s) address. Fix: set it to the repository\'s edit address ending in the branch, e.g. https://github.com/owner/repo/edit/main/, or leave it unset.',
    });
  });
});
