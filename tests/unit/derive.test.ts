import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {loadCatalog} from '../../src/catalog/load';
import {toGlobalData, toIndexData, toPatternRecords, toSidebar} from '../../src/plugins/catalog/derive';
import {FIXTURE_SITE} from '../support/fixtures';

const catalog = loadCatalog({siteDir: FIXTURE_SITE});

describe('catalog plugin data', () => {
  it('groups index cards by category, in catalog order, with two-category patterns in both', () => {
    const {sections} = toIndexData(catalog);
    assert.deepEqual(
      sections.map((s) => [s.category, s.patterns.map((p) => p.label)]),
      [
        ['collect', ['gamma-pattern', 'alpha-pattern']],
        ['transform', []],
        ['share', ['beta-pattern', 'gamma-pattern']],
      ],
    );
    assert.deepEqual(sections[0]!.patterns[1], {
      label: 'alpha-pattern',
      title: 'Alpha pattern',
      summary: 'A fixture pattern that reads from a source and links to both other fixtures.',
      path: '/patterns/alpha-pattern',
      categories: ['collect'],
      aliases: ['first', 'a-side'],
    });
  });

  it('puts only titles, paths and backlinks in global data', () => {
    const data = toGlobalData(catalog);
    assert.deepEqual(data.patterns['gamma-pattern'], {title: 'Gamma pattern', path: '/patterns/gamma-pattern'});
    assert.deepEqual(data.backlinks['beta-pattern'], ['alpha-pattern', 'gamma-pattern']);
  });

  it('writes absolute URLs into patterns.json records, under the base URL', () => {
    const records = toPatternRecords(catalog, 'https://example.com/sesam-patterns/');
    assert.equal(records.length, 3);
    assert.deepEqual(records[0], {
      label: 'beta-pattern',
      title: 'Beta pattern',
      categories: ['share'],
      summary: 'A fixture pattern that writes to a target and links back to the first fixture.',
      aliases: [],
      url: 'https://example.com/sesam-patterns/patterns/beta-pattern',
    });
  });

  it('builds a sidebar category per catalog category', () => {
    assert.deepEqual(toSidebar(catalog), [
      {
        type: 'category',
        label: 'Collect',
        collapsible: true,
        collapsed: false,
        items: [
          {type: 'doc', id: 'gamma-pattern'},
          {type: 'doc', id: 'alpha-pattern'},
        ],
      },
      {type: 'category', label: 'Transform', collapsible: true, collapsed: false, items: []},
      {
        type: 'category',
        label: 'Share',
        collapsible: true,
        collapsed: false,
        items: [
          {type: 'doc', id: 'beta-pattern'},
          {type: 'doc', id: 'gamma-pattern'},
        ],
      },
    ]);
  });
});
