/**
 * Entities as JSON for reading: two-space indents, but a list or dict whose one-line form fits
 * half the text column (where an output sits beside its input) stays on one line.
 */
const INLINE_WIDTH = 40;

/** JSON text of a value that may hold bigints (large integers), written as plain digits. */
export function jsonText(value: unknown): string | undefined {
  const text = JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? `\u0000${v}\u0000` : v));
  return text?.replace(/"\\u0000(-?\d+)\\u0000"/g, '$1');
}

export function formatJson(value: unknown, indent = ''): string {
  const flat = jsonText(value);
  if (flat === undefined || value === null || typeof value !== 'object' || flat.length <= INLINE_WIDTH) {
    return spaced(flat ?? 'null');
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    return `[\n${value.map((v) => `${inner}${formatJson(v, inner)}`).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${formatJson(v, inner)}`).join(',\n')}\n${indent}}`;
}

/** One line, with a space after each separator outside strings: `{"a": 1, "b": [2, 3]}`. */
export const formatInline = (value: unknown): string => spaced(jsonText(value) ?? 'null');

function spaced(json: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < json.length; i += 1) {
    const c = json[i]!;
    out += c;
    if (inString) {
      if (c === '\\') out += json[++i] ?? '';
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === ',' || c === ':') out += ' ';
  }
  return out;
}
