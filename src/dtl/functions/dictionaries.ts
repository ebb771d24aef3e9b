import {DtlError, follow, type Call, type FunctionTable} from '../evaluate';
import {isDict, valuesOf, type Dict, type Value} from '../values';
import {arity} from './shared';

/**
 * Dictionaries (hub/dtl/dtl-functions-dictionaries): building dicts and reading them. `apply`
 * and `hops` are in rules.ts. Namespaced identifiers are taken to be off, so `path` uses
 * property names as written.
 */

const dictsIn = (call: Call): Dict[] => {
  arity(call, 1);
  return valuesOf(call.arg(0)).filter(isDict);
};

function key(value: Value): string {
  if (typeof value !== 'string') {
    throw new DtlError(
      `"dict" keys must be strings (the entity data model has only string keys), not ${JSON.stringify(value)}.`,
      'dict',
    );
  }
  return value;
}

export const dictionaries: FunctionTable = {
  // No arguments: {}. One: a list of [key, value] tuples, other values ignored. More: KEY, VALUE
  // pairs. The last value for a key wins.
  dict: (call) => {
    const n = call.args.length;
    const out: Dict = {};
    if (n === 1) {
      for (const item of valuesOf(call.arg(0))) {
        if (Array.isArray(item) && item.length === 2) out[key(item[0]!)] = item[1]!;
      }
      return out;
    }
    if (n % 2 !== 0) {
      throw new DtlError(
        `"dict" takes no arguments, one ITEMS list, or KEY, VALUE pairs; ${n} arguments leave a key without a value.`,
        'dict',
      );
    }
    for (let i = 0; i < n; i += 2) out[key(call.arg(i))] = call.arg(i + 1);
    return out;
  },
  items: (call) => dictsIn(call).flatMap((d) => Object.entries(d).map(([k, v]): Value => [k, v])),
  keys: (call) => dictsIn(call).flatMap((d) => Object.keys(d)),
  values: (call) => dictsIn(call).flatMap((d) => Object.values(d)),
  // PROPERTY_PATH is a string or a list whose strings are the path (other items ignored). Lists
  // met on the way, VALUES included, are walked element by element.
  path: (call) => {
    arity(call, 2);
    const keys = valuesOf(call.arg(0)).filter((k): k is string => typeof k === 'string');
    const values = call.arg(1);
    if (keys.length === 0) return values;
    if (!Array.isArray(values)) return follow(values, keys);
    return values.flatMap((value) => valuesOf(follow(value, keys)));
  },
};
