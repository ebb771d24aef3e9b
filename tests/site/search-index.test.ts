import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {BUILD_DIR} from '../../scripts/harness/server';

/** The offline search index the navbar search fetches: every indexed text, page by page. */
function indexedTexts(): string[] {
  const file = fs.readdirSync(BUILD_DIR).find((name) => /^search-index.*\.json$/.test(name));
  assert.ok(file, 'the build has an offline search index');
  const parts = JSON.parse(fs.readFileSync(path.join(BUILD_DIR, file), 'utf8')) as {documents: {t?: string}[]}[];
  return parts.flatMap((part) => part.documents.map((doc) => doc.t ?? ''));
}

describe('the offline search index', () => {
  const texts = indexedTexts();

  it('holds the prose: a phrase from a Problem section is found', () => {
    assert.ok(texts.some((t) => /incrementally through its since filter/.test(t)));
  });

  it('leaves out what is not content: example code, copy buttons, diagram labels, generated lists', () => {
    for (const [what, pattern] of [
      ['example configuration', /"_id":\s*"superoffice"/],
      ['copy buttons', /Copy link|Copy as Markdown/],
      ['diagram badge and description', /KEY STEP|Data flows from/],
    ] as const) {
      const found = texts.filter((t) => pattern.test(t));
      assert.equal(found.length, 0, `${what} indexed: ${found[0]?.slice(0, 120)}`);
    }
  });
});
