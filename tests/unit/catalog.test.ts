import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {loadCatalog} from '../../src/catalog/load';
import {CatalogError} from '../../src/catalog/errors';
import {FIXTURE_SITE, fixtureSite, rewrite} from '../support/fixtures';

function problemLines(siteDir: string, requiredLabels: string[] = []): string[] {
  try {
    loadCatalog({siteDir, requiredLabels});
  } catch (error) {
    assert.ok(error instanceof CatalogError, `expected a CatalogError, got ${String(error)}`);
    const lines = error.message.split('\n');
    assert.equal(lines.length, error.problems.length, 'one line per problem');
    return lines;
  }
  assert.fail('expected the catalog to be rejected');
}

describe('loadCatalog on a valid catalog', () => {
  const catalog = loadCatalog({siteDir: FIXTURE_SITE, requiredLabels: ['alpha-pattern', 'beta-pattern']});

  it('reads every page, sorted by order', () => {
    assert.deepEqual(
      catalog.patterns.map((p) => p.label),
      ['beta-pattern', 'gamma-pattern', 'alpha-pattern'],
    );
  });

  it('keeps the front matter and derives the path', () => {
    const alpha = catalog.patterns.find((p) => p.label === 'alpha-pattern')!;
    assert.equal(alpha.title, 'Alpha pattern');
    assert.deepEqual(alpha.categories, ['collect']);
    assert.deepEqual(alpha.aliases, ['first', 'a-side']);
    assert.equal(alpha.path, '/patterns/alpha-pattern');
    assert.equal(alpha.file, 'docs/alpha-pattern.mdx');
    assert.deepEqual(alpha.related, [
      {label: 'beta-pattern', why: "The fixture's share-side counterpart, with a `code span` in it."},
    ]);
  });

  it('keeps the changes as written, and defaults them to an empty list', () => {
    const catalogWithChanges = loadCatalog({
      siteDir: fixtureSite((docs) =>
        rewrite(
          docs,
          'beta-pattern.mdx',
          'order: 10',
          'order: 10\nchanges:\n  - date: 2026-12-04\n    what: The example now sends a delete only for `deleted` entities.\n  - date: 2026-11-25\n    what: First published in the catalog.',
        ),
      ),
    });
    assert.deepEqual(catalogWithChanges.patterns.find((p) => p.label === 'beta-pattern')!.changes, [
      {date: '2026-12-04', what: 'The example now sends a delete only for `deleted` entities.'},
      {date: '2026-11-25', what: 'First published in the catalog.'},
    ]);
    assert.deepEqual(catalog.patterns.find((p) => p.label === 'alpha-pattern')!.changes, []);
  });

  it('defaults aliases to an empty list', () => {
    assert.deepEqual(catalog.patterns.find((p) => p.label === 'beta-pattern')!.aliases, []);
  });

  it('finds prose cross-links with their anchors and lines', () => {
    const alpha = catalog.patterns.find((p) => p.label === 'alpha-pattern')!;
    assert.deepEqual(alpha.crossLinks, [
      {label: 'beta-pattern', anchor: undefined, line: 21},
      {label: 'gamma-pattern', anchor: 'problem', line: 22},
    ]);
  });

  it('derives backlinks from related lists and prose links, sorted by title', () => {
    assert.deepEqual(catalog.backlinks, {
      'alpha-pattern': ['beta-pattern'],
      'beta-pattern': ['alpha-pattern', 'gamma-pattern'],
      'gamma-pattern': ['alpha-pattern'],
    });
  });
});

describe('loadCatalog rejects bad content with one line naming file, field and fix', () => {
  const cases: {name: string; edit: (docs: string) => void; line: string; required?: string[]}[] = [
    {
      name: 'a missing front matter field',
      edit: (docs) => rewrite(docs, 'beta-pattern.mdx', /^summary: .*\n/m, ''),
      line: 'docs/beta-pattern.mdx: summary: is missing. Fix: set `summary` to one sentence of 40-220 characters ending with a full stop; it is shown on the card and in link previews.',
    },
    {
      name: 'an invalid category',
      edit: (docs) => rewrite(docs, 'beta-pattern.mdx', 'categories: [share]', 'categories: [shared]'),
      line: 'docs/beta-pattern.mdx: categories[0]: is invalid (Invalid option: expected one of "collect"|"transform"|"share"). Fix: set `categories` to a list of one or more of collect, transform, share, e.g. `categories: [collect]`.',
    },
    {
      name: 'a misspelt field',
      edit: (docs) => rewrite(docs, 'beta-pattern.mdx', 'summary:', 'sumary:'),
      line: 'docs/beta-pattern.mdx: sumary: is not a pattern front matter field. Fix: rename it to `summary`.',
    },
    {
      name: 'a slug that would move the URL',
      edit: (docs) => rewrite(docs, 'beta-pattern.mdx', 'order: 10', 'order: 10\nslug: /beta'),
      line: 'docs/beta-pattern.mdx: slug: is not a pattern front matter field. Fix: remove `slug`: a pattern is always served at /patterns/<label>, so links stay stable.',
    },
    {
      name: 'a label that does not match the file name',
      edit: (docs) => rewrite(docs, 'beta-pattern.mdx', 'label: beta-pattern', 'label: bravo-pattern'),
      line: 'docs/beta-pattern.mdx: label: "bravo-pattern" does not match the file name "beta-pattern". Fix: rename the file to bravo-pattern.mdx, or set `label: beta-pattern`; a published label never changes.',
    },
    {
      name: 'a duplicate label',
      edit: (docs) => fs.copyFileSync(path.join(docs, 'beta-pattern.mdx'), path.join(docs, 'beta-pattern.md')),
      line: 'docs/beta-pattern.mdx: label: "beta-pattern" is already used by docs/beta-pattern.md. Fix: give each pattern its own label and file name, or delete one of the two pages.',
    },
    {
      name: 'an unknown label in related, with the nearest label',
      edit: (docs) => rewrite(docs, 'alpha-pattern.mdx', '  - label: beta-pattern', '  - label: betta-pattern'),
      line: 'docs/alpha-pattern.mdx: related[0].label: "betta-pattern" is not a pattern label. Fix: did you mean "beta-pattern"?',
    },
    {
      name: 'a pattern related to itself',
      edit: (docs) => rewrite(docs, 'beta-pattern.mdx', '  - label: alpha-pattern', '  - label: beta-pattern'),
      line: 'docs/beta-pattern.mdx: related[0].label: a pattern cannot be related to itself. Fix: remove this entry.',
    },
    {
      name: 'an unknown label in a prose cross-link, with its line and the nearest label',
      edit: (docs) =>
        rewrite(docs, 'alpha-pattern.mdx', ':pattern[gamma-pattern#problem]', ':pattern[gama-pattern#problem]'),
      line: 'docs/alpha-pattern.mdx:22: body: :pattern[gama-pattern] links to an unknown pattern. Fix: did you mean "gamma-pattern"?',
    },
    {
      name: 'an unknown label far from any real one',
      edit: (docs) =>
        rewrite(docs, 'beta-pattern.mdx', ':pattern[alpha-pattern]', ':pattern[completely-different-pattern]'),
      line: 'docs/beta-pattern.mdx:18: body: :pattern[completely-different-pattern] links to an unknown pattern. Fix: use the label of an existing page (the file names in docs/).',
    },
    {
      name: 'a malformed cross-link',
      edit: (docs) => rewrite(docs, 'beta-pattern.mdx', ':pattern[alpha-pattern]', ':pattern[Alpha Pattern]'),
      line: 'docs/beta-pattern.mdx:18: body: :pattern[Alpha Pattern] needs a pattern label in the brackets, optionally with #anchor, e.g. :pattern[continuation-pattern]. Fix: write it as :pattern[<label>] or :pattern[<label>]{text="…"}.',
    },
    {
      name: 'a published label without a page',
      required: ['alpha-pattern', 'delta-pattern'],
      edit: () => {},
      line: 'docs/: label: the published pattern "delta-pattern" has no page, so /patterns/delta-pattern would break. Fix: add docs/delta-pattern.mdx with `label: delta-pattern`; published URLs must keep working.',
    },
    {
      name: 'a missing template section',
      edit: (docs) => rewrite(docs, 'beta-pattern.mdx', '## Example\n', ''),
      line: 'docs/beta-pattern.mdx: body: the "## Example" section is missing. Fix: use exactly these second-level headings, in this order: "## Problem", "## Solution", "## Example", "## Pitfalls and trade-offs" (use ### for sub-sections).',
    },
    {
      name: 'a hand-written generated section',
      edit: (docs) => fs.appendFileSync(path.join(docs, 'beta-pattern.mdx'), '\n## Related patterns\n\n- Alpha\n'),
      line: 'docs/beta-pattern.mdx:36: body: the "Related patterns" section is generated by the site. Fix: remove the section; list related patterns in the `related` front matter field and documentation pages in `references` instead.',
    },
    {
      name: 'a page without front matter',
      edit: (docs) => fs.writeFileSync(path.join(docs, 'delta-pattern.mdx'), '# Delta\n'),
      line: 'docs/delta-pattern.mdx: front matter: is missing. Fix: start the file with a front matter block between two `---` lines (see "Add a pattern" in README.md).',
    },
    {
      name: 'front matter that is not YAML',
      edit: (docs) => rewrite(docs, 'beta-pattern.mdx', 'title: Beta pattern', 'title: Beta: the pattern'),
      line: 'docs/beta-pattern.mdx:3: front matter: is not valid YAML (bad indentation of a mapping entry). Fix: quote values that contain ": " or start with a backtick, and indent list items evenly.',
    },
    {
      name: 'MDX that does not compile',
      edit: (docs) => rewrite(docs, 'beta-pattern.mdx', 'Beta links back', 'Beta {links back'),
      line: 'docs/beta-pattern.mdx:18: body: is not valid MDX (Unexpected end of file in expression, expected a corresponding closing brace for `{`). Fix: put `{`, `}`, `<` and `>` inside backticks or escape them with a backslash.',
    },
    {
      name: 'a page without references',
      edit: (docs) => rewrite(docs, 'beta-pattern.mdx', /^references:\n( {2}.*\n)+/m, ''),
      line: 'docs/beta-pattern.mdx: references: is missing. Fix: set `references` to two or more `- path: <datanav/docs page path without .rst>` entries, each with `about: <what it backs>`, e.g. `- path: hub/dtl/dtl-functions-hops`.',
    },
    {
      name: 'a single reference',
      edit: (docs) =>
        rewrite(
          docs,
          'beta-pattern.mdx',
          / {2}- path: hub\/documentation\/service-configuration\/pipes\/configuration-pipes\n.*\n/,
          '',
        ),
      line: 'docs/beta-pattern.mdx: references: is invalid (Too small: expected array to have >=2 items). Fix: set `references` to two or more `- path: <datanav/docs page path without .rst>` entries, each with `about: <what it backs>`, e.g. `- path: hub/dtl/dtl-functions-hops`.',
    },
    {
      name: 'a reference to a page the Sesam documentation does not have, with the nearest page',
      edit: (docs) =>
        rewrite(
          docs,
          'beta-pattern.mdx',
          'path: hub/dtl/dtl-functions-transforms',
          'path: hub/dtl/dtl-function-transforms',
        ),
      line: 'docs/beta-pattern.mdx:11: references: "hub/dtl/dtl-function-transforms" is not a page of the Sesam documentation. Fix: use `path: hub/dtl/dtl-functions-transforms`.',
    },
    {
      name: 'a misspelt reference field',
      edit: (docs) =>
        rewrite(docs, 'beta-pattern.mdx', '    about: the pipe properties', '    abuot: the pipe properties'),
      line: 'docs/beta-pattern.mdx: references[1].abuot: is not a pattern front matter field. Fix: rename it to `about`.',
    },
    {
      name: 'a checked date that is not a day',
      edit: (docs) =>
        rewrite(docs, 'beta-pattern.mdx', 'reference_checked: 2026-11-30', 'reference_checked: 2026-11-31'),
      line: 'docs/beta-pattern.mdx: reference_checked: is invalid (not a calendar day). Fix: set `reference_checked` to the day the page was last checked against the Sesam documentation, e.g. `reference_checked: 2026-12-03`.',
    },
    {
      name: 'an example with an unknown property, at its line',
      edit: (docs) =>
        rewrite(
          docs,
          'alpha-pattern.mdx',
          '{"_id": "alpha-collect", "type": "pipe"}',
          '{"_id": "alpha-collect", "type": "pipe", "batchsize": 1}',
        ),
      line: 'docs/alpha-pattern.mdx:35: example: "batchsize" is not a documented property of a pipe. Fix: rename it to "batch_size" (see https://docs.sesam.io/hub/documentation/service-configuration/pipes/configuration-pipes.html).',
    },
    {
      name: 'a finder rule that is not written as answers',
      edit: (docs) =>
        rewrite(
          docs,
          'beta-pattern.mdx',
          'order: 10',
          'order: 10\napplies_when:\n  - when: since is yes\n    why: A reason that is long enough.',
        ),
      line: 'docs/beta-pattern.mdx: applies_when[0].when: is invalid (is not `always` or `<question>=yes|no, …`). Fix: set `applies_when` to a list of `- when: <question>=yes|no` (answers joined by commas, or `always`) entries, each with `why: <one sentence of 20-160 characters>`; the questions are in src/finder/client/questions.ts.',
    },
    {
      name: 'an example that runs DTL without a worked example',
      edit: (docs) =>
        rewrite(
          docs,
          'alpha-pattern.mdx',
          '{"_id": "alpha-collect", "type": "pipe"}',
          '{"_id": "alpha-collect", "type": "pipe", "transform": {"type": "dtl", "rules": {"default": [["copy", "*"]]}}}',
        ),
      line: 'docs/alpha-pattern.mdx:34: worked example: the example runs DTL (alpha-collect) but the page shows no worked example. Fix: add a ```worked-example block after the example, with samples and the output each gives (see docs/delete-pattern.mdx).',
    },
    {
      name: 'a worked example whose stated output the DTL does not give, at the sample',
      edit: (docs) => {
        rewrite(
          docs,
          'alpha-pattern.mdx',
          '{"_id": "alpha-collect", "type": "pipe"}\n```',
          [
            '{"_id": "alpha-collect", "type": "pipe", "transform": {"type": "dtl", "rules": {"default": [["copy", "*"]]}}}',
            '```',
            '',
            '```worked-example',
            '- caption: copies the entity',
            '  input: {"_id": "a", "n": 1}',
            '  output: {"_id": "a", "n": 2}',
            '```',
          ].join('\n'),
        );
      },
      line: 'docs/alpha-pattern.mdx:39: worked example: sample "copies the entity": the DTL of pipe "alpha-collect" gives [{"_id":"a","n":1}], but the page states [{"_id":"a","n":2}]. Fix: state what the DTL produces, or correct the DTL if the page is right.',
    },
    {
      name: 'a change whose day is not a calendar day',
      edit: (docs) =>
        rewrite(
          docs,
          'beta-pattern.mdx',
          'order: 10',
          'order: 10\nchanges:\n  - date: 2026-02-30\n    what: The example now sends a delete only for deleted entities.',
        ),
      line: 'docs/beta-pattern.mdx: changes[0].date: is invalid (not a calendar day). Fix: set `changes` to a list of `- date: YYYY-MM-DD` entries, each with `what: <one sentence of 20-200 characters>`, e.g. `- date: 2026-12-04` and `what: The example now sends a delete only for deleted entities.`.',
    },
    {
      name: 'a change without its sentence',
      edit: (docs) => rewrite(docs, 'beta-pattern.mdx', 'order: 10', 'order: 10\nchanges:\n  - date: 2026-12-04'),
      line: 'docs/beta-pattern.mdx: changes[0].what: is missing. Fix: set `changes` to a list of `- date: YYYY-MM-DD` entries, each with `what: <one sentence of 20-200 characters>`, e.g. `- date: 2026-12-04` and `what: The example now sends a delete only for deleted entities.`.',
    },
    {
      name: 'a misspelt change field, naming the right one',
      edit: (docs) =>
        rewrite(
          docs,
          'beta-pattern.mdx',
          'order: 10',
          'order: 10\nchanges:\n  - date: 2026-12-04\n    what: The example now sends a delete only for deleted entities.\n    whta: again',
        ),
      line: 'docs/beta-pattern.mdx: changes[0].whta: is not a pattern front matter field. Fix: rename it to `what`.',
    },
    {
      name: 'a page in a sub-folder',
      edit: (docs) => fs.mkdirSync(path.join(docs, 'extra')),
      line: 'docs/extra: location: pattern pages cannot live in sub-folders, because the folder would become part of the URL. Fix: move the pages directly into docs/.',
    },
  ];

  for (const {name, edit, line, required} of cases) {
    it(`rejects ${name}`, () => {
      const lines = problemLines(fixtureSite(edit), required);
      assert.ok(lines.includes(line), `expected the line\n  ${line}\namong\n  ${lines.join('\n  ')}`);
    });
  }
});

describe('loadCatalog reports each mistake once', () => {
  it('does not turn links to a broken page into more problems', () => {
    const lines = problemLines(fixtureSite((docs) => rewrite(docs, 'beta-pattern.mdx', /^title: .*\n/m, '')));
    assert.deepEqual(lines, [
      "docs/beta-pattern.mdx: title: is missing. Fix: set `title` to the pattern's name as readers say it, e.g. `title: Continuation pattern`.",
    ]);
  });

  it('lists every problem of every page, one line each', () => {
    const lines = problemLines(
      fixtureSite((docs) => {
        rewrite(docs, 'beta-pattern.mdx', /^title: .*\n/m, '');
        rewrite(docs, 'gamma-pattern.mdx', 'order: 15', 'order: third');
      }),
    );
    assert.equal(lines.length, 2);
  });
});
