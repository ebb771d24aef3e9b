import {DtlError, type Call, type FunctionTable} from '../evaluate';
import {equal, Tagged, truthy, valuesOf, type Value} from '../values';
import {compare} from './comparisons';
import {arity, optionalFunction} from './shared';

/**
 * Lists (hub/dtl/dtl-functions-lists). Values of different types are ordered with the entity
 * data model's mixed type ordering (`compare` in comparisons.ts). Where FUNCTION is optional,
 * two arguments mean FUNCTION and VALUES, one means VALUES.
 */

/** Sorts stably by the key FUNCTION gives (or the values themselves); VALUES that is not a list is returned. */
function sortedBy(call: Call, direction: 1 | -1): Value {
  const {values, key} = optionalFunction(call);
  if (!Array.isArray(values)) return values;
  const keyed = values.map((value) => ({value, key: key(value)}));
  keyed.sort((a, b) => direction * compare(a.key, b.key));
  return keyed.map((k) => k.value);
}

/** `max` and `min`: the value whose key is greatest (or least); the first such value on a tie. */
function extreme(call: Call, direction: 1 | -1): Value {
  const {values, key} = optionalFunction(call);
  let best: {value: Value; key: Value} | undefined;
  for (const value of valuesOf(values)) {
    const k = key(value);
    if (best === undefined || direction * compare(k, best.key) > 0) best = {value, key: k};
  }
  return best === undefined ? null : best.value;
}

const count = (call: Call): number => {
  arity(call, 1);
  return valuesOf(call.arg(0)).length;
};

export const lists: FunctionTable = {
  list: (call) => call.args.map((_, i) => call.arg(i)),
  first: (call) => {
    arity(call, 1);
    const values = call.arg(0);
    return Array.isArray(values) ? (values[0] ?? null) : values;
  },
  last: (call) => {
    arity(call, 1);
    const values = call.arg(0);
    return Array.isArray(values) ? (values.at(-1) ?? null) : values;
  },
  count,
  'is-empty': (call) => count(call) === 0,
  'is-not-empty': (call) => count(call) > 0,
  // VALUES must be a non-empty subset of ITEMS.
  in: (call) => {
    arity(call, 2);
    const values = valuesOf(call.arg(0));
    const items = valuesOf(call.arg(1));
    return values.length > 0 && values.every((v) => items.some((item) => equal(v, item)));
  },
  map: (call) => {
    arity(call, 2);
    const fn = call.args[0];
    return valuesOf(call.arg(1)).map((value) => call.withCurrent(fn, value));
  },
  // The FUNCTION form; `["filter"]` and `["filter", CONDITION]` as rule steps are transforms.
  filter: (call) => {
    if (call.args.length !== 2) {
      throw new DtlError(
        `the "filter" function takes FUNCTION and VALUES (2 arguments), not ${call.args.length}; the one-argument "filter" is a transform and belongs in a rule's steps.`,
        'filter',
      );
    }
    const fn = call.args[0];
    // Reference ambiguity: "evaluate to *true*" is read as boolean-expression truthiness (argument-types.rst), not `=== true`.
    return valuesOf(call.arg(1)).filter((value) => truthy(call.withCurrent(fn, value)));
  },
  // With FUNCTION the first value for each distinct key is kept.
  distinct: (call) => {
    const {values, key} = optionalFunction(call);
    const seen: Value[] = [];
    const out: Value[] = [];
    for (const value of valuesOf(values)) {
      const k = key(value);
      if (seen.some((s) => equal(s, k))) continue;
      seen.push(k);
      out.push(value);
    }
    return out;
  },
  // One level only: lists among the values are spliced in, other values kept as they are.
  flatten: (call) => {
    arity(call, 1);
    return valuesOf(call.arg(0)).flatMap((value) => (Array.isArray(value) ? value : [value]));
  },
  sorted: (call) => sortedBy(call, 1),
  max: (call) => extreme(call, 1),
  min: (call) => extreme(call, -1),
  sum: (call) => {
    arity(call, 1);
    let total = 0;
    for (const value of valuesOf(call.arg(0))) {
      if (typeof value === 'number') total += value;
      else if (value instanceof Tagged && value.tag === 'f') {
        throw new DtlError(
          '"sum" of decimal (~f) values is not covered by the evaluator (it needs exact arithmetic).',
          'sum',
        );
      }
    }
    return total;
  },
};
