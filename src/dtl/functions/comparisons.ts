import {DtlError, type Call, type FunctionTable} from '../evaluate';
import {equal, isDict, Tagged, valuesOf, type Value} from '../values';
import {arity, base64Bytes, compareStrings, firstValue} from './shared';

/**
 * Comparisons (hub/dtl/dtl-functions-comparisons): `eq` and `neq` compare whole value lists,
 * `gt`, `gte`, `lt` and `lte` compare first values in the mixed type ordering of the entity data
 * model (hub/documentation/data-management/entity-data-model, "Mixed type ordering").
 */

/** The rank of a value's type in the mixed type ordering; same rank means comparable by value. */
function rank(value: Value): number {
  if (value === null) return 0;
  if (typeof value === 'boolean') return 1;
  if (typeof value === 'number') return 2;
  if (value instanceof Tagged) {
    switch (value.tag) {
      case 'f':
        return 2; // decimals order with integers and floats
      case 't':
        return 3;
      case 'u':
        return 4;
      case ':':
        return 5;
      case 'r':
        return 6;
      case 'b':
        return 10;
    }
    throw new DtlError(`the evaluator cannot order the transit value "${value.toString()}".`);
  }
  if (typeof value === 'string') return 7;
  if (isDict(value)) return 8;
  return 9; // a list (the reference's "Tuple")
}

/** A date or datetime's text as one sortable instant: `YYYY-MM-DDTHH:MM:SS.nnnnnnnnn`. */
function instant(text: string): string {
  const match = /^(-?\d{4,}-\d{2}-\d{2})(?:T(\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?Z)?$/.exec(text);
  if (!match) throw new DtlError(`"~t${text}" is not a date or datetime the evaluator can order.`);
  return `${match[1]}T${match[2] ?? '00:00:00'}.${(match[3] ?? '').padEnd(9, '0')}`;
}

const numeric = (value: Value): number => (typeof value === 'number' ? value : Number((value as Tagged).text));

/** Bytes in base64 as unsigned octets, compared octet by octet. */
const octets = (text: string): number[] => Array.from(base64Bytes(text));

function compareSequences<T>(a: readonly T[], b: readonly T[], by: (x: T, y: T) => number): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = by(a[i]!, b[i]!);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

/**
 * The entity data model's total order: by type rank first, then by value within a rank. Dicts
 * compare as their key-sorted key+value pairs; lists element by element.
 */
export function compare(a: Value, b: Value): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  switch (ra) {
    case 0:
      return 0;
    case 1:
      return Number(a) - Number(b);
    case 2: {
      // Exact integers beyond 2^53 (held as `~f`) compare by their digits when both are integers.
      if (a instanceof Tagged && b instanceof Tagged && /^-?\d+$/.test(a.text) && /^-?\d+$/.test(b.text)) {
        const x = BigInt(a.text);
        const y = BigInt(b.text);
        return x < y ? -1 : x > y ? 1 : 0;
      }
      const x = numeric(a);
      const y = numeric(b);
      return x < y ? -1 : x > y ? 1 : 0;
    }
    case 3:
      return compareStrings(instant((a as Tagged).text), instant((b as Tagged).text));
    case 4:
      return compareStrings((a as Tagged).text.toLowerCase(), (b as Tagged).text.toLowerCase());
    case 5:
    case 6:
      return compareStrings((a as Tagged).text, (b as Tagged).text);
    case 7:
      return compareStrings(a as string, b as string);
    case 8: {
      const pairs = (d: Value) => Object.entries(d as Record<string, Value>).sort(([x], [y]) => compareStrings(x, y));
      return compareSequences(pairs(a), pairs(b), ([ka, va], [kb, vb]) => compareStrings(ka, kb) || compare(va, vb));
    }
    case 9:
      return compareSequences(a as Value[], b as Value[], compare);
    default:
      return compareSequences(octets((a as Tagged).text), octets((b as Tagged).text), (x, y) => x - y);
  }
}

/** `gt`, `gte`, `lt`, `lte` on the first values of both arguments. */
// Reference ambiguity: a side with no value (null or []) makes the comparison false, as each example reads "must have a value ..."; mixed type ordering applies between values.
const ordered =
  (holds: (c: number) => boolean) =>
  (call: Call): Value => {
    arity(call, 2);
    const a = firstValue(call.arg(0));
    const b = firstValue(call.arg(1));
    if (a === undefined || b === undefined || a === null || b === null) return false;
    return holds(compare(a, b));
  };

/** `eq` and `neq` coerce both sides to lists and compare the lists exactly (not intersection). */
const sameLists = (call: Call): boolean => {
  arity(call, 2);
  return equal(valuesOf(call.arg(0)), valuesOf(call.arg(1)));
};

export const comparisons: FunctionTable = {
  eq: (call) => sameLists(call),
  neq: (call) => !sameLists(call),
  gt: ordered((c) => c > 0),
  gte: ordered((c) => c >= 0),
  lt: ordered((c) => c < 0),
  lte: ordered((c) => c <= 0),
};
