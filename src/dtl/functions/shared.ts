import {DtlError, type Call, type Expression} from '../evaluate';
import {Tagged, type Value} from '../values';

/**
 * Helpers the value-function groups share: argument counts, the optional FUNCTION argument many
 * list functions take, and the "each value of a value-expression" rule (a list in gives a list
 * out, a single value in gives a single value out).
 */

/** Throws unless the call has one of the allowed numbers of arguments. */
export function arity(call: Call, ...allowed: number[]): number {
  const n = call.args.length;
  if (!allowed.includes(n)) {
    const expected =
      allowed.length === 1 ? String(allowed[0]) : `${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1)}`;
    throw new DtlError(`"${call.name}" takes ${expected} arguments, not ${n}.`, call.name);
  }
  return n;
}

/** Throws unless the call has at least `min` arguments. */
export function atLeast(call: Call, min: number): void {
  if (call.args.length < min) {
    throw new DtlError(
      `"${call.name}" takes at least ${min} argument${min === 1 ? '' : 's'}, not ${call.args.length}.`,
      call.name,
    );
  }
}

/**
 * `FUNCTION(function-expression{0|1}), VALUES(value-expression{1})`: with two arguments the
 * first is the function, evaluated with `_` bound to each value; with one, values are used as
 * they are.
 */
export function optionalFunction(call: Call): {values: Value; key: (value: Value) => Value} {
  const n = arity(call, 1, 2);
  if (n === 1) return {values: call.arg(0), key: (value) => value};
  const fn: Expression = call.args[0];
  return {values: call.arg(1), key: (value) => call.withCurrent(fn, value)};
}

/** Marks a value a per-value function leaves out ("non-string values are ignored"). */
export const SKIP = Symbol('skip');

/**
 * Applies `fn` to each value: a list gives the list of results (skipped values left out), a
 * single value gives its result (null when skipped), null gives null.
 */
export function eachValue(value: Value, fn: (value: Value) => Value | typeof SKIP): Value {
  if (Array.isArray(value)) {
    const out: Value[] = [];
    for (const v of value) {
      const r = fn(v);
      if (r !== SKIP) out.push(r);
    }
    return out;
  }
  if (value === null) return null;
  const r = fn(value);
  return r === SKIP ? null : r;
}

/** The first value of a value-expression, or undefined when it has none (null or `[]`). */
export function firstValue(value: Value): Value | undefined {
  if (Array.isArray(value)) return value.length > 0 ? value[0] : undefined;
  return value === null ? undefined : value;
}

/** A string argument given as a literal or an expression (a format, a namespace, a name). */
export function stringArg(call: Call, i: number, what: string): string {
  const value = call.arg(i);
  if (typeof value !== 'string') {
    throw new DtlError(`"${call.name}" needs a string ${what}, not ${JSON.stringify(value)}.`, call.name);
  }
  return value;
}

/** An integer argument (a seed, an index). */
export function integerArg(call: Call, i: number, what: string): number {
  const value = call.arg(i);
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new DtlError(`"${call.name}" needs an integer ${what}, not ${JSON.stringify(value)}.`, call.name);
  }
  return value;
}

/**
 * An integer of any size as a value. The entity data model's integers are unbounded, but a JS
 * number is exact only up to 2^53; larger integers are held as the decimal extension type
 * (`~f`), which the model orders together with integers and which keeps every digit.
 */
export const integerValue = (n: bigint): Value =>
  n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER)
    ? Number(n)
    : new Tagged('f', n.toString());

/** Compares two strings by code point, as the reference's "ASCII ordering" implies. */
export function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  const x = Array.from(a);
  const y = Array.from(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
  }
  return x.length - y.length;
}

/** The octets of a bytes value's base64 text (`atob` works in Node and in the browser alike). */
export function base64Bytes(text: string): Uint8Array {
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    throw new DtlError(`"~b${text}" is not valid base64 bytes.`);
  }
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
