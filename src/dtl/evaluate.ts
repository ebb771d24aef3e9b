import {decode, isDict, ni, type Dict, type Entity, type Value} from './values';

/**
 * The expression side of DTL: a string is a path when it starts with a variable (`_S.`, `_T.`,
 * `_P.`, `_R.`, `_.`) or a hops alias bound in scope, a list is a function call, anything else is
 * a literal (hub/dtl/paths, hub/dtl/variables). Functions live in tables, one per group of the
 * reference; a name in no table is an error that names it, never a guess.
 */

export type Expression = unknown;
export type Rule = Expression[];

/** The pipe's namespaces, when namespaced identifiers are on (hub/features/namespaces). */
export interface Namespaces {
  identity: string;
  property: string;
}

/** What a DTL program can see besides the entity: its named rules and the datasets it hops to. */
export interface Program {
  rules: Readonly<Record<string, Rule>>;
  datasets: Readonly<Record<string, readonly Entity[]>>;
  /** Set when the pipe has namespaced identifiers on; property names then behave as hub/dtl/namespaces says. */
  namespaces?: Namespaces;
}

/** One level of transformation: the source and target entity, their parents and the root. */
export interface Scope {
  program: Program;
  source: Value;
  target: Entity;
  /** `_P`: the parent level's `_S`, `_T` and its own `_P`, inside `apply`. */
  parent?: Dict;
  /** `_R`: the root level's `_S` and `_T`. */
  root: Dict;
  /** `_`: the current value inside a function-expression. */
  current?: Value;
  /** Hops aliases (`"orders o"` binds `o`) while a `where` clause is evaluated. */
  aliases?: Readonly<Record<string, Value>>;
  /** Sends an entity made by `create` to the output, ahead of the root target. */
  emit?: (entity: Dict) => void;
}

/**
 * What the errors say of a function or transform the evaluator lacks. Only the evaluator holds
 * these words, so a script that contains them carries the evaluator (the bench and a browser
 * test look for them to prove that pages ship none of it).
 */
export const NOT_COVERED = 'is not covered by the worked-example evaluator';

/** A mistake in a DTL expression or a construct the evaluator does not cover. */
export class DtlError extends Error {
  constructor(
    message: string,
    /** The function the error is about, when there is one (to point at its line in a page). */
    readonly functionName?: string,
  ) {
    super(message);
    this.name = 'DtlError';
  }
}

/** A function call as a function implementation sees it. */
export interface Call {
  name: string;
  args: readonly Expression[];
  scope: Scope;
  /** Evaluates argument i in the call's scope (missing arguments are null). */
  arg(i: number): Value;
  /** Evaluates an expression with `_` bound to `current` (function-expression arguments). */
  withCurrent(expression: Expression, current: Value): Value;
}

export type DtlFunction = (call: Call) => Value;
export type FunctionTable = Readonly<Record<string, DtlFunction>>;

const tables: FunctionTable[] = [];

/** Adds a group of functions; each group is one module under functions/. */
export function defineFunctions(table: FunctionTable): void {
  tables.push(table);
}

export const functionNames = (): string[] => tables.flatMap((t) => Object.keys(t)).sort();

function lookup(name: string): DtlFunction | undefined {
  for (const table of tables) if (Object.hasOwn(table, name)) return table[name];
  return undefined;
}

const VARIABLE = /^(_S|_T|_P|_R|_)\.(.*)$/s;

/** Splits a property path, honouring quoted elements: `foo.'john.doe''s'.bar` (hub/dtl/paths). */
export function splitPath(path: string): string[] {
  if (path === '') return [];
  const parts: string[] = [];
  let i = 0;
  while (i <= path.length) {
    if (path[i] === "'") {
      let part = '';
      i += 1;
      for (;;) {
        if (i >= path.length) throw new DtlError(`the path "${path}" has an unclosed quote.`);
        if (path[i] === "'" && path[i + 1] === "'") {
          part += "'";
          i += 2;
        } else if (path[i] === "'") {
          i += 1;
          break;
        } else part += path[i++];
      }
      parts.push(part);
      i += 1; // the dot after the quoted element
    } else {
      const end = path.indexOf('.', i);
      parts.push(path.slice(i, end === -1 ? path.length : end));
      if (end === -1) break;
      i = end + 1;
    }
  }
  return parts;
}

/**
 * Follows property names from a value. Lists met on the way are walked element by element, so
 * `_S.orders.amount` is the list of every order's amount; a missing property contributes nothing.
 * The result is a single value when no list was met, null when nothing was found.
 */
export function follow(start: Value, keys: readonly string[], namespaces?: Namespaces): Value {
  let values: Value[] = [start];
  let many = false;
  for (const key of keys) {
    const next: Value[] = [];
    for (const value of values) {
      if (!isDict(value)) continue;
      const names = matchingKeys(value, key, namespaces);
      // One element naming the property in several namespaces reads all of their values.
      if (names.length > 1) many = true;
      for (const name of names) {
        const found = value[name]!;
        if (Array.isArray(found)) {
          many = true;
          next.push(...found);
        } else next.push(found);
      }
    }
    values = next;
  }
  if (many) return values;
  return values.length === 0 ? null : values[0]!;
}

/**
 * The properties of a dict a path element names. With namespaced identifiers off, the element
 * itself. With them on, an unqualified element (`status`) names the property in every namespace
 * (`erp:status`, `crm:status`, `status`), `::x` names `x` as written and `:x` names `x` in the
 * current property namespace (hub/dtl/namespaces, "NI escape syntax").
 */
function matchingKeys(dict: Dict, key: string, namespaces: Namespaces | undefined): string[] {
  if (!namespaces) return Object.hasOwn(dict, key) ? [key] : [];
  if (key.startsWith('::')) return Object.hasOwn(dict, key.slice(2)) ? [key.slice(2)] : [];
  if (key.startsWith(':')) return matchingKeys(dict, `${namespaces.property}${key}`, namespaces);
  if (key.includes(':')) return Object.hasOwn(dict, key) ? [key] : [];
  return Object.keys(dict).filter(
    (name) => name === key || (name.slice(name.lastIndexOf(':') + 1) === key && name.includes(':')),
  );
}

function variable(name: string, scope: Scope): Value {
  switch (name) {
    case '_S':
      return scope.source;
    case '_T':
      return scope.target;
    case '_R':
      return scope.root;
    case '_P':
      if (!scope.parent) throw new DtlError('`_P` is only defined inside `apply`.');
      return scope.parent;
    default:
      if (scope.current === undefined) throw new DtlError('`_` is only defined inside a function-expression.');
      return scope.current;
  }
}

/**
 * `_S.$ids` reads the source's `_id` as a namespaced identifier when the entity has no `$ids`
 * of its own (hub/dtl/caveats): with namespaced identifiers on, prefixed by the identity
 * namespace; with them off, as it is.
 */
function withIds(source: Value, namespaces: Namespaces | undefined): Value {
  if (!isDict(source) || Object.hasOwn(source, '$ids') || typeof source._id !== 'string') return source;
  return {...source, $ids: [ni(namespaces ? `${namespaces.identity}:${source._id}` : source._id)]};
}

/** The value a path string stands for, or undefined when the string is a plain literal. */
function readPath(text: string, scope: Scope): Value | undefined {
  const match = VARIABLE.exec(text);
  if (match) {
    const keys = splitPath(match[2]!);
    const start = variable(match[1]!, scope);
    const from = match[1] === '_S' && keys[0] === '$ids' ? withIds(start, scope.program.namespaces) : start;
    return follow(from, keys, scope.program.namespaces);
  }
  if (scope.aliases) {
    const dot = text.indexOf('.');
    const alias = dot === -1 ? undefined : text.slice(0, dot);
    if (alias !== undefined && Object.hasOwn(scope.aliases, alias)) {
      return follow(scope.aliases[alias]!, splitPath(text.slice(dot + 1)), scope.program.namespaces);
    }
  }
  return undefined;
}

export function evaluate(expression: Expression, scope: Scope): Value {
  if (typeof expression === 'string') {
    const value = readPath(expression, scope);
    return value === undefined ? decode(expression) : value;
  }
  if (!Array.isArray(expression)) return decode(expression);
  const [name, ...args] = expression as unknown[];
  if (typeof name !== 'string') {
    throw new DtlError(`a list in an expression must start with a function name, not ${JSON.stringify(name)}.`);
  }
  const implementation = lookup(name);
  if (!implementation) {
    throw new DtlError(`the DTL function "${name}" ${NOT_COVERED}: add it to src/dtl or change the example.`, name);
  }
  return implementation({
    name,
    args,
    scope,
    arg: (i) => (i < args.length ? evaluate(args[i], scope) : null),
    withCurrent: (e, current) => evaluate(e, {...scope, current}),
  });
}
