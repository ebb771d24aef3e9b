import {type Call, type FunctionTable} from '../evaluate';
import {truthy, valuesOf} from '../values';
import {atLeast, optionalFunction} from './shared';

/**
 * Boolean logic (hub/dtl/dtl-functions-boolean-logic). Arguments are boolean-expressions:
 * `false`, `null` and `[]` are false, every other value true (hub/dtl/argument-types).
 * `and`, `or` and `not` stop at the first argument that decides the result.
 */

const allArgs = (call: Call): boolean => {
  atLeast(call, 1);
  return call.args.every((_, i) => truthy(call.arg(i)));
};

/** `all` and `any`: each value of VALUES, or FUNCTION's result on it, as a boolean. */
const eachTruthy = (call: Call): boolean[] => {
  const {values, key} = optionalFunction(call);
  return valuesOf(values).map((value) => truthy(key(value)));
};

export const booleanLogic: FunctionTable = {
  and: allArgs,
  or: (call) => {
    atLeast(call, 1);
    return call.args.some((_, i) => truthy(call.arg(i)));
  },
  // `not` is documented as the inverse of `and` over its arguments.
  not: (call) => !allArgs(call),
  // With no values `all` is true and `any` false (the reference gives no example of either).
  all: (call) => eachTruthy(call).every(Boolean),
  any: (call) => eachTruthy(call).some(Boolean),
};
