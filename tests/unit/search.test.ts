import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {loadCatalog} from '../../src/catalog/load';
import {closestTitles, createSearchIndex, normalize, search, wordMatch} from '../../src/catalog/client/search';
import {readFilter, writeFilter} from '../../src/hooks/filterQuery';

const catalog = loadCatalog({siteDir: path.resolve(__dirname, '..', '..')});
const index = createSearchIndex(catalog.patterns);
const first = (query: string) => search(index, query)[0]?.item.label;

describe('pattern search', () => {
  for (const [query, expected] of [
    ['delta', 'source-only-deltas-pattern'],
    ['since deletion', 'source-with-since-support-but-no-deletions-pattern'],
    ['deletion since', 'source-with-since-support-but-no-deletions-pattern'],
    ['optimistc lock', 'optimistic-locking-pattern'],
    ['paging', 'pagination-pattern'],
    ['OPTIMISTIC', 'optimistic-locking-pattern'],
    ['optimístic', 'optimistic-locking-pattern'],
    ['asymetry', 'handling-asymmetry-pattern'],
    ['etag', 'optimistic-locking-pattern'],
    // Word forms, and typos only where they cannot turn one real word into another.
    ['paginaton', 'pagination-pattern'],
    ['locks', 'optimistic-locking-pattern'],
  ] as const) {
    it(`finds ${expected} first for "${query}"`, () => assert.equal(first(query), expected));
  }

  it('returns every pattern for an empty query', () => {
    assert.equal(search(index, '  ').length, 38);
  });

  it('returns nothing for a query that matches no word', () => {
    assert.deepEqual(search(index, 'xylophone'), []);
  });

  it('requires every query word to match when some pattern matches them all', () => {
    const labels = search(index, 'webhook deletion').map((hit) => hit.item.label);
    assert.equal(labels[0], 'webhook-deletion-tracking-pattern');
    assert.ok(!labels.includes('register-webhook-pattern'), labels.join());
  });

  it('suggests the closest titles for a query that matches nothing', () => {
    assert.deepEqual(closestTitles(index, 'continuaton patern xq').map((p) => p.label)[0], 'continuation-pattern');
  });

  it('normalizes case, accents and punctuation', () => {
    assert.equal(normalize('  Combine -all and -Événement '), 'combine all and evenement');
  });

  it('never reads a real word of the catalog as a typo of another', () => {
    // "deletion" is the catalog's own word (delete, deletions), not a typo of "detection".
    const deletion = search(index, 'deletion').map((hit) => hit.item.label);
    assert.ok(deletion.includes('delete-pattern'), deletion.join());
    assert.equal(wordMatch('deletion', 'detection', {typos: false}), 0);
    // "lock" finds locking, not "look" or "block".
    const lock = search(index, 'lock').map((hit) => hit.item.label);
    assert.ok(lock.includes('optimistic-locking-pattern'));
    assert.ok(!lock.includes('duplicate-hops-block-pattern'), lock.join());
    assert.equal(wordMatch('lock', 'look'), 0);
  });

  it('grades word matches: exact, word form, prefix, typo, none', () => {
    assert.equal(wordMatch('lock', 'lock'), 1);
    assert.ok(wordMatch('deletion', 'delete') > wordMatch('lock', 'lockstep'));
    assert.ok(wordMatch('lock', 'locking') > wordMatch('optimistc', 'optimistic'));
    assert.ok(wordMatch('optimistc', 'optimistic') > 0);
    assert.equal(wordMatch('cat', 'cut'), 0, 'no typos allowed in short words');
    assert.equal(wordMatch('paging', 'paying'), 0.7, 'one typo from six letters on');
    assert.equal(wordMatch('delta', 'update'), 0);
  });
});

describe('filter state in the URL', () => {
  it('reads the query and categories', () => {
    assert.deepEqual(readFilter('?q=delta&category=share'), {query: 'delta', categories: ['share']});
    assert.deepEqual(readFilter('?category=share&category=collect&category=nonsense'), {
      query: '',
      categories: ['collect', 'share'],
    });
  });

  it('writes them back, and nothing when nothing is filtered', () => {
    assert.equal(writeFilter({query: 'since deletion', categories: ['collect']}), '?q=since+deletion&category=collect');
    assert.equal(writeFilter({query: '', categories: []}), '');
  });
});
