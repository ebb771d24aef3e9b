import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import type {Catalog, Pattern} from '../../src/catalog/client/types';
import {QUESTIONS} from '../../src/finder/client/questions';
import {answersFromSearch, readRule, searchOf, verdictOf} from '../../src/finder/client/rules';
import {prepare, recommend, type FinderPattern} from '../../src/finder/client/recommend';
import {checklistOf, sectionsOf} from '../../src/finder/client/checklist';
import {finderDataOf, finderProblems} from '../../src/finder/data';
import {formatProblem} from '../../src/catalog/errors';

const pattern = (
  label: string,
  category: FinderPattern['categories'][number],
  rules: FinderPattern['rules'],
  more: FinderPattern['categories'] = [],
): FinderPattern => ({
  label,
  title: label.replace(/-/g, ' '),
  path: `/patterns/${label}`,
  categories: [category, ...more],
  rules,
});

const PATTERNS = prepare([
  pattern('continuation', 'collect', [{when: 'since=yes', why: 'Your API reads changes since a point.'}]),
  pattern('rescan', 'collect', [{when: 'since=yes, deletions=no', why: 'Changes since a point miss deletions.'}]),
  pattern('locking', 'share', [{when: 'writes=yes, target-edits=yes', why: 'Others edit what you write.'}]),
  pattern('insert', 'share', [
    {when: 'writes=yes', why: 'Sesam creates records.'},
    {when: 'consumers=no', why: 'Nobody pulls, so Sesam pushes.'},
  ]),
  pattern('naming', 'collect', [{when: 'always', why: 'Every datatype needs a name.'}]),
  pattern('asymmetry', 'collect', [{when: 'writes=yes', why: 'Reads and writes differ.'}], ['share']),
]);

describe('finder rules', () => {
  it('reads `always` and answers joined by commas', () => {
    assert.deepEqual(readRule('always', 'x'), {always: true, why: 'x'});
    assert.deepEqual(readRule('since=yes, deletions=no', 'x'), {
      always: false,
      conditions: [
        {question: 'since', answer: 'yes'},
        {question: 'deletions', answer: 'no'},
      ],
      why: 'x',
    });
  });

  it('applies when every condition is answered as it says, and is to consider when the rest are "not sure"', () => {
    const rule = readRule('since=yes, deletions=no', '');
    assert.equal(verdictOf(rule, {since: 'yes', deletions: 'no'}), 'applies');
    assert.equal(verdictOf(rule, {since: 'yes', deletions: 'unsure'}), 'consider');
    assert.equal(verdictOf(rule, {since: 'unsure', deletions: 'unsure'}), 'consider');
    assert.equal(verdictOf(rule, {since: 'yes', deletions: 'yes'}), 'no');
    assert.equal(verdictOf(rule, {since: 'yes'}), 'no', 'an unanswered question brings nothing in');
  });

  it('keeps answers in the URL in question order, ignoring what it does not know', () => {
    assert.deepEqual(answersFromSearch('?deletions=no&since=yes&bogus=yes&paging=maybe'), {
      deletions: 'no',
      since: 'yes',
    });
    assert.equal(searchOf({deletions: 'no', since: 'yes'}), '?since=yes&deletions=no');
    assert.equal(searchOf({}), '');
    assert.equal(new Set(QUESTIONS.map((q) => q.id)).size, QUESTIONS.length, 'question ids are unique');
  });
});

describe('finder recommendations', () => {
  it('brings in what the answers meet, with the reasons of the rules that met them, in catalog order', () => {
    const result = recommend(PATTERNS, {since: 'yes', deletions: 'no', writes: 'yes', 'target-edits': 'unsure'});
    assert.deepEqual(
      result.applies.map((r) => [r.label, r.reasons]),
      [
        ['continuation', ['Your API reads changes since a point.']],
        ['rescan', ['Changes since a point miss deletions.']],
        ['insert', ['Sesam creates records.']],
        ['asymmetry', ['Reads and writes differ.']],
      ],
    );
    assert.equal(
      result.applies.find((r) => r.label === 'asymmetry')!.category,
      'share',
      'listed where the answer that brought it in belongs, among its categories',
    );
    assert.deepEqual(
      result.consider.map((r) => r.label),
      ['locking'],
    );
    assert.deepEqual(
      result.baseline.map((r) => r.label),
      ['naming'],
    );
  });

  it('lists the result by category, then what to consider, then the baseline, and copies it as a checklist', () => {
    const sections = sectionsOf(
      recommend(PATTERNS, {since: 'yes', writes: 'yes', consumers: 'no', 'target-edits': 'unsure'}),
    );
    assert.deepEqual(
      sections.map((s) => [s.id, s.items.map((i) => i.label)]),
      [
        ['collect', ['continuation']],
        ['share', ['insert', 'asymmetry']],
        ['consider', ['locking']],
        ['baseline', ['naming']],
      ],
    );
    const text = checklistOf(sections, (p) => `https://example.com${p}`, 'https://example.com/finder?since=yes');
    assert.equal(
      text,
      [
        'Patterns for this integration, from the [Sesam pattern finder](https://example.com/finder?since=yes):',
        '',
        '### Collect',
        '',
        '- [ ] [continuation](https://example.com/patterns/continuation) — Your API reads changes since a point.',
        '',
        '### Share',
        '',
        '- [ ] [insert](https://example.com/patterns/insert) — Sesam creates records. Nobody pulls, so Sesam pushes.',
        '- [ ] [asymmetry](https://example.com/patterns/asymmetry) — Reads and writes differ.',
        '',
        '### To consider (you answered “not sure”)',
        '',
        '- [ ] [locking](https://example.com/patterns/locking) — Others edit what you write.',
        '',
        '### For every integration',
        '',
        '- [ ] [naming](https://example.com/patterns/naming) — Every datatype needs a name.',
        '',
      ].join('\n'),
    );
  });

  it('recomputes 1,000 patterns in well under a frame', () => {
    const many = prepare(
      Array.from({length: 1000}, (_, i) =>
        pattern(`p${i}`, 'collect', [{when: `${QUESTIONS[i % QUESTIONS.length]!.id}=yes`, why: 'Because.'}]),
      ),
    );
    const answers = Object.fromEntries(QUESTIONS.map((q) => [q.id, 'yes' as const]));
    recommend(many, answers);
    const started = performance.now();
    const result = recommend(many, answers);
    assert.equal(result.applies.length, 1000);
    // Not a benchmark (npm run bench has the figures): a guard against an accidental quadratic.
    assert.ok(performance.now() - started < 50);
  });
});

/** A catalog of hand-made patterns: only the fields the finder reads. */
function catalogOf(patterns: {label: string; appliesWhen: Pattern['appliesWhen']}[]): Catalog {
  return {
    patterns: patterns.map(
      (p) =>
        ({
          ...p,
          title: p.label,
          path: `/patterns/${p.label}`,
          file: `docs/${p.label}.mdx`,
          categories: ['collect'],
        }) as unknown as Pattern,
    ),
    backlinks: {},
  };
}

describe('finder checks', () => {
  const everyQuestion = QUESTIONS.map((q) => ({when: `${q.id}=yes`, why: 'A reason long enough.'}));

  it('accepts pages whose rules name known questions and reach every question', () => {
    assert.deepEqual(finderProblems(catalogOf([{label: 'a-pattern', appliesWhen: everyQuestion}])), []);
    const data = finderDataOf(catalogOf([{label: 'a-pattern', appliesWhen: everyQuestion}]));
    assert.deepEqual(data.patterns[0]!.categories, ['collect']);
  });

  it('names the file, the field and the fix for each mistake', () => {
    const lines = finderProblems(
      catalogOf([
        {label: 'a-pattern', appliesWhen: everyQuestion.filter((r) => r.when !== 'consumers=yes')},
        {label: 'b-pattern', appliesWhen: [{when: 'deletion=no', why: 'x'}]},
        {label: 'c-pattern', appliesWhen: [{when: 'since=yes, since=no', why: 'x'}]},
        {
          label: 'd-pattern',
          appliesWhen: [
            {when: 'always', why: 'x'},
            {when: 'since=yes', why: 'x'},
          ],
        },
        {label: 'e-pattern', appliesWhen: []},
      ]),
    ).map(formatProblem);
    assert.deepEqual(lines, [
      'docs/b-pattern.mdx: applies_when[0].when: "deletion" is not a finder question. Fix: did you mean "deletions"?',
      'docs/c-pattern.mdx: applies_when[0].when: names "since" twice. Fix: name each question once.',
      'docs/d-pattern.mdx: applies_when: `always` is listed with other rules. Fix: keep `when: always` alone for a pattern every integration follows, or remove it.',
      'docs/e-pattern.mdx: applies_when: no finder answer leads to the pattern. Fix: add `applies_when` with the answers that make the pattern apply (`- when: deletions=no`, with `why:`), or `when: always` for one every integration follows.',
      'src/finder/client/questions.ts: questions: "consumers" leads to no pattern. Fix: name it in the `applies_when` of the patterns it should bring in, or remove the question.',
    ]);
  });
});
