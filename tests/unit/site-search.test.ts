import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {loadCatalog} from '../../src/catalog/load';
import {toIndexData} from '../../src/plugins/patterns/derive';
import {
  excerptOf,
  fromWorkerResult,
  mergeResults,
  nameIndexOf,
  nameMatches,
  type SearchEntry,
  type TextHit,
} from '../../src/search/client/results';
import {entryTarget} from '../../src/search/client/entry';

const catalog = loadCatalog({siteDir: path.resolve(__dirname, '..', '..')});
// The same data the index page filters, as the navbar loads it.
const index = nameIndexOf(toIndexData(catalog).sections);

const hit = (path: string, section?: string, text?: string): TextHit => ({
  path,
  pageTitle: path.slice(10),
  section,
  hash: section ? `#${section.toLowerCase()}` : '',
  text,
  tokens: ['rescan'],
});

describe('the site search: names', () => {
  it('lists each pattern once, though it is in two categories', () => {
    const labels = nameMatches(index, 'pattern').map((e) => e.path);
    assert.equal(new Set(labels).size, labels.length);
  });

  it('matches like the filter: typos, word forms, other names, and says which other name matched', () => {
    assert.equal(nameMatches(index, 'paginaton')[0]?.path, '/patterns/pagination-pattern');
    assert.ok(nameMatches(index, 'deletion').some((e) => e.path === '/patterns/delete-pattern'));
    const [dedup] = nameMatches(index, 'dedup');
    assert.deepEqual([dedup?.path, dedup?.alias], ['/patterns/duplicate-hops-block-pattern', 'dedup']);
    assert.equal(nameMatches(index, 'optimistic locking')[0]?.alias, undefined, 'the title says it');
  });

  it("lists only patterns that match every word, unlike the filter's fallback", () => {
    assert.deepEqual(nameMatches(index, 'pagination zqxv'), []);
    assert.deepEqual(nameMatches(index, ''), []);
    assert.deepEqual(nameMatches(index, 'a'), [], 'one letter waits for the next');
  });
});

describe('the site search: merging names and text hits', () => {
  const name: SearchEntry = {path: '/patterns/a-pattern', hash: '', title: 'A pattern', via: 'name'};

  it('puts names first and lists each pattern once, at its best text hit', () => {
    const merged = mergeResults(
      [name],
      [
        hit('/patterns/a-pattern', 'Problem'),
        hit('/patterns/b-pattern', 'Solution', 'a rescan'),
        hit('/patterns/b-pattern', 'Example'),
      ],
      10,
    );
    assert.deepEqual(
      merged.map((e) => [e.path, e.section, e.via]),
      [
        ['/patterns/a-pattern', undefined, 'name'],
        ['/patterns/b-pattern', 'Solution', 'text'],
      ],
    );
    assert.equal(merged[1]!.hash, '#solution');
    assert.equal(entryTarget(merged[1]!), '/patterns/b-pattern#solution', 'a text hit opens at its section');
    assert.equal(merged[1]!.excerpt, 'a rescan');
  });

  it('stops at the limit', () => {
    const many = Array.from({length: 20}, (_, i) => hit(`/patterns/p${i}-pattern`));
    assert.equal(mergeResults([name], many, 8).length, 8);
  });

  it('cuts an excerpt around the first matched word, on word boundaries', () => {
    const text = `${'word '.repeat(40)}then a rescan happens ${'more '.repeat(40)}`;
    const excerpt = excerptOf(text, ['rescan']);
    assert.match(excerpt, /^… (word )+then a rescan happens( more)+ …$/);
    assert.ok(excerpt.length <= 120, `${excerpt.length} characters`);
    assert.equal(excerptOf('short text', ['absent']), 'short text');
  });

  it("reads the offline index's results under a base path: titles, sections and text", () => {
    const base = '/sesam/';
    const title = {document: {t: 'Delete pattern', u: '/sesam/patterns/delete-pattern'}, type: 0, tokens: ['delet']};
    assert.deepEqual(fromWorkerResult(title, base), {
      path: '/patterns/delete-pattern',
      pageTitle: 'Delete pattern',
      section: undefined,
      hash: '',
      text: undefined,
      tokens: ['delet'],
    });
    const page = {t: 'Delete pattern'};
    const heading = {
      document: {t: 'Pitfalls and trade-offs', u: '/sesam/patterns/delete-pattern', h: '#pitfalls'},
      type: 1,
      page,
      tokens: [],
    };
    assert.equal(fromWorkerResult(heading, base).section, 'Pitfalls and trade-offs');
    const text = {
      document: {t: 'A delete is…', s: 'Problem', u: '/sesam/patterns/delete-pattern', h: '#problem'},
      type: 4,
      page,
      tokens: [],
    };
    assert.deepEqual(
      [fromWorkerResult(text, base).section, fromWorkerResult(text, base).text],
      ['Problem', 'A delete is…'],
    );
    // Text in the lead sits under the page's own title: no section to name.
    const lead = {
      document: {t: 'A delete', s: 'Delete pattern', u: '/sesam/patterns/delete-pattern', h: ''},
      type: 4,
      page,
      tokens: [],
    };
    assert.equal(fromWorkerResult(lead, base).section, undefined);
  });
});
