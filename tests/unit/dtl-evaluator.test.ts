import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {DtlError, evaluate, runDtl, type Scope} from '../../src/dtl';
import {decode, encode, type Dict} from '../../src/dtl/values';
import {splitPath} from '../../src/dtl/evaluate';

/** The evaluator's core: paths, variables, rules, hops, transforms and what comes out of a pipe. */

function scope(source: unknown, extra: Partial<Scope> = {}): Scope {
  const target: Dict = {};
  const s = decode(source);
  return {program: {rules: {}, datasets: {}}, source: s, target, root: {_S: s, _T: target}, ...extra};
}

const run = (rules: Record<string, unknown>, input: unknown, options = {}) => runDtl(rules, input, options);

describe('paths', () => {
  it('reads a missing property as null, never as the path text', () => {
    assert.equal(evaluate('_S.id', scope({_id: 'a'})), null);
    assert.equal(evaluate('plain.text', scope({})), 'plain.text');
  });

  it('walks lists on the way: every order amount of the source', () => {
    const s = scope({orders: [{amount: 1}, {amount: 2}, {}]});
    assert.deepEqual(evaluate('_S.orders.amount', s), [1, 2]);
    assert.deepEqual(evaluate('_S.orders', s), [{amount: 1}, {amount: 2}, {}]);
  });

  it('reads the variable itself with a trailing dot, and quoted elements with dots and quotes', () => {
    assert.deepEqual(evaluate('_S.', scope({a: 1})), {a: 1});
    assert.deepEqual(splitPath("foo.'john.doe''s'.bar"), ['foo', "john.doe's", 'bar']);
    assert.equal(evaluate("_S.'a.b'", scope({'a.b': 7})), 7);
  });

  it('gives the source `_id` as a namespaced identifier for `$ids` when the entity has none', () => {
    assert.deepEqual(encode(evaluate('_S.$ids', scope({_id: 'crm:1'}))), ['~:crm:1']);
    assert.deepEqual(encode(evaluate('_S.$ids', scope({_id: 'x', $ids: ['~:a:b']}))), ['~:a:b']);
  });

  it('names an uncovered function, and a list that is not a call', () => {
    assert.throws(
      () => evaluate(['no-such', 1], scope({})),
      (e: DtlError) => e.functionName === 'no-such',
    );
    assert.throws(() => evaluate([1, 2], scope({})), /must start with a function name/);
  });
});

describe('rules and variables', () => {
  it('applies a named rule to each value, with the parent as _P and the root as _R', () => {
    const rules = {
      default: [
        ['copy', '_id'],
        ['add', 'lines', ['apply', 'line', '_S.lines']],
      ],
      line: [
        ['add', 'sku', '_S.sku'],
        ['add', 'order', '_P._S._id'],
        ['add', 'root', '_R._S._id'],
        ['discard', ['neq', '_S.sku', 'x']],
      ],
    };
    const {output} = run(rules, {_id: 'o1', lines: [{sku: 'a'}, {sku: 'x'}]});
    assert.deepEqual(output, [{_id: 'o1', lines: [{sku: 'a', order: 'o1', root: 'o1'}]}]);
  });

  it('applies a rule to one value and returns its target alone, as the reference tutorial builds a dict', () => {
    const rules = {
      default: [
        ['copy', '_id'],
        ['add', 'payload', ['apply', 'body', '_S.']],
      ],
      body: [['copy', 'name']],
    };
    assert.deepEqual(run(rules, {_id: 'a', name: 'Ada', secret: 1}).output, [{_id: 'a', payload: {name: 'Ada'}}]);
  });

  it('emits created entities ahead of the target, and children under $children', () => {
    const rules = {
      default: [
        ['copy', '_id'],
        ['create', ['list', {_id: 'c1'}, {_id: 'c2'}]],
        ['create-child', ['list', {_id: 'k1'}]],
      ],
    };
    assert.deepEqual(run(rules, {_id: 'p'}).output, [{_id: 'c1'}, {_id: 'c2'}, {_id: 'p', $children: [{_id: 'k1'}]}]);
    assert.throws(() => run({default: [['create', ['list', {a: 1}]]]}, {_id: 'p'}), /without a string "_id"/);
  });
});

describe('transforms', () => {
  it('copies by include and exclude patterns, and removes by pattern', () => {
    const rules = {
      default: [
        ['copy', ['list', 'a*', '_id'], 'ab*'],
        ['remove', 'a?'],
      ],
    };
    assert.deepEqual(run(rules, {_id: 'x', a: 1, ab: 2, abc: 3, ac: 4, b: 5}).output, [{_id: 'x', a: 1}]);
  });

  it('add-if adds anything but null without a condition, and tests the value as _ with one', () => {
    const rules = {
      default: [
        ['copy', '_id'],
        ['add-if', 'none', null],
        ['add-if', 'empty', ['list']],
        ['add-if', 'adult', ['gte', '_.', 18], '_S.age'],
        ['add-if', 'child', ['lt', '_.', 18], '_S.age'],
      ],
    };
    assert.deepEqual(run(rules, {_id: 'x', age: 30}).output, [{_id: 'x', empty: [], adult: 30}]);
  });

  it('merges dicts without their root `_` properties; merge-union keeps every value', () => {
    const values = ['list', {_id: 'no', a: 1}, {a: 2, b: 3}];
    assert.deepEqual(
      run(
        {
          default: [
            ['copy', '_id'],
            ['merge', values],
          ],
        },
        {_id: 'x'},
      ).output,
      [{_id: 'x', a: 2, b: 3}],
    );
    assert.deepEqual(
      run(
        {
          default: [
            ['copy', '_id'],
            ['merge-union', values],
          ],
        },
        {_id: 'x'},
      ).output,
      [{_id: 'x', a: [1, 2], b: 3}],
    );
  });

  it('takes THEN and ELSE as one transform or a list of them', () => {
    const rules = {
      default: [
        ['copy', '_id'],
        [
          'if',
          ['eq', '_S.kind', 'a'],
          [
            ['add', 'x', 1],
            ['add', 'y', 2],
          ],
          ['add', 'x', 0],
        ],
        ['if', ['eq', '_S.kind', 'b'], []],
      ],
    };
    assert.deepEqual(run(rules, {_id: '1', kind: 'a'}).output, [{_id: '1', x: 1, y: 2}]);
    assert.deepEqual(run(rules, {_id: '2', kind: 'b'}).output, [{_id: '2', x: 0}]);
  });

  it('discard and filter stop unless their condition holds, and always without one', () => {
    const gate = (step: unknown[]) => ({default: [step, ['copy', '*']]});
    assert.equal(run(gate(['discard', ['eq', '_S.ok', true]]), {_id: 'a', ok: true}).dropped, undefined);
    assert.equal(run(gate(['discard', ['eq', '_S.ok', true]]), {_id: 'a', ok: false}).dropped?.by, 'discard');
    assert.equal(run(gate(['discard']), {_id: 'a'}).dropped?.by, 'discard');
    // null and [] are false as conditions; any other value is true.
    assert.equal(run(gate(['filter', '_S.flag']), {_id: 'a', flag: []}, {datasetSink: false}).dropped?.by, 'filter');
    assert.equal(run(gate(['filter', '_S.flag']), {_id: 'a', flag: 'yes'}).dropped, undefined);
  });

  it('sends a filtered entity on with `_filtered` before a dataset sink, and drops it before others', () => {
    const rules = {
      default: [
        ['filter', ['eq', '_S.ok', true]],
        ['copy', '*'],
      ],
    };
    assert.deepEqual(run(rules, {_id: 'a'}), {
      output: [{_id: 'a', _filtered: true}],
      filtered: {step: rules.default[0]},
    });
    assert.equal(run(rules, {_id: 'a'}, {datasetSink: false}).dropped?.by, 'filter');
  });

  it('stops the pump on trip!, keeping entities created before it', () => {
    const rules = {
      default: [
        ['create', {_id: 'c'}],
        ['trip!', 'too many deletes'],
      ],
    };
    assert.deepEqual(run(rules, {_id: 'a'}), {
      output: [{_id: 'c'}],
      halted: {by: 'trip!', message: 'too many deletes'},
    });
  });

  it('fails a target without a string _id, as id_required does', () => {
    assert.throws(() => run({default: [['add', 'a', 1]]}, {_id: 'x'}), /no string "_id"/);
  });

  it('names an uncovered transform', () => {
    assert.throws(
      () => run({default: [['rename', 'a', 'b']]}, {_id: 'x'}),
      (e: DtlError) => e.functionName === 'rename',
    );
  });
});

describe('hops', () => {
  const datasets = {
    order: [
      {_id: 'o2', cust: ['c1', 'c9'], total: 5},
      {_id: 'o1', cust: 'c1', total: 7},
      {_id: 'o3', cust: 'c1', total: 9, _deleted: true},
      {_id: 'o4', cust: null, total: 1},
    ],
  };

  it('joins on any shared value, skips deleted entities, and returns the last alias in _id order', () => {
    const rules = {
      default: [
        ['copy', '_id'],
        ['add', 'orders', ['hops', {datasets: ['order o'], where: ['eq', '_S._id', 'o.cust']}]],
      ],
    };
    const [out] = run(rules, {_id: 'c1'}, {datasets}).output as Dict[];
    assert.deepEqual(
      (out!.orders as Dict[]).map((o) => o._id),
      ['o1', 'o2'],
    );
  });

  it('filters with the other conditions of `where`, and returns an expression over the aliases', () => {
    const where = [
      ['eq', '_S._id', 'o.cust'],
      ['gt', 'o.total', 6],
    ];
    const rules = {
      default: [
        ['copy', '_id'],
        ['add', 'totals', ['hops', {datasets: ['order o'], where, return: 'o.total'}]],
      ],
    };
    assert.deepEqual(run(rules, {_id: 'c1'}, {datasets}).output, [{_id: 'c1', totals: [7]}]);
  });

  it('never joins on null', () => {
    const rules = {
      default: [
        ['copy', '_id'],
        ['add', 'o', ['hops', {datasets: ['order o'], where: ['eq', '_S.c', 'o.cust']}]],
      ],
    };
    assert.deepEqual(run(rules, {_id: 'x', c: null}, {datasets}).output, [{_id: 'x', o: []}]);
  });

  it('refuses hops keys it does not cover', () => {
    const rules = {default: [['add', 'o', ['hops', {datasets: ['order o'], where: [], recurse: true}]]]};
    assert.throws(() => run(rules, {_id: 'x'}, {datasets}), /does not cover the hops keys recurse/);
  });
});

describe('namespaced identifiers on', () => {
  const namespaces = {identity: 'erp', property: 'erp'};

  it('adds the namespaces before the first transform, and `add` writes in the property namespace', () => {
    const rules = {
      default: [
        ['copy', '*'],
        ['add', 'is_paid', ['eq', '_S.status', 'paid']],
        ['add', '::plain', 1],
      ],
    };
    assert.deepEqual(
      run(rules, {_id: '1', status: 'paid', _deleted: false}, {namespaces, addNamespaces: true}).output,
      [{_id: 'erp:1', 'erp:status': 'paid', _deleted: false, 'erp:is_paid': true, plain: 1}],
    );
  });

  it('matches an unqualified path or copy pattern in every namespace', () => {
    const input = {_id: 'x', 'a:name': 'A', 'b:name': 'B', 'a:age': 3};
    assert.deepEqual(encode(evaluate('_S.name', {...scope(input), program: {rules: {}, datasets: {}, namespaces}})), [
      'A',
      'B',
    ]);
    assert.deepEqual(
      run(
        {
          default: [
            ['copy', '_id'],
            ['copy', 'name'],
          ],
        },
        input,
        {namespaces},
      ).output,
      [{_id: 'x', 'a:name': 'A', 'b:name': 'B'}],
    );
    assert.deepEqual(
      run(
        {
          default: [
            ['copy', '_id'],
            ['copy', 'b*:*'],
          ],
        },
        input,
        {namespaces},
      ).output,
      [{_id: 'x', 'b:name': 'B'}],
    );
  });

  it('refuses what the reference leaves open: adding `$` or `_` names', () => {
    assert.throws(() => run({default: [['add', '$op', 1]]}, {_id: 'x'}, {namespaces}), /leaves it open/);
  });
});
