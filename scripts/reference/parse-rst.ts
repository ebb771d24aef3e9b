/**
 * Pure readers for the reStructuredText of the Sesam documentation (datanav/docs): section
 * titles, `list-table` blocks, configuration property tables, Prototype `type` values and the
 * DTL function signatures. Each function takes file text and returns data; generate.ts does the I/O.
 */

export interface Section {
  title: string;
  /** 0-based line of the title text. */
  line: number;
  /** The adornment character (with `/` + character when the title also has an overline). */
  style: string;
  /** The labels (`.. _label:`) directly before the title, backticks removed. */
  anchors: string[];
}

export interface ListTable {
  /** 0-based line of the `.. list-table::` directive. */
  line: number;
  options: Record<string, string>;
  /** The first row when `:header-rows:` is at least 1, else empty. */
  header: string[];
  rows: string[][];
}

export interface Prop {
  type?: string;
  default?: string;
  required?: boolean;
}

export interface DtlArgument {
  name: string;
  type: string;
  count: string;
}

export interface DtlSignature {
  arguments: DtlArgument[];
  minArgs: number;
  maxArgs: number | null;
  /** The signature as written, when it has alternatives or repeated groups that `arguments` flattens. */
  signature?: string;
}

export interface DtlFunction extends DtlSignature {
  name: string;
  anchor?: string;
  /** Calls to the function that the section's own examples make, as argument counts. */
  exampleArgCounts: number[];
}

const ADORNMENT = /^([!-/:-@[-`{-~])\1*\s*$/;
const LABEL = /^\.\. _`?([^`:]+)`?:\s*$/;

const lines = (text: string): string[] => text.replace(/\r\n?/g, '\n').split('\n');
const isAdornment = (line: string | undefined): boolean =>
  line !== undefined && ADORNMENT.test(line) && line.trim().length >= 2;

/** Every section title: text over an adornment line at least as long, optionally with a matching overline. */
export function parseSections(text: string): Section[] {
  const all = lines(text);
  const sections: Section[] = [];
  for (let i = 0; i + 1 < all.length; i++) {
    const title = all[i]!;
    const under = all[i + 1]!;
    if (!title.trim() || isAdornment(title) || !isAdornment(under)) continue;
    const over = all[i - 1];
    const hasOver = isAdornment(over) && over!.trim() === under.trim();
    // Only an overlined title may be inset; the adornment must be as long as the text.
    if ((/^\s/.test(title) && !hasOver) || under.trim().length < title.trimEnd().length) continue;
    const anchors: string[] = [];
    // Labels sit directly above the title (or its overline), separated only by blank lines.
    for (let j = i - (hasOver ? 2 : 1); j >= 0; j--) {
      const line = all[j]!;
      if (!line.trim()) continue;
      const label = LABEL.exec(line);
      if (!label) break;
      anchors.unshift(label[1]!.trim());
    }
    sections.push({title: title.trim(), line: i, style: (hasOver ? '/' : '') + under.trim()[0], anchors});
    i++;
  }
  return sections;
}

/** The page title: the first section title, or `fallback` when there is none. */
export function pageTitle(text: string, fallback: string): string {
  const first = parseSections(text)[0];
  return first ? first.title.replace(/``([^`]+)``/g, '$1') : fallback;
}

const indentOf = (line: string): number => line.length - line.trimStart().length;

/** Every `.. list-table::` block: rows are `* - ` items, cells `- ` items two columns further in. */
export function parseListTables(text: string): ListTable[] {
  const all = lines(text);
  const tables: ListTable[] = [];
  for (let i = 0; i < all.length; i++) {
    const directive = /^(\s*)\.\. list-table::/.exec(all[i]!);
    if (!directive) continue;
    const base = directive[1]!.length;
    const options: Record<string, string> = {};
    const rows: string[][] = [];
    let rowIndent = -1;
    let cell: string[] | undefined;
    let j = i + 1;
    for (; j < all.length; j++) {
      const line = all[j]!;
      if (line.trim() && indentOf(line) <= base) break;
      const option = /^\s*:([\w-]+):\s*(.*)$/.exec(line);
      if (option && rows.length === 0) {
        options[option[1]!] = option[2]!.trim();
        continue;
      }
      const row = /^(\s*)\* -(?: (.*)|\s*)$/.exec(line);
      if (row && (rowIndent < 0 || row[1]!.length === rowIndent)) {
        flush();
        rowIndent = row[1]!.length;
        cell = [row[2] ?? ''];
        rows.push([]);
        rows[rows.length - 1]!.push('');
        continue;
      }
      const next = rowIndent >= 0 ? /^(\s*)-(?: (.*)|\s*)$/.exec(line) : null;
      if (next && next[1]!.length === rowIndent + 2) {
        flush();
        cell = [next[2] ?? ''];
        rows[rows.length - 1]!.push('');
        continue;
      }
      // Continuation of the current cell: its text starts two columns after the cell's `- `.
      if (cell) cell.push(line.slice(Math.min(indentOf(line), rowIndent + 4)));
    }
    flush();
    const headerRows = Number(options['header-rows'] ?? '0');
    tables.push({line: i, options, header: headerRows >= 1 ? (rows[0] ?? []) : [], rows: rows.slice(headerRows)});
    i = j - 1;

    function flush(): void {
      if (!cell || rows.length === 0) return;
      const current = rows[rows.length - 1]!;
      current[current.length - 1] = cell.join('\n').trim();
      cell = undefined;
    }
  }
  return tables;
}

/** Cell text as one line: inline literal markup removed and whitespace collapsed. */
export function plain(cell: string): string {
  return cell
    .replace(/^\s*\.\. _[^\n]*:\s*$/gm, '') // a label for the next row, indented into this cell
    .replace(/``([^`]*)``/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A property table has `Property` and `Type` columns, wherever they are (some tables add a column). */
export const isPropertyTable = (table: ListTable): boolean =>
  ['Property', 'Type'].every((name) => table.header.some((h) => h.trim() === name));

/** Names the reference writes in a Property cell that are not property names (`<any url system property>`). */
export interface PropertyRows {
  properties: Record<string, Prop>;
  skipped: string[];
}

/** The properties of a property table: the Property cell's first literal, with Type, Default and Req. */
export function tableProperties(table: ListTable): PropertyRows {
  const column = (name: string) => table.header.findIndex((h) => h.trim() === name);
  const [nameAt, typeAt, defaultAt, reqAt] = ['Property', 'Type', 'Default', 'Req'].map(column) as [
    number,
    number,
    number,
    number,
  ];
  const properties: Record<string, Prop> = {};
  const skipped: string[] = [];
  for (const row of table.rows) {
    const cell = row[nameAt] ?? '';
    // A cell may add a remark after the name: ``custom_auth`` (experimental).
    const name = /^``([^`]+)``/.exec(cell.trim())?.[1]?.trim();
    if (!name || !/^[$A-Za-z_][\w$.:-]*$/.test(name)) {
      skipped.push(plain(cell));
      continue;
    }
    const prop: Prop = {};
    const type = typeAt >= 0 ? plain(row[typeAt] ?? '') : '';
    if (type) prop.type = type;
    const fallback = defaultAt >= 0 ? plain(row[defaultAt] ?? '') : '';
    if (fallback) prop.default = fallback;
    const req = reqAt >= 0 ? plain(row[reqAt] ?? '').toLowerCase() : '';
    // Conditional answers ("Yes, unless schema_url is specified", "Yes*") say neither.
    if (req === 'yes') prop.required = true;
    else if (req === 'no') prop.required = false;
    properties[name] = prop;
  }
  return {properties, skipped};
}

/** The section each 0-based line belongs to (the last title at or before it), or undefined before the first. */
export function sectionAt(sections: readonly Section[], line: number): Section | undefined {
  let found: Section | undefined;
  for (const section of sections) if (section.line <= line) found = section;
  return found;
}

/** The body of a section: from its title to the next title of the same or a higher level. */
export function sectionBody(text: string, sections: readonly Section[], section: Section): string {
  const all = lines(text);
  const levels = sectionLevels(sections);
  const level = levels.get(section.style)!;
  const next = sections.find((s) => s.line > section.line && levels.get(s.style)! <= level);
  return all.slice(section.line, next ? next.line - 1 - next.anchors.length : all.length).join('\n');
}

/** RST levels follow the order in which adornment styles first appear in the file. */
export function sectionLevels(sections: readonly Section[]): Map<string, number> {
  const levels = new Map<string, number>();
  for (const s of sections) if (!levels.has(s.style)) levels.set(s.style, levels.size);
  return levels;
}

/** The `"type"` values of the JSON in a text (a Prototype block), in order of appearance, without repeats. */
export function typeValues(text: string): string[] {
  const found = [...text.matchAll(/"type"\s*:\s*"([^"]+)"/g)].map((m) => m[1]!);
  return [...new Set(found)];
}

/** The literal blocks (`::` or `.. code-block::`) of a text, each as its dedented content. */
export function literalBlocks(text: string): string[] {
  const all = lines(text);
  const blocks: string[] = [];
  for (let i = 0; i < all.length; i++) {
    const line = all[i]!;
    const directive = /^\s*\.\.\s+(?:code-block|code|sourcecode)\s*::/.test(line);
    if (!directive && (!/::\s*$/.test(line) || /^\s*\.\. /.test(line))) continue;
    // In a list or table cell (`- ::`) the paragraph starts after the marker.
    const base = /^\s*(?:[-*] |\| )?/.exec(line)![0].length;
    const body: string[] = [];
    let j = i + 1;
    for (; j < all.length; j++) {
      const next = all[j]!;
      if (next.trim() && indentOf(next) <= base) break;
      body.push(next);
    }
    // Options of a code-block directive (`:linenos:`) are not content.
    const content = body
      .filter((l) => !/^\s*:[\w-]+:/.test(l))
      .join('\n')
      .trim();
    if (content) blocks.push(content);
    i = j - 1;
  }
  return blocks;
}

/** JSON as the reference writes it in examples: `//` comments, trailing commas and `...` elisions allowed. */
export function looseJson(text: string): unknown {
  const cleaned = text
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/\[\s*\.\.\.\s*\]/g, '[]')
    .replace(/,\s*\.\.\.\s*/g, '')
    .replace(/,(\s*[}\]])/g, '$1');
  return parses(cleaned);
}

/** The top-level keys of the JSON object(s) in a page's Prototype section(s). */
export function prototypeKeys(text: string): string[] {
  const sections = parseSections(text);
  const keys = sections
    .filter((s) => /^prototype/i.test(s.title))
    .flatMap((s) => literalBlocks(sectionBody(text, sections, s)))
    .flatMap((block) => {
      const parsed = looseJson(block);
      return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? Object.keys(parsed) : [];
    });
  return [...new Set(keys)];
}

export type Role = 'source' | 'sink' | 'transform' | 'system';

/** The `type` of each `role` object in parsed example JSON: under `source`/`sink`/`transform`, or top-level `system:…`. */
function typesInExample(value: unknown, role: Role): string[] {
  const found: string[] = [];
  const visit = (node: unknown, top: boolean): void => {
    if (Array.isArray(node)) return node.forEach((n) => visit(n, top));
    if (!node || typeof node !== 'object') return;
    const object = node as Record<string, unknown>;
    if (role === 'system' && top && typeof object.type === 'string' && object.type.startsWith('system:'))
      found.push(object.type);
    if (role !== 'system')
      for (const component of [object[role]].flat())
        if (component && typeof component === 'object' && typeof (component as {type?: unknown}).type === 'string')
          found.push((component as {type: string}).type);
    for (const child of Object.values(object)) if (child && typeof child === 'object') visit(child, false);
  };
  visit(value, true);
  return found;
}

export interface DocumentedTypes {
  types: string[];
  /** Where they were read: the Prototype block, or (for pages without one) the examples. */
  from: 'prototype' | 'examples' | 'none';
}

/**
 * The component type(s) a page documents. The Prototype block shows the component itself, so its
 * outermost `"type"` is the one (a conditional's alternatives nest other types inside it; a merge
 * source shows two variants of the same type). Pages without a Prototype block show whole pipes or
 * systems in their examples, so there the type is read from the `role` position of those examples.
 */
export function documentedTypes(text: string, role: Role): DocumentedTypes {
  const sections = parseSections(text);
  const prototypes = sections
    .filter((s) => /^prototype/i.test(s.title))
    .flatMap((s) => literalBlocks(sectionBody(text, sections, s)));
  const fromPrototype = prototypes.flatMap((block) => {
    const parsed = looseJson(block) as {type?: unknown} | undefined;
    if (parsed && parsed.type === 'pipe') return typesInExample(parsed, role);
    const first = /"type"\s*:\s*"([^"]+)"/.exec(block)?.[1];
    return first ? [first] : [];
  });
  if (fromPrototype.length > 0) return {types: [...new Set(fromPrototype)], from: 'prototype'};
  const fromExamples = literalBlocks(text).flatMap((block) => {
    const parsed = looseJson(block);
    if (parsed !== undefined) return typesInExample(parsed, role);
    // Some examples are not valid JSON (unclosed braces): read the type that opens the role's object.
    const pattern =
      role === 'system'
        ? /"type"\s*:\s*"(system:[^"]+)"/g
        : new RegExp(`"${role}"\\s*:\\s*\\[?\\s*\\{\\s*"type"\\s*:\\s*"([^"]+)"`, 'g');
    return [...block.matchAll(pattern)].map((m) => m[1]!);
  });
  if (fromExamples.length > 0) return {types: [...new Set(fromExamples)], from: 'examples'};
  return {types: [], from: 'none'};
}

// ---------------------------------------------------------------------------------------------
// DTL signatures

/** Minimum and maximum (null: unbounded) for a count as the DTL reference writes it. */
export function countRange(count: string): [number, number | null] {
  const c = count.replace(/\\/g, '').replace(/\s+/g, '');
  let m: RegExpExecArray | null;
  if ((m = /^(\d+)$/.exec(c))) return [Number(m[1]), Number(m[1])];
  if ((m = /^(\d+)\|(\d+)$/.exec(c))) return [Number(m[1]), Number(m[2])];
  if ((m = /^>=(\d+)$/.exec(c))) return [Number(m[1]), null];
  if ((m = /^>(\d+)$/.exec(c))) return [Number(m[1]) + 1, null];
  if ((m = /^(\d+)\+$/.exec(c))) return [Number(m[1]), null];
  if (c === '+') return [1, null];
  if (c === '*') return [0, null];
  throw new Error(`unknown DTL argument count "{${count}}"`);
}

/**
 * The reference's own typos in signatures, repaired before parsing (seen in datanav/docs
 * dtl-functions-*.rst): `(0|1}` for `{0|1}`, `{>=0)` for `{>=0}`, `{0|1}}` and `\|` escapes.
 */
export function repairSignature(text: string): string {
  return text
    .replace(/\\\|/g, '|')
    .replace(/\((\d+\|\d+|>=?\d+|\d+\+?)\}/g, '{$1}')
    .replace(/\{([^{}()]*)\)/g, '{$1}')
    .replace(/\}\}/g, '}');
}

type Token = {kind: '(' | ')' | ',' | 'or' | '+' | 'count' | 'word' | 'string'; text: string};

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /\s*(?:(\{[^}]*\})|("[^"]*")|(\bor\b)|([(),+])|([^\s(){},+"]+))/gy;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(text)) && m[0].length > 0) {
    if (m[1]) tokens.push({kind: 'count', text: m[1].slice(1, -1).trim()});
    else if (m[2]) tokens.push({kind: 'string', text: m[2]});
    else if (m[3]) tokens.push({kind: 'or', text: 'or'});
    else if (m[4]) tokens.push({kind: m[4] as '(' | ')' | ',' | '+', text: m[4]});
    else if (m[5]) tokens.push({kind: 'word', text: m[5]});
  }
  return tokens;
}

type Range = [number, number | null];
const add = (a: Range, b: Range): Range => [a[0] + b[0], a[1] === null || b[1] === null ? null : a[1] + b[1]];
const times = (inner: Range, count: Range): Range => [
  inner[0] * count[0],
  inner[1] === 0 ? 0 : inner[1] === null || count[1] === null ? null : inner[1] * count[1],
];
const loosest = (a: Range, b: Range): Range => [
  Math.min(a[0], b[0]),
  a[1] === null || b[1] === null ? null : Math.max(a[1], b[1]),
];

/**
 * Parses an `*Arguments:*` signature. Grammar, leniently (the reference leaves parentheses
 * unclosed): items separated by `,` or line breaks; an item is `NAME(type{count})`, `NAME{count}`,
 * `type{count}` (one anonymous argument list), `NAME("literal")` or `(items){count}` / `(items)+`;
 * `or` separates alternatives. A missing count means one argument.
 */
export function parseSignature(text: string): DtlSignature {
  const tokens = tokenize(repairSignature(text));
  const args: DtlArgument[] = [];
  let pos = 0;
  let structured = false;
  const peek = () => tokens[pos];

  function sequence(): Range {
    let best: Range | undefined;
    let current: Range = [0, 0];
    for (;;) {
      const token = peek();
      if (!token || token.kind === ')') break;
      pos++;
      if (token.kind === ',') continue;
      if (token.kind === 'or') {
        structured = true;
        best = best ? loosest(best, current) : current;
        current = [0, 0];
        continue;
      }
      if (token.kind === '(') {
        const inner = sequence();
        if (peek()?.kind === ')') pos++;
        current = add(current, times(inner, groupCount()));
        continue;
      }
      if (token.kind === 'word' || token.kind === 'string') current = add(current, atom(token));
      // A stray count or `+` on its own adds nothing.
    }
    return best ? loosest(best, current) : current;
  }

  function groupCount(): Range {
    const token = peek();
    if (token?.kind === '+') {
      pos++;
      structured = true;
      return [1, null];
    }
    if (token?.kind === 'count') {
      pos++;
      structured = true;
      return countRange(token.text);
    }
    return [1, 1];
  }

  function atom(first: Token): Range {
    let name = first.kind === 'word' && /^[A-Z][A-Z0-9_-]*$/.test(first.text) ? first.text : '';
    let type = name ? '' : first.text;
    let count = '1';
    if (peek()?.kind === 'count') {
      count = peek()!.text;
      pos++;
    } else if (name && peek()?.kind === '(') {
      pos++;
      const parts: string[] = [];
      while (peek() && (peek()!.kind === 'word' || peek()!.kind === 'string')) parts.push(tokens[pos++]!.text);
      type = parts.join(' ');
      if (peek()?.kind === 'count') count = tokens[pos++]!.text;
      if (peek()?.kind === ')') pos++;
    }
    if (!name) name = type.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
    const normalized = count.replace(/\s+/g, '');
    args.push({name, type, count: normalized});
    return countRange(normalized);
  }

  const [minArgs, maxArgs] = sequence();
  const signature: DtlSignature = {arguments: args, minArgs, maxArgs};
  if (structured) signature.signature = text.replace(/\s+/g, ' ').trim();
  return signature;
}

/**
 * The signature text of a function description: the line-block lines after `*Arguments:*` up to
 * the first empty `|` line (lines of a line block without their own `|` continue the previous one).
 */
export function argumentsText(body: string): string | undefined {
  const all = lines(body);
  const start = all.findIndex((l) => l.includes('*Arguments:*'));
  if (start < 0) return undefined;
  const parts = [all[start]!.slice(all[start]!.indexOf('*Arguments:*') + '*Arguments:*'.length)];
  for (let i = start + 1; i < all.length; i++) {
    const line = all[i]!;
    const bar = /^\s*(?:[*-] )?\|(?: (.*)|\s*)$/.exec(line);
    if (bar) {
      if (!bar[1]?.trim()) break;
      parts.push(bar[1]);
    } else if (line.trim() && !/^\s*[*-] /.test(line)) {
      parts.push(line);
    } else break;
  }
  return parts.join('\n').trim();
}

/**
 * The argument counts of the section's own example calls `["name", …]`: inline literals, literals
 * spread over several line-block lines, and literal blocks. Examples that are not JSON are skipped.
 */
export function exampleArgCounts(body: string, name: string): number[] {
  const candidates = [...literalBlocks(body)];
  let pending = '';
  for (const line of lines(body)) {
    const literals = /^\s*(?:- )?\|\s*((?:``[^`]*``\s*)+)$/.exec(line);
    if (!literals) {
      pending = '';
      continue;
    }
    for (const m of literals[1]!.matchAll(/``([^`]*)``/g)) {
      const part = m[1]!.trim();
      if (!pending && !part.startsWith('[')) continue;
      pending = pending ? `${pending} ${part}` : part;
      if (parses(pending)) {
        candidates.push(pending);
        pending = '';
      }
    }
  }
  const counts: number[] = [];
  for (const candidate of candidates) {
    const value = parses(candidate);
    if (Array.isArray(value) && value[0] === name) counts.push(value.length - 1);
  }
  return counts;
}

/** The JSON value of a text, or undefined when it is not JSON. */
function parses(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The DTL functions of a dtl-functions-*.rst page: each section titled ``name``. */
export function parseDtlFunctions(text: string): DtlFunction[] {
  const sections = parseSections(text);
  const functions: DtlFunction[] = [];
  for (const section of sections) {
    const name = /^``([^`]+)``$/.exec(section.title)?.[1];
    if (!name) continue;
    const body = sectionBody(text, sections, section);
    const signatureText = argumentsText(body);
    // No `*Arguments:*` line: the function takes none (checked by hand for each such page in the report).
    const signature = signatureText ? parseSignature(signatureText) : {arguments: [], minArgs: 0, maxArgs: 0};
    const fn: DtlFunction = {name, ...signature, exampleArgCounts: exampleArgCounts(body, name)};
    if (section.anchors.length > 0) fn.anchor = section.anchors[section.anchors.length - 1]!;
    functions.push(fn);
  }
  return functions;
}
