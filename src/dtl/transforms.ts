import {DtlError, evaluate, NOT_COVERED, type Expression, type Rule, type Scope} from './evaluate';
import {clone, isDict, truthy, valuesOf, type Dict, type Value} from './values';

/**
 * Transform functions: the steps of a rule, which change the target entity or stop the rule
 * (hub/dtl/dtl-functions-transforms). Namespaced identifiers are taken to be off (the Sesam
 * default unless the service or pipe turns them on), so property names are used as written.
 */

/** Raised by `discard` and `filter` when their UNLESS condition is false; ends the rule. */
export class Stop {
  constructor(
    readonly by: 'discard' | 'filter',
    readonly step: Expression,
  ) {}
}

/** Raised by `trip!` and `fail!`: the pump stops, the sink's circuit breaker trips for `trip!`. */
export class Halt extends Error {
  constructor(
    readonly by: 'trip!' | 'fail!',
    message: string,
  ) {
    super(message);
  }
}

type Transform = (args: readonly Expression[], scope: TransformScope) => void;

export type TransformScope = Scope & Required<Pick<Scope, 'emit'>>;

/** `*` and `?` wildcards that must match the whole text. */
function wildcard(pattern: string): RegExp {
  const escaped = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${escaped}$`, 's');
}

type NameTest = (name: string) => boolean;

/** Splits `ns:id` at its last colon; a name without one has no namespace. */
const splitName = (name: string): [string | undefined, string] => {
  const colon = name.lastIndexOf(':');
  return colon === -1 ? [undefined, name] : [name.slice(0, colon), name.slice(colon + 1)];
};

/**
 * A property pattern as a test of names. With namespaced identifiers on, the last colon of the
 * pattern separates a namespace pattern from an identifier pattern, and a pattern without one
 * matches the identifier in every namespace (hub/dtl/namespaces; `copy` and `remove`).
 */
function nameTest(pattern: string, namespaced: boolean): NameTest {
  if (!namespaced || pattern === '*') {
    const whole = wildcard(pattern);
    return (name) => whole.test(name);
  }
  const [nsPattern, idPattern] = splitName(pattern);
  const id = wildcard(idPattern);
  const ns = nsPattern === undefined ? undefined : wildcard(nsPattern);
  return (name) => {
    const [namespace, identifier] = splitName(name);
    if (!id.test(identifier)) return false;
    return ns === undefined || (namespace !== undefined && ns.test(namespace));
  };
}

/** A wildcard-string-list argument: one pattern or a `["list", …]` of them, as name tests. */
function patterns(expression: Expression, scope: Scope): NameTest[] {
  if (expression === undefined) return [];
  return valuesOf(evaluate(expression, scope)).map((p) => {
    if (typeof p !== 'string') throw new DtlError(`a property pattern must be a string, not ${JSON.stringify(p)}.`);
    return nameTest(p, scope.program.namespaces !== undefined);
  });
}

/** PROPERTY arguments: a string or an expression that gives one or more strings. */
function propertyNames(expression: Expression, scope: Scope, name: string): string[] {
  return valuesOf(evaluate(expression, scope)).map((p) => {
    if (typeof p !== 'string') throw new DtlError(`"${name}" needs a property name, not ${JSON.stringify(p)}.`, name);
    return qualified(p, scope, name);
  });
}

/**
 * The name `add`, `add-if` and `default` write. With namespaced identifiers on, an unqualified
 * name gets the property namespace, `::x` is written as `x` and `:x` in the property namespace
 * (hub/dtl/namespaces). The reference does not say what becomes of `_id`'s values or of
 * `_`/`$` names there, so those are refused rather than guessed.
 */
function qualified(property: string, scope: Scope, transform: string): string {
  const namespaces = scope.program.namespaces;
  if (!namespaces) return property;
  if (property.startsWith('::')) return property.slice(2);
  if (property.startsWith(':')) return `${namespaces.property}${property}`;
  if (property.includes(':')) return property;
  if (property.startsWith('_') || property.startsWith('$')) {
    throw new DtlError(
      `with namespaced identifiers on, the evaluator does not cover "${transform}" of "${property}" (the reference leaves it open).`,
      transform,
    );
  }
  return `${namespaces.property}:${property}`;
}

/** The dicts of a value-expression: `merge`, `create` and `create-child` skip everything else. */
const dictsOf = (value: Value): Dict[] => valuesOf(value).filter(isDict);

/** `create` and `create-child` need an `_id` string on each entity (`id_required`, default true). */
function entitiesOf(value: Value, name: string): Dict[] {
  return dictsOf(value).map((entity) => {
    if (typeof entity._id !== 'string') {
      throw new DtlError(`"${name}" was given an entity without a string "_id"; the DTL transform would fail.`, name);
    }
    return clone(entity);
  });
}

function mergeInto(target: Dict, value: Value, union: boolean): void {
  for (const entity of dictsOf(value)) {
    for (const [key, v] of Object.entries(entity)) {
      if (key.startsWith('_')) continue;
      target[key] = union && Object.hasOwn(target, key) ? [...valuesOf(target[key]!), ...valuesOf(v)] : clone(v);
    }
  }
}

/** Stops the rule unless the condition holds; with no condition, always (`discard`, `filter`). */
const gate =
  (by: 'discard' | 'filter'): Transform =>
  (args, scope) => {
    if (args.length === 0 || !truthy(evaluate(args[0], scope))) throw new Stop(by, [by, ...args]);
  };

const TRANSFORMS: Readonly<Record<string, Transform>> = {
  add: ([property, values], scope) => {
    const value = evaluate(values, scope);
    for (const name of propertyNames(property, scope, 'add')) scope.target[name] = clone(value);
  },
  default: ([property, values], scope) => {
    const value = evaluate(values, scope);
    for (const name of propertyNames(property, scope, 'default')) {
      if (!Object.hasOwn(scope.target, name)) scope.target[name] = clone(value);
    }
  },
  // Without a CONDITION, a value is added unless it is null (the add-if examples: `[]` and
  // `[null]` are added). The condition sees the value as `_`.
  'add-if': (args, scope) => {
    const [property, condition, values] = args.length >= 3 ? args : [args[0], undefined, args[1]];
    const value = evaluate(values, scope);
    const add = condition === undefined ? value !== null : truthy(evaluate(condition, {...scope, current: value}));
    if (!add) return;
    for (const name of propertyNames(property, scope, 'add-if')) scope.target[name] = clone(value);
  },
  copy: ([include, exclude], scope) => {
    if (!isDict(scope.source)) return;
    const includes = patterns(include, scope);
    const excludes = patterns(exclude, scope);
    for (const [key, value] of Object.entries(scope.source)) {
      if (includes.some((test) => test(key)) && !excludes.some((test) => test(key))) scope.target[key] = clone(value);
    }
  },
  remove: ([property], scope) => {
    const remove = patterns(property, scope);
    for (const key of Object.keys(scope.target)) if (remove.some((test) => test(key))) delete scope.target[key];
  },
  merge: ([values], scope) => mergeInto(scope.target, evaluate(values, scope), false),
  'merge-union': ([values], scope) => mergeInto(scope.target, evaluate(values, scope), true),
  create: ([values], scope) => {
    for (const entity of entitiesOf(evaluate(values, scope), 'create')) scope.emit(entity);
  },
  'create-child': ([values], scope) => {
    const children = entitiesOf(evaluate(values, scope), 'create-child');
    scope.target.$children = [...valuesOf(scope.target.$children ?? null), ...children];
  },
  discard: gate('discard'),
  filter: gate('filter'),
  if: ([condition, then, otherwise], scope) => {
    const branch = truthy(evaluate(condition, scope)) ? then : otherwise;
    if (branch !== undefined) runSteps(stepsOf(branch), scope);
  },
  comment: () => {},
  'trip!': ([message], scope) => {
    throw new Halt('trip!', String(evaluate(message, scope)));
  },
  'fail!': ([message], scope) => {
    throw new Halt('fail!', String(evaluate(message, scope)));
  },
};

export const transformNames = (): string[] => Object.keys(TRANSFORMS).sort();

/** THEN and ELSE hold one transform (`["add", …]`) or a list of them (`[["add", …], …]`, or `[]`). */
const stepsOf = (transforms: Expression): Rule =>
  Array.isArray(transforms) && (transforms.length === 0 || Array.isArray(transforms[0])) ? transforms : [transforms];

/** Applies a rule's steps to the scope's target, in order; `Stop` and `Halt` end it early. */
export function runSteps(steps: Rule, scope: TransformScope): void {
  for (const step of steps) {
    if (!Array.isArray(step) || typeof step[0] !== 'string') {
      throw new DtlError(`a rule step must be a transform such as ["add", …], not ${JSON.stringify(step)}.`);
    }
    const [name, ...args] = step as [string, ...Expression[]];
    const transform = Object.hasOwn(TRANSFORMS, name) ? TRANSFORMS[name] : undefined;
    if (!transform) {
      throw new DtlError(`the DTL transform "${name}" ${NOT_COVERED}: add it to src/dtl or change the example.`, name);
    }
    transform(args, scope);
  }
}
