import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {loadCatalog} from '../../src/catalog/load';
import {toAtomFeed, toChangeList} from '../../src/plugins/patterns/changes';
import {fixtureSite, rewrite} from '../support/fixtures';
import {assertAtomFeed} from '../support/atom';
import {dayOf, formatDay} from '../../src/catalog/client/dates';

const CHANGES = (...entries: [string, string][]) =>
  ['changes:', ...entries.flatMap(([date, what]) => [`  - date: ${date}`, `    what: "${what}"`])].join('\n');

// alpha: order 20, beta: 10, gamma between them; each with its own changes.
const catalog = loadCatalog({
  siteDir: fixtureSite((docs) => {
    rewrite(
      docs,
      'alpha-pattern.mdx',
      'reference_checked: 2026-12-03',
      `reference_checked: 2026-12-03\n${CHANGES(['2026-11-25', 'First published in the catalog.'], ['2026-12-04', 'The example keeps `$ids` & <origin> now.'])}`,
    );
    rewrite(
      docs,
      'beta-pattern.mdx',
      'reference_checked: 2026-11-30',
      `reference_checked: 2026-11-30\n${CHANGES(['2026-12-04', 'The discard was inverted; it is not any more.'], ['2026-12-04', 'A second notable change on the same day.'], ['2026-11-25', 'First published in the catalog.'])}`,
    );
  }),
});

describe('the change list (/changes)', () => {
  const changes = toChangeList(catalog);

  it('lists every change newest first, same days in catalog order, each with its pattern and a unique id', () => {
    assert.deepEqual(
      changes.map((c) => [c.date, c.label, c.id]),
      [
        ['2026-12-04', 'beta-pattern', 'beta-pattern-2026-12-04'],
        ['2026-12-04', 'beta-pattern', 'beta-pattern-2026-12-04-2'],
        ['2026-12-04', 'alpha-pattern', 'alpha-pattern-2026-12-04'],
        ['2026-11-25', 'beta-pattern', 'beta-pattern-2026-11-25'],
        ['2026-11-25', 'alpha-pattern', 'alpha-pattern-2026-11-25'],
      ],
    );
    assert.deepEqual(
      {title: changes[2]!.title, path: changes[2]!.path},
      {title: 'Alpha pattern', path: '/patterns/alpha-pattern'},
    );
  });

  for (const siteUrl of ['https://teams.example.com/', 'https://teams.example.com/sesam-patterns/']) {
    it(`is a valid Atom feed with absolute URLs under ${siteUrl}`, () => {
      const xml = toAtomFeed(changes, siteUrl, 'Sesam Patterns');
      const entries = assertAtomFeed(xml, siteUrl);
      assert.equal(entries.length, 5);
      assert.deepEqual(entries[2], {
        id: `${siteUrl}changes#alpha-pattern-2026-12-04`,
        title: 'Alpha pattern',
        updated: '2026-12-04T00:00:00Z',
        link: `${siteUrl}patterns/alpha-pattern`,
        // Backticks dropped; & and < escaped in the XML, which the parser decodes back.
        summary: 'The example keeps $ids & <origin> now.',
      });
      assert.ok(xml.includes('<summary>The example keeps $ids &amp; &lt;origin&gt; now.</summary>'));
      assert.match(xml, /<updated>2026-12-04T00:00:00Z<\/updated>\n {2}<link rel="self"/);
    });
  }

  it('has an updated date even with no change at all', () => {
    assertAtomFeed(toAtomFeed([], 'https://teams.example.com/', 'Sesam Patterns'), 'https://teams.example.com/');
  });
});

describe('formatDay', () => {
  it('spells every day of 1999-2040 as Intl en-GB in UTC did, without Intl', () => {
    const intl = new Intl.DateTimeFormat('en-GB', {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'});
    for (let t = Date.UTC(1999, 0, 1); t < Date.UTC(2041, 0, 1); t += 86_400_000) {
      assert.equal(formatDay(dayOf(t)), intl.format(t));
    }
  });

  it('refuses what is not a day', () => {
    for (const bad of ['2026-13-01', '2026-00-10', '2026-12-32', '3 December 2026', '2026-12-3', '']) {
      assert.throws(() => formatDay(bad), /Not a day \(YYYY-MM-DD\)/, bad);
    }
  });
});
