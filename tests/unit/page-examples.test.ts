import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {visit} from 'unist-util-visit';
import {parseMdx} from '../../src/catalog/parse';
import {passes, type Entity} from '../../src/dtl/conditions';

/**
 * Pins what the examples that once did the opposite of their text now do, by running their
 * DTL decisions on sample entities. A regression here would send the wrong requests to a target.
 */

const ROOT = path.resolve(__dirname, '..', '..');

type Json = Record<string, unknown>;
type Step = [string, ...unknown[]];

/** The page's first JSON example, as the list of configuration entities a reader copies. */
function example(label: string): Json[] {
  let text: string | undefined;
  visit(parseMdx(fs.readFileSync(path.join(ROOT, 'docs', `${label}.mdx`), 'utf8')), 'code', (node) => {
    if (node.lang === 'json' && text === undefined) text = node.value;
  });
  assert.ok(text, `${label} has a JSON example`);
  const parsed = JSON.parse(text) as Json | Json[];
  return Array.isArray(parsed) ? parsed : [parsed];
}

const transforms = (pipe: Json): Json[] => [pipe.transform ?? []].flat() as Json[];

/**
 * The `discard` and `filter` steps of the `default` rules of the pipe's first DTL transform: the
 * gates a source entity must pass there (later transforms see other entities).
 */
function gates(pipe: Json): Step[] {
  const [first] = transforms(pipe).filter((t) => t.type === 'dtl');
  const steps = (first?.rules as Record<string, Step[]> | undefined)?.default ?? [];
  return steps.filter((s) => s[0] === 'discard' || s[0] === 'filter');
}

const goesOn = (pipe: Json, entity: Entity) => gates(pipe).every((step) => passes(step, entity));

/** The example's pipes that decide with `discard` or `filter`. */
function gatedPipes(label: string): Json[] {
  const pipes = example(label).filter((e) => e.type === 'pipe' && gates(e).length > 0);
  assert.ok(pipes.length > 0, `${label}: a pipe of the example decides with discard or filter`);
  return pipes;
}

describe('the delete pattern example', () => {
  const [pipe] = gatedPipes('delete-pattern');

  it('lets a deleted entity with a target key through to the DELETE', () => {
    assert.equal(goesOn(pipe!, {_id: 'crm-contact:501', id: '501', _deleted: true}), true);
  });

  it('stops every live entity, with or without `_deleted: false`', () => {
    assert.equal(goesOn(pipe!, {_id: 'crm-contact:502', id: '502'}), false);
    assert.equal(goesOn(pipe!, {_id: 'crm-contact:503', id: '503', _deleted: false}), false);
  });
});

describe('the optimistic locking pattern example', () => {
  const [pipe] = gatedPipes('optimistic-locking-pattern');

  it('lets a live entity that exists in the target through to the update', () => {
    assert.equal(goesOn(pipe!, {_id: 'crm-contact:501', id: '501', name: 'Ada'}), true);
  });

  it('stops deleted entities and entities the target has no record of', () => {
    assert.equal(goesOn(pipe!, {_id: 'crm-contact:502', id: '502', _deleted: true}), false);
    assert.equal(goesOn(pipe!, {_id: 'crm-contact:503', name: 'New'}), false);
  });
});
