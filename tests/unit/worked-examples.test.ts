import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {readWorkedExample} from '../../src/worked-examples/read';
import {canonical, dtlPipesOf, workedExamplesOf, type Fence} from '../../src/worked-examples/compute';
import {formatJson} from '../../src/worked-examples/format';

/** A page's fences: one JSON example (at page line 10) and one worked-example block after it. */
function page(rules: unknown, block: string, meta = '', pipe: Record<string, unknown> = {}): Fence[] {
  const example = JSON.stringify(
    [
      {_id: 'crm', type: 'system:rest'},
      {_id: 'p', type: 'pipe', transform: [{type: 'dtl', rules}], ...pipe},
    ],
    null,
    2,
  );
  return [
    {lang: 'json', meta: null, value: example, line: 10},
    {lang: 'worked-example', meta, value: block, line: 100},
  ];
}

const DELETE_RULES = {
  default: [
    ['discard', ['eq', '_S._deleted', true]],
    ['copy', '*'],
  ],
};

describe('reading a worked-example block', () => {
  it('reads samples with their outcome and line', () => {
    const read = readWorkedExample(
      [
        '- caption: kept',
        '  input: {"_id": "a"}',
        '  output: {"_id": "a"}',
        '- caption: gone',
        '  input: {"_id": "b"}',
        '  dropped: discard',
      ].join('\n'),
      'pipe="p"',
    );
    assert.ok(!Array.isArray(read));
    assert.equal(read.pipe, 'p');
    assert.deepEqual(
      read.samples.map((s) => [s.caption, s.expect, s.line]),
      [
        ['kept', {entities: [{_id: 'a'}]}, 1],
        ['gone', {entities: [], dropped: 'discard'}, 4],
      ],
    );
  });

  it('reads datasets for hops from the mapping form', () => {
    const read = readWorkedExample(
      'datasets:\n  crm-contact:\n    - {"_id": "1"}\nsamples:\n  - caption: x\n    input: {"_id": "a"}\n    output: {"_id": "a"}',
      null,
    );
    assert.ok(!Array.isArray(read));
    assert.deepEqual(read.datasets, {'crm-contact': [{_id: '1'}]});
  });

  it('names the sample, its line and the fix when an outcome is missing or contradicts itself', () => {
    const problems = readWorkedExample(
      '- caption: a\n  input: {"_id": "a"}\n- caption: b\n  input: {"_id": "b"}\n  dropped: filter\n  trips: stop',
      null,
    );
    assert.ok(Array.isArray(problems));
    assert.deepEqual(
      problems.map((p) => [p.line, p.problem]),
      [
        [1, 'sample 1 states no outcome.'],
        [3, 'sample 2 states dropped and trips; the rule ends one way.'],
      ],
    );
    assert.match(problems[0]!.fix, /state `output`/);
  });

  it('takes the entities created before a drop together with the drop', () => {
    const rules = {
      default: [
        ['create', ['list', {_id: 'c'}]],
        ['discard', ['eq', '_S.keep', true]],
      ],
    };
    const block = '- caption: a\n  input: {"_id": "a"}\n  output: {"_id": "c"}\n  dropped: discard';
    assert.deepEqual(workedExamplesOf(page(rules, block)).problems, []);
    const wrong = workedExamplesOf(page(rules, '- caption: a\n  input: {"_id": "a"}\n  dropped: discard')).problems;
    assert.equal(
      wrong[0]!.problem,
      'sample "a": the DTL of pipe "p" gives [{"_id":"c"}] and drops the target by discard, but the page states dropped by discard.',
    );
  });

  it('refuses unknown keys, a missing caption and a dropped step that is not discard or filter', () => {
    const problems = readWorkedExample('- input: {"_id": "a"}\n  dropped: remove\n  note: x', null);
    assert.ok(Array.isArray(problems));
    const text = problems.map((p) => p.problem).join('\n');
    assert.match(text, /unknown keys: note/);
    assert.match(text, /has no caption/);
    assert.match(text, /says dropped by "remove"/);
  });

  it('points at the line of a YAML error', () => {
    const problems = readWorkedExample('- caption: a\n  input: {"_id": "a"\n  output: x', null);
    assert.ok(Array.isArray(problems));
    assert.match(problems[0]!.problem, /is not valid YAML/);
    assert.ok(problems[0]!.line >= 2);
  });
});

describe('running worked examples', () => {
  it('finds the pipes with a dtl transform and where their sink writes', () => {
    const pipes = dtlPipesOf(page(DELETE_RULES, '', '', {sink: {type: 'rest'}}));
    assert.deepEqual(
      pipes.map((p) => [p.id, p.datasetSink, p.line]),
      [['p', false, 10 + 7]],
    );
  });

  it('computes outputs that match what the page states', () => {
    const block = [
      '- caption: deleted',
      '  input: {"_id": "a", "_deleted": true}',
      '  output: {"_deleted": true, "_id": "a"}',
      '- caption: live',
      '  input: {"_id": "b"}',
      '  dropped: discard',
    ].join('\n');
    const {examples, problems} = workedExamplesOf(page(DELETE_RULES, block));
    assert.deepEqual(problems, []);
    assert.equal(examples[0]!.samples[1]!.outcome.dropped?.by, 'discard');
    assert.deepEqual(examples[0]!.samples[0]!.outcome.output, [{_id: 'a', _deleted: true}]);
  });

  it('fails a stated output the DTL does not produce, with both and the sample line', () => {
    const block = '- caption: live\n  input: {"_id": "b"}\n  output: {"_id": "b"}';
    const {problems} = workedExamplesOf(page(DELETE_RULES, block));
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.line, 101);
    assert.equal(
      problems[0]!.problem,
      'sample "live": the DTL of pipe "p" gives dropped by discard, but the page states [{"_id":"b"}].',
    );
  });

  it('points an unsupported function at its line in the example', () => {
    const rules = {
      default: [
        ['copy', '*'],
        ['add', 'x', ['no-such-function', 1]],
      ],
    };
    const {problems} = workedExamplesOf(page(rules, '- caption: a\n  input: {"_id": "a"}\n  output: {"_id": "a"}'));
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.problem, /"no-such-function" is not covered by the worked-example evaluator/);
    assert.match(problems[0]!.fix, /add "no-such-function" to the evaluator in src\/dtl, or change the example/);
    const example = page(rules, '')[0]!;
    const line = example.value.split('\n').findIndex((l) => l.includes('"no-such-function"'));
    assert.equal(problems[0]!.line, 10 + line + 1);
  });

  it('asks which pipe runs when the example has several, and refuses a pipe without DTL', () => {
    const fences = page(DELETE_RULES, '- caption: a\n  input: {"_id": "a"}\n  output: {"_id": "a"}', 'pipe="crm"');
    assert.match(workedExamplesOf(fences).problems[0]!.problem, /no pipe "crm" with a DTL transform/);
  });

  it('compares entities regardless of key order', () => {
    assert.equal(canonical({b: 1, a: {d: 2, c: 3}}), canonical({a: {c: 3, d: 2}, b: 1}));
    assert.notEqual(canonical({a: [1, 2]}), canonical({a: [2, 1]}));
  });

  it('states and shows a 128-bit hash with every digit, as a node shows an integer', () => {
    const rules = {
      default: [
        ['copy', '*'],
        ['add', 'h', ['hash128', 'murmur3', 'abc']],
      ],
    };
    const hash = '79267961763742113019008347020647561319';
    const ok = workedExamplesOf(
      page(rules, `- caption: a\n  input: {"_id": "a"}\n  output: {"_id": "a", "h": ${hash}}`),
    );
    assert.deepEqual(ok.problems, []);
    assert.equal(
      formatJson(ok.examples[0]!.samples[0]!.outcome.output[0]),
      `{"_id": "a", "h": ${hash}}`.replace('{', '{\n  ').replace(', "h"', ',\n  "h"').replace('}', '\n}'),
    );
    const off = workedExamplesOf(
      page(
        rules,
        '- caption: a\n  input: {"_id": "a"}\n  output: {"_id": "a", "h": 79267961763742113019008347020647561318}',
      ),
    );
    assert.equal(off.problems.length, 1, 'a hash off by one in its last digit fails');
  });
});
