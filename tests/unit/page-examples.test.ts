import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {visit} from 'unist-util-visit';
import {parseMdx} from '../../src/catalog/parse';
import {runDtl} from '../../src/dtl';

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

type Entity = Record<string, unknown>;

/** Whether the entity passes every gate, run by the DTL evaluator (before a non-dataset sink, so a filter drops). */
const goesOn = (pipe: Json, entity: Entity) =>
  gates(pipe).every((step) => !runDtl({default: [step, ['copy', '*']]}, entity, {datasetSink: false}).dropped);

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

/**
 * The merged `_id` the reference describes for a merge source's `identity`: `composite` (the
 * default) joins each dataset offset and entity id, `first` keeps the first entity's id.
 */
function mergedId(identity: unknown, parts: {offset: number; id: string}[]): string {
  const sorted = [...parts].sort((a, b) => a.offset - b.offset || a.id.localeCompare(b.id));
  if (identity === 'first') return sorted[0]!.id;
  assert.ok(identity === undefined || identity === 'composite', `unknown identity ${String(identity)}`);
  return sorted.map(({offset, id}) => `${offset}|${id}`).join('|');
}

/** `ni` with one argument: a string cast into the global namespace. */
const ni = (value: string) => `~:${value}`;

describe('the external reference pattern example', () => {
  const entities = example('external-reference-pattern');
  const transform = entities.find((e) => e._id === 'hubspot-company-transform');
  const global = entities.find((e) => e._id === 'global-company');
  const source = global?.source as Json | undefined;

  it('writes the global `_id` of an entity HubSpot lacks into the reference field', () => {
    const [dtl] = transforms(transform!).filter((t) => t.type === 'dtl');
    const rules = JSON.stringify((dtl?.rules as Record<string, unknown>).default);
    assert.match(rules, /\["add","sync_origin_id","_S\._id"\]/);
  });

  it('merges the collected reference with the CRM entity it was written from', () => {
    assert.equal(source?.type, 'merge');
    const datasets = (source!.datasets as string[]).map((d) => d.split(' '));
    const crm = datasets.findIndex(([dataset]) => dataset === 'crm-company');
    const alias = (dataset: string) => datasets.find(([d]) => d === dataset)![1];
    // The written value: the `_id` of a global entity made of the CRM company alone.
    const written = mergedId(source!.identity, [{offset: crm, id: 'crm-company:42'}]);
    const crmIds = [ni('crm-company:42')];
    const rule = (source!.equality_sets as unknown[][]).find(
      (set) =>
        set.includes(`${alias('crm-company')}.$ids`) &&
        set.some((e) => JSON.stringify(e) === JSON.stringify(['ni', `${alias('hubspot-company')}.sync_origin_id`])),
    );
    assert.ok(rule, 'one equality set holds the CRM `$ids` and the cast reference');
    assert.ok(crmIds.includes(ni(written)), `ni(${written}) is in the CRM entity's $ids`);
  });

  it('would never merge with the default identity, as the page warns', () => {
    const written = mergedId(undefined, [{offset: 0, id: 'crm-company:42'}]);
    assert.equal(written, '0|crm-company:42');
    assert.notEqual(ni(written), ni('crm-company:42'));
    const page = fs.readFileSync(path.join(ROOT, 'docs', 'external-reference-pattern.mdx'), 'utf8');
    assert.ok(page.includes('`0|crm-company:42`'), 'the page names the composite id it would write');
  });
});
