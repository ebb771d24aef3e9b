import {DtlError, type Call, type FunctionTable} from '../evaluate';
import {Tagged, valuesOf, type Value} from '../values';
import {jsonText, pythonNumber} from './json';
import {arity, atLeast, base64Bytes, eachValue, SKIP} from './shared';

/**
 * Strings (hub/dtl/dtl-functions-strings). Most functions work on each value and ignore values
 * that are not strings: a list gives a list, a single value a single value (null if ignored).
 */

/** `string` of one value: lists and dicts as JSON (no transit), extension types as their text. */
export function stringOf(value: Value): string {
  if (typeof value === 'string') return value;
  // Reference ambiguity: no example shows a boolean; JSON's `true`/`false` is used, as for lists and dicts.
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return pythonNumber(value);
  if (value instanceof Tagged) {
    if (value.tag === 'b') {
      try {
        return new TextDecoder('utf-8', {fatal: true}).decode(base64Bytes(value.text));
      } catch (error) {
        if (error instanceof DtlError) throw error;
        throw new DtlError(`"string" cannot decode the bytes "~b${value.text}" as UTF-8.`, 'string');
      }
    }
    // Reference ambiguity: only a URI is shown (as its text without "~r"); NIs, datetimes, UUIDs and decimals follow it.
    return value.text;
  }
  return jsonText(value, false);
}

const strings_ = (fn: (s: string) => Value) => (call: Call) => {
  arity(call, 1);
  return eachValue(call.arg(0), (v) => (typeof v === 'string' ? fn(v) : SKIP));
};

export const strings: FunctionTable = {
  // Each argument's values are joined; a list is read one level deep, non-strings ignored.
  concat: (call) => {
    atLeast(call, 1);
    return call.args
      .flatMap((_, i) => valuesOf(call.arg(i)))
      .filter((v): v is string => typeof v === 'string')
      .join('');
  },
  string: (call) => {
    arity(call, 1);
    return eachValue(call.arg(0), (v) => (v === null ? SKIP : stringOf(v)));
  },
  lower: strings_((s) => s.toLowerCase()),
  upper: strings_((s) => s.toUpperCase()),
  // Characters, i.e. code points (a character outside the BMP counts once).
  length: strings_((s) => Array.from(s).length),
};
