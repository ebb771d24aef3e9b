/**
 * DTL values as the evaluator holds them. JSON gives null, booleans, numbers, strings, lists and
 * dicts; the entity data model's extension types (hub/documentation/data-management/
 * entity-data-model, "Extension types") arrive as transit-encoded strings such as
 * `"~:crm:42"` or `"~t2015-12-31T00:00:00Z"` and are held as `Tagged` values, so that a
 * namespaced identifier is never mistaken for the string that spells it.
 */

export type Dict = {[key: string]: Value};
export type Value = null | boolean | number | string | Tagged | Value[] | Dict;
/** An entity: a dict, by convention with a string `_id`. */
export type Entity = Dict;

/** The transit tags the entity data model lists: NI, URI, date/datetime, bytes, UUID, decimal. */
const TAGS = new Set([':', 'r', 't', 'b', 'u', 'f']);

export class Tagged {
  constructor(
    readonly tag: string,
    readonly text: string,
  ) {}
  toString(): string {
    return `~${this.tag}${this.text}`;
  }
}

export const ni = (text: string) => new Tagged(':', text);
export const isNi = (value: Value): value is Tagged => value instanceof Tagged && value.tag === ':';
export const isDatetime = (value: Value): value is Tagged => value instanceof Tagged && value.tag === 't';

export const isDict = (value: Value | undefined): value is Dict =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Tagged);

/** JSON as written in a page (transit strings included) to evaluator values. */
export function decode(json: unknown): Value {
  if (typeof json === 'string') {
    return json.length > 1 && json[0] === '~' && TAGS.has(json[1]!) ? new Tagged(json[1]!, json.slice(2)) : json;
  }
  if (Array.isArray(json)) return json.map(decode);
  if (json !== null && typeof json === 'object') {
    return Object.fromEntries(Object.entries(json).map(([k, v]) => [k, decode(v)]));
  }
  if (json === undefined) return null;
  // An integer too large for a JS number (read from YAML as a bigint) keeps every digit as a decimal.
  if (typeof json === 'bigint') return new Tagged('f', json.toString());
  return json as Value;
}

/** A decimal holding an integer beyond 2^53: made from an integer, so a node shows it as one. */
const isLargeInteger = (value: Tagged) =>
  value.tag === 'f' && /^-?\d+$/.test(value.text) && !Number.isSafeInteger(Number(value.text));

/** Evaluator values back to the JSON a Sesam node shows (transit strings for tagged values). */
export function encode(value: Value): unknown {
  if (value instanceof Tagged) return isLargeInteger(value) ? BigInt(value.text) : value.toString();
  if (Array.isArray(value)) return value.map(encode);
  if (isDict(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
  return value;
}

/**
 * A boolean-expression's value as a decision: `false`, `null` and `[]` are false, everything
 * else is true (hub/dtl/argument-types, `boolean-expression`).
 */
export const truthy = (value: Value): boolean =>
  !(value === false || value === null || (Array.isArray(value) && value.length === 0));

/** A value-expression as the list of values it stands for: null is none, a single value is one. */
export const valuesOf = (value: Value): Value[] => (value === null ? [] : Array.isArray(value) ? value : [value]);

/** A list of one value reads as that value (DTL functions return single values unwrapped). */
export const single = (values: Value[]): Value => (values.length === 1 ? values[0]! : values);

/** Deep equality of two values, tagged values by tag and text, dicts regardless of key order. */
export function equal(a: Value, b: Value): boolean {
  if (a === b) return true;
  if (a instanceof Tagged || b instanceof Tagged) {
    return a instanceof Tagged && b instanceof Tagged && a.tag === b.tag && a.text === b.text;
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => equal(v, b[i]!));
  }
  if (isDict(a) && isDict(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && equal(a[k]!, b[k]!));
  }
  return false;
}

/** A deep copy, so that a transform never shares structure with the entity it read. */
export const clone = <T extends Value>(value: T): T => decode(encode(value)) as T;
