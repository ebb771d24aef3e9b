import {type FunctionTable} from '../evaluate';
import {truthy} from '../values';
import {arity} from './shared';

/**
 * Conditionals (hub/dtl/dtl-functions-conditionals): the FUNCTION form of `if`, which returns a
 * value; the transform form, which runs transforms, is in transforms.ts. Only the branch taken
 * is evaluated.
 */
export const conditionals: FunctionTable = {
  // With no ELSE and a false CONDITION the result is null (as `case` documents for a missing ELSE).
  if: (call) => {
    arity(call, 2, 3);
    return truthy(call.arg(0)) ? call.arg(1) : call.arg(2);
  },
};
