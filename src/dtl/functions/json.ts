import {type Call, type FunctionTable} from '../evaluate';
import {isDict, Tagged, type Value} from '../values';
import {arity, compareStrings, eachValue} from './shared';

/**
 * JSON (hub/dtl/dtl-functions-json): `json` and `json-transit` turn each value into JSON text.
 * The examples show Python's `json.dumps` layout: `", "` and `": "` separators, dict keys sorted,
 * floats as Python writes them.
 */

/** A number as Python writes it: integers in full, floats in `repr` form (`1e-05`, `124.4`). */
export function pythonNumber(n: number): string {
  if (!Number.isFinite(n)) return n > 0 ? 'Infinity' : n < 0 ? '-Infinity' : 'NaN';
  if (Number.isInteger(n)) return BigInt(n).toString();
  const [mantissa, exponent] = n.toExponential().split('e') as [string, string];
  const e = Number(exponent);
  // Python switches to scientific notation below 1e-4 (JS only below 1e-6), with 2-digit exponents.
  if (e < -4) return `${mantissa}e-${String(-e).padStart(2, '0')}`;
  return String(n);
}

/** A string as JSON text. */
// Reference ambiguity: the examples show Python's default separators, so its default ensure_ascii is kept too (non-ASCII as \uXXXX).
export function jsonString(text: string): string {
  let out = '"';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const code = text.charCodeAt(i);
    if (c === '"') out += '\\"';
    else if (c === '\\') out += '\\\\';
    else if (c === '\n') out += '\\n';
    else if (c === '\r') out += '\\r';
    else if (c === '\t') out += '\\t';
    else if (c === '\b') out += '\\b';
    else if (c === '\f') out += '\\f';
    else if (code < 0x20 || code > 0x7e) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += c;
  }
  return `${out}"`;
}

/**
 * A value as JSON text, dict keys sorted. With `transit`, extension-type values are their
 * transit strings (`"~:crm:42"`); without, their plain text (`"crm:42"`), decimals as numbers.
 */
export function jsonText(value: Value, transit: boolean): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return pythonNumber(value);
  if (typeof value === 'string') return jsonString(value);
  if (value instanceof Tagged) {
    if (transit) return jsonString(value.toString());
    return value.tag === 'f' ? value.text : jsonString(value.text);
  }
  if (Array.isArray(value)) return `[${value.map((v) => jsonText(v, transit)).join(', ')}]`;
  if (isDict(value)) {
    const keys = Object.keys(value).sort(compareStrings);
    return `{${keys.map((k) => `${jsonString(k)}: ${jsonText(value[k]!, transit)}`).join(', ')}}`;
  }
  return 'null';
}

/** `json` and `json-transit`: one JSON text per input value. */
// Reference ambiguity: both entries' examples give an input URI as its text unquoted, so input extension-type values are (inside lists and dicts they are quoted).
// Reference ambiguity: `json` translates "all input values" (`string` says "non-null"), so null becomes "null".
const toJson = (transit: boolean) => (call: Call) => {
  arity(call, 1);
  const value = call.arg(0);
  const one = (v: Value) => (v instanceof Tagged ? (transit ? v.toString() : v.text) : jsonText(v, transit));
  return value === null ? 'null' : eachValue(value, one);
};

export const json: FunctionTable = {
  json: toJson(false),
  'json-transit': toJson(true),
};
