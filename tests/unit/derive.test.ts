import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {loadCatalog} from '../../src/catalog/load';
import {SIDEBAR_SPLIT_ABOVE, toIndexData, toPatternRecords, toSidebar} from '../../src/plugins/patterns/derive';
import {linkTableOf, readLinkTable, writeLinkTable} from '../../src/catalog/link-table';
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

  it('puts titles, paths, categories, aliases, related lists, backlinks and the documentation links in the link table', () => {
    const {patterns} = linkTableOf(catalog);
    assert.deepEqual(Object.keys(patterns['gamma-pattern']!), [
      'title',
      'path',
      'categories',
      'aliases',
      'appliesWhen',
      'related',
      'backlinks',
      'references',
      'assumptions',
      'referenceChecked',
    ]);
    assert.deepEqual(patterns['gamma-pattern']!.references[1], {
      title: 'Namespaces',
      url: 'https://docs.sesam.io/hub/features/namespaces.html',
      about: 'namespaced identifiers are off by default',
    });
    assert.equal(patterns['gamma-pattern']!.referenceChecked, '2026-12-01', 'a quoted day reads as the same day');
    assert.equal(patterns['alpha-pattern']!.referenceChecked, '2026-12-03');
    assert.deepEqual(patterns['alpha-pattern']!.assumptions, ["The fixture's source system is made up."]);
    assert.equal(patterns['gamma-pattern']!.title, 'Gamma pattern');
    assert.equal(patterns['gamma-pattern']!.path, '/patterns/gamma-pattern');
    assert.deepEqual(patterns['beta-pattern']!.backlinks, ['alpha-pattern', 'gamma-pattern']);
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
      references: [
        {
          title: 'Transform Functions',
          url: 'https://docs.sesam.io/hub/dtl/dtl-functions-transforms.html',
          about: '`discard` and `filter` take an unless-condition',
        },
        {
          title: 'Pipes',
          url: 'https://docs.sesam.io/hub/documentation/service-configuration/pipes/configuration-pipes.html',
          about: 'the pipe properties',
        },
      ],
      referenceChecked: '2026-11-30',
      appliesWhen: [],
    });
    assert.deepEqual(records.find((r) => r.label === 'gamma-pattern')!.appliesWhen, [
      {
        when: 'writes=yes, target-edits=no',
        why: 'Sesam writes to the target and nobody else does, so the fixture applies.',
      },
    ]);
  });

  it('builds a sidebar category per catalog category', () => {
    assert.deepEqual(toSidebar(catalog), [
      {
        type: 'category',
        label: 'Collect',
        collapsible: true,
        collapsed: true,
        items: [
          {type: 'doc', id: 'gamma-pattern'},
          {type: 'doc', id: 'alpha-pattern'},
        ],
      },
      {type: 'category', label: 'Transform', collapsible: true, collapsed: true, items: []},
      {
        type: 'category',
        label: 'Share',
        collapsible: true,
        collapsed: true,
        items: [
          {type: 'doc', id: 'beta-pattern'},
          {type: 'doc', id: 'gamma-pattern'},
        ],
      },
    ]);
  });
});

describe('the link table file', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'link-table-'));
  const file = path.join(dir, 'sesam-catalog', 'link-table.json');
  const table = {
    patterns: {
      'a-pattern': {
        title: 'A pattern',
        path: '/patterns/a-pattern',
        categories: ['collect' as const],
        aliases: [],
        related: [],
        backlinks: [],
        references: [],
        assumptions: [],
        referenceChecked: '2026-12-03',
        appliesWhen: [],
      },
    },
  };

  it('is written once and left alone while nothing changes, so no page rebuilds for nothing', () => {
    writeLinkTable(file, table);
    const written = fs.statSync(file).mtimeMs;
    fs.utimesSync(file, new Date(0), new Date(0));
    writeLinkTable(file, structuredClone(table));
    assert.equal(fs.statSync(file).mtimeMs, 0);
    assert.ok(written > 0);
  });

  it('reads back what was written, and again after a change', () => {
    assert.deepEqual(readLinkTable(file), table);
    const renamed = {patterns: {'a-pattern': {...table.patterns['a-pattern'], title: 'Renamed pattern'}}};
    writeLinkTable(file, renamed);
    assert.equal(readLinkTable(file).patterns['a-pattern']!.title, 'Renamed pattern');
  });

  it('says how to fix a missing table', () => {
    assert.throws(
      () => readLinkTable(path.join(dir, 'missing.json')),
      /missing\.json: the catalog's link table is missing\. Fix:/,
    );
  });

  it('splits a category too long for a sidebar into letter ranges by title', () => {
    const titles = ['Zeta', 'alpha', 'Beta', ...Array.from({length: SIDEBAR_SPLIT_ABOVE}, (_, n) => `Mid ${n}`)];
    const patterns = titles.map((title, n) => ({label: `p${n}-pattern`, title, categories: ['share' as const]}));
    const [collect, , share] = toSidebar({patterns} as unknown as Parameters<typeof toSidebar>[0]) as {
      label: string;
      items: {type: string; label?: string; items?: {id: string}[]}[];
    }[];
    assert.equal(collect!.items.length, 0);
    assert.deepEqual(
      share!.items.map((range) => [range.type, range.label, range.items!.length]),
      [
        ['category', 'A–M', 40],
        ['category', 'M–Z', 13],
      ],
    );
    // Sorted by title, case aside: alpha, Beta, Mid 0, Mid 1, Mid 10, …, and Zeta last.
    assert.deepEqual(
      share!.items[0]!.items!.slice(0, 3).map((item) => item.id),
      ['p1-pattern', 'p2-pattern', 'p3-pattern'],
    );
    assert.equal(share!.items[1]!.items!.at(-1)!.id, 'p0-pattern');
  });
});
