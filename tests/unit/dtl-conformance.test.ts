import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {decode, DtlError, encode, evaluate, functionNames, transformNames} from '../../src/dtl/index';
import {conformanceCounts, DTL_EXAMPLES_DIR} from '../../src/reference/dtl-examples';
import type {Program, Rule, Scope} from '../../src/dtl/evaluate';
import {runSteps, Stop, type TransformScope} from '../../src/dtl/transforms';
import type {Dict, Entity} from '../../src/dtl/values';

/**
 * Conformance of the DTL evaluator with the Sesam reference (hub/dtl/dtl-functions-*.rst in the
 * datanav/docs repository): every documented example that states a result, as data in
 * src/reference/dtl-examples/<page>.json, one case per example (`doc` is the page and line
 * of the example). A case is a value function (`expression` → `returns`) or a transform
 * (`transform` → `target_after`/`emits`, or `stops` for discard and filter). `derived` cases
 * state a concrete input for an example whose result the page gives as a description;
 * `ambiguous` cases (typos, self-contradictions) hold the best reading and are reported as
 * todo, not counted as checked; `refused` cases use a construct the evaluator does not cover, and
 * must make it refuse with a DtlError rather than guess. A function the evaluator lacks fails its
 * cases.
 */

const FIXTURES = DTL_EXAMPLES_DIR;

interface Case {
  doc: string;
  function: string;
  expression?: unknown;
  transform?: unknown;
  source?: unknown;
  target_before?: unknown;
  /** Named rules the example's `apply` refers to. */
  rules?: Record<string, unknown>;
  /** Entities of the datasets the example's `hops` joins with, by dataset id. */
  datasets?: Record<string, unknown[]>;
  returns?: unknown;
  target_after?: unknown;
  emits?: unknown[];
  stops?: boolean;
  derived?: boolean;
  ambiguous?: string;
  refused?: string;
}

/**
 * JSON.parse, except that integer literals too large for a double (hash128's 128-bit results)
 * are read as BigInt rather than rounded.
 */
function parseJson(text: string): unknown {
  const MARK = '\u0000bigint:';
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inString) {
      out += ch;
      if (ch === '\\') out += text[++i] ?? '';
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') {
      inString = true;
      out += ch;
      continue;
    }
    // Outside strings, JSON has digits and minus signs only in numbers.
    const number = ch === '-' || /\d/.test(ch) ? /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i)) : null;
    if (number) {
      const literal = number[0];
      out += /^-?\d+$/.test(literal) && !Number.isSafeInteger(Number(literal)) ? `"\\u0000bigint:${literal}"` : literal;
      i += literal.length - 1;
      continue;
    }
    out += ch;
  }
  return JSON.parse(out, (_key, value: unknown) =>
    typeof value === 'string' && value.startsWith(MARK) ? BigInt(value.slice(MARK.length)) : value,
  );
}

/**
 * Results as the page prints them. The evaluator holds integers beyond a double's precision as
 * transit decimals (`~f…`); the page prints them as plain integers. Both become BigInt here.
 */
function comparable(json: unknown): unknown {
  if (typeof json === 'string' && /^~f-?\d+$/.test(json)) return BigInt(json.slice(2));
  if (typeof json === 'number' && Number.isInteger(json) && !Number.isSafeInteger(json)) return BigInt(json);
  if (Array.isArray(json)) return json.map(comparable);
  if (json !== null && typeof json === 'object' && typeof json !== 'bigint') {
    return Object.fromEntries(Object.entries(json).map(([k, v]) => [k, comparable(v)]));
  }
  return json;
}

const files = fs
  .readdirSync(FIXTURES)
  .filter((file) => file.endsWith('.json'))
  .sort();
const cases: Case[] = files.flatMap((file) => parseJson(fs.readFileSync(path.join(FIXTURES, file), 'utf8')) as Case[]);

function program(c: Case): Program {
  const datasets = Object.fromEntries(
    Object.entries(c.datasets ?? {}).map(([id, entities]) => [id, entities.map((e) => decode(e) as Entity)]),
  );
  return {rules: (c.rules ?? {}) as Record<string, Rule>, datasets};
}

function valueCase(c: Case): void {
  const source = decode(c.source ?? {});
  const target: Dict = {};
  const scope: Scope = {program: program(c), source, target, root: {_S: source, _T: target}};
  assert.deepStrictEqual(comparable(encode(evaluate(c.expression, scope))), comparable(c.returns));
}

function transformCase(c: Case): void {
  const source = decode(c.source ?? {});
  const target = decode(c.target_before ?? {}) as Dict;
  const created: Dict[] = [];
  const scope: TransformScope = {
    program: program(c),
    source,
    target,
    root: {_S: source, _T: target},
    emit: (entity) => created.push(entity),
  };
  let stopped = false;
  try {
    runSteps([c.transform] as Rule, scope);
  } catch (signal) {
    if (!(signal instanceof Stop)) throw signal;
    stopped = true;
  }
  if (c.stops !== undefined) {
    assert.equal(stopped, c.stops, c.stops ? 'the transform should stop the rule' : 'the transform should not stop');
    return;
  }
  assert.equal(stopped, false, 'the transform stopped the rule');
  assert.deepStrictEqual(comparable(encode(target)), comparable(c.target_after));
  assert.deepStrictEqual(comparable(encode(created)), comparable(c.emits ?? []));
}

const checked = new Set<string>();
const seen = new Map<string, number>();

describe('DTL conformance with the Sesam reference (tests/fixtures/dtl-conformance)', () => {
  for (const c of cases) {
    const base = `${c.function} ${c.doc}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const name = n === 1 ? base : `${base} #${n}`;
    const run = () => (c.transform !== undefined ? transformCase(c) : valueCase(c));
    if (c.refused) {
      it(`${name} is refused: ${c.refused}`, () => {
        assert.throws(run, DtlError);
      });
    } else if (c.ambiguous) {
      it(name, {todo: `ambiguous: ${c.ambiguous}`}, run);
    } else {
      it(name, () => {
        checked.add(name);
        run();
      });
    }
  }

  it('checks every unambiguous documented example', () => {
    for (const c of cases) {
      assert.match(c.doc, /^hub\/dtl\/dtl-functions-[a-z-]+\.rst:\d+$/, `${c.function}: doc must be page:line`);
      const isTransform = c.transform !== undefined;
      assert.notEqual(isTransform, c.expression !== undefined, `${c.doc}: give either expression or transform`);
      const outcomes = [
        c.returns !== undefined || (!isTransform && 'returns' in c),
        c.target_after !== undefined,
        c.stops !== undefined,
      ];
      assert.equal(outcomes.filter(Boolean).length, 1, `${c.doc}: give exactly one of returns, target_after, stops`);
      assert.equal(((isTransform ? c.transform : c.expression) as unknown[])[0], c.function, `${c.doc}: function`);
    }
    const counted = cases.filter((c) => !c.ambiguous && !c.refused);
    const counts = conformanceCounts();
    console.log(
      `conformance: ${counts.checked} documented examples (${counted.length} cases) checked across ` +
        `${counts.functions} functions and transforms; ${counts.ambiguous} ambiguous and ${counts.refused} refused, ` +
        'listed in src/reference/dtl-examples',
    );
    assert.equal(checked.size, counted.length, `only ${checked.size} of ${counted.length} cases ran`);
    assert.equal(counts.checked, new Set(counted.map((c) => c.doc)).size, 'the site reports the examples checked here');
  });

  it('are counted in the README as they are', () => {
    const readme = fs.readFileSync(path.resolve(__dirname, '..', '..', 'README.md'), 'utf8').replace(/\s+/g, ' ');
    const counts = conformanceCounts();
    assert.ok(
      readme.includes(`covers ${functionNames().length} DTL functions and ${transformNames().length} transforms`),
      'the README names the number of functions and transforms covered',
    );
    assert.ok(
      readme.includes(`runs ${counts.checked} documented examples of the reference`),
      'the README names the number of documented examples checked',
    );
    assert.ok(readme.includes(`for ${counts.functions} functions and transforms`));
  });
});
