import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {evaluate, passes} from '../../src/dtl/conditions';

describe('DTL conditions', () => {
  it('reads `_S.` paths, with a missing property as null', () => {
    assert.equal(evaluate('_S.name', {name: 'Ada'}), 'Ada');
    assert.equal(evaluate('_S.address.city', {address: {city: 'Oslo'}}), 'Oslo');
    assert.equal(evaluate('_S.missing', {}), null);
    assert.equal(evaluate('plain text', {}), 'plain text');
  });

  it('compares, tests for null and combines as the reference documents', () => {
    const entity = {id: '1', _deleted: true, tags: []};
    assert.equal(evaluate(['eq', '_S._deleted', true], entity), true);
    assert.equal(evaluate(['neq', '_S._deleted', true], entity), false);
    assert.equal(evaluate(['is-null', '_S.tags'], entity), true, 'an empty list is null');
    assert.equal(evaluate(['is-not-null', '_S.id'], entity), true);
    assert.equal(evaluate(['and', ['eq', '_S.id', '1'], ['not', ['is-null', '_S.id']]], entity), true);
    assert.equal(evaluate(['or', ['eq', '_S.id', '2'], ['eq', '_S.id', '3']], entity), false);
    assert.equal(evaluate(['in', '_S.id', ['list', '1', '2']], entity), true);
  });

  it('lets an entity past discard or filter only when the unless-condition is true', () => {
    assert.equal(passes(['discard', ['eq', '_S._deleted', true]], {_deleted: true}), true);
    assert.equal(passes(['discard', ['eq', '_S._deleted', true]], {}), false);
    assert.equal(passes(['filter', ['is-not-null', '_S.id']], {id: 'x'}), true);
    assert.equal(passes(['discard'], {id: 'x'}), false, 'without a condition, discard drops everything');
  });

  it('refuses a function it does not know rather than guess', () => {
    assert.throws(() => evaluate(['gt', '_S.age', 42], {age: 50}), /does not know the DTL function "gt"/);
  });
});
