/**
 * A small evaluator for the DTL conditions that decide whether an entity goes on: the
 * comparison, null and boolean functions, on `_S.` paths and literals. Enough to prove on
 * sample entities that a page's `discard` or `filter` keeps the entities its text says it
 * keeps. Semantics follow hub/dtl (dtl-functions-comparisons, -nulls, -boolean-logic); a
 * function outside this set is an error, never a guess.
 */

export type Entity = Record<string, unknown>;
export type Expression = unknown;

/** A path value: `_S.a.b` reads the source entity; a missing property reads as null. */
function readPath(path: string, source: Entity): unknown {
  let value: unknown = source;
  for (const key of path.slice(3).split('.')) {
    value =
      value !== null && typeof value === 'object' && !Array.isArray(value) ? ((value as Entity)[key] ?? null) : null;
  }
  return value;
}

/** Null, an empty list, or a list that starts with null (dtl-functions-nulls, `is-null`). */
function isNull(value: unknown): boolean {
  return value === null || value === undefined || (Array.isArray(value) && (value.length === 0 || value[0] === null));
}

/** Truthiness of a condition's value: DTL conditions test for the boolean `true`. */
const holds = (value: unknown) =>
  value === true || (Array.isArray(value) && value.length > 0 && value.every((v) => v === true));

const equal = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function evaluate(expression: Expression, source: Entity): unknown {
  if (typeof expression === 'string') return expression.startsWith('_S.') ? readPath(expression, source) : expression;
  if (!Array.isArray(expression)) return expression;
  const [name, ...args] = expression as [string, ...Expression[]];
  const value = (i: number) => evaluate(args[i], source);
  switch (name) {
    case 'eq':
      return equal(value(0), value(1));
    case 'neq':
      return !equal(value(0), value(1));
    case 'is-null':
      return isNull(value(0));
    case 'is-not-null':
      return !isNull(value(0));
    case 'not':
      return !holds(value(0));
    case 'and':
      return args.every((_, i) => holds(value(i)));
    case 'or':
      return args.some((_, i) => holds(value(i)));
    case 'in':
      return (Array.isArray(value(1)) ? (value(1) as unknown[]) : [value(1)]).some((item) => equal(item, value(0)));
    case 'list':
      return args.map((_, i) => value(i));
    default:
      throw new Error(`the condition evaluator does not know the DTL function "${name}".`);
  }
}

/**
 * Whether an entity passes `["discard", C]` or `["filter", C]`: both take an UNLESS condition
 * (dtl-functions-transforms), so the entity goes on only when C is true; with no condition, never.
 */
export function passes(step: [string, ...Expression[]], source: Entity): boolean {
  const [name, condition] = step;
  if (name !== 'discard' && name !== 'filter') throw new Error(`"${name}" is not discard or filter.`);
  return step.length > 1 && holds(evaluate(condition, source));
}
