import {type FunctionTable, type Call} from '../evaluate';
import {truthy, valuesOf, type Value} from '../values';
import {arity, optionalFunction} from './shared';

/**
 * Nulls (hub/dtl/dtl-functions-nulls). `is-null` looks at the first value only: null, `[]` and a
 * list that starts with null are null.
 */

const isNull = (call: Call): boolean => {
  arity(call, 1);
  const value = call.arg(0);
  return value === null || (Array.isArray(value) && (value.length === 0 || value[0] === null));
};

export const nulls: FunctionTable = {
  'is-null': (call) => isNull(call),
  'is-not-null': (call) => !isNull(call),
  // The first non-null value of VALUES, or with FUNCTION the first value it holds true for.
  coalesce: (call): Value => {
    const function_ = call.args.length === 2;
    const {values, key} = optionalFunction(call);
    for (const value of valuesOf(values)) {
      if (function_ ? truthy(key(value)) : value !== null) return value;
    }
    return null;
  },
};
