import {DtlError, type Namespaces, type Program, type Scope} from './evaluate';
import {Halt, runSteps, Stop, type TransformScope} from './transforms';
import {clone, decode, encode, isDict, type Dict, type Entity, type Value} from './values';

/** What one named rule made of one source value: its target, or the step that stopped it. */
export interface RuleResult {
  target: Dict;
  stopped?: Stop;
}

/** Runs a named rule on one source value, below `parent` (the `apply` level above it), if any. */
export function runRule(
  name: string,
  source: Value,
  context: {program: Program; emit: (entity: Dict) => void; parent?: Scope},
): RuleResult {
  const steps = context.program.rules[name];
  if (!steps) throw new DtlError(`there is no rule named "${name}" in the DTL transform.`, 'apply');
  const target: Dict = {};
  const {parent} = context;
  const scope: TransformScope = {
    program: context.program,
    source,
    target,
    // `_R` is the root level; `_P` holds the parent's `_S`, `_T` and, when it has one, its `_P`.
    root: parent ? parent.root : {_S: source, _T: target},
    parent: parent ? {_S: parent.source, _T: parent.target, ...(parent.parent ? {_P: parent.parent} : {})} : undefined,
    emit: context.emit,
  };
  try {
    runSteps(steps, scope);
  } catch (signal) {
    if (signal instanceof Stop) return {target, stopped: signal};
    throw signal;
  }
  return {target};
}

/** How the pipe around the DTL transform treats what comes out of it. */
export interface PipeOptions {
  /** The entities of the datasets the rules hop to, by dataset id. */
  datasets?: Readonly<Record<string, readonly unknown[]>>;
  /**
   * Whether the output goes on to a `dataset` sink (the default sink): there a `filter` emits the
   * entity with `_filtered: true` instead of dropping it (dtl-functions-transforms, `filter`).
   */
  datasetSink?: boolean;
  /** The pipe's namespaces when it has namespaced identifiers on. */
  namespaces?: Namespaces;
  /** `add_namespaces`: the namespaces are put on the entity before the first transform. */
  addNamespaces?: boolean;
}

/**
 * What `add_namespaces` does before the first transform: the identity namespace in front of
 * `_id`, the property namespace in front of each property (hub/features/namespaces). Names that
 * already have a namespace, and `_`/`$` names (`_deleted`, `$ids`), are taken to stay as they
 * are: the reference does not list exceptions, and prefixing them would break them.
 */
function withNamespaces(entity: Value, {identity, property}: Namespaces): Value {
  if (!isDict(entity)) return entity;
  return Object.fromEntries(
    Object.entries(entity).map(([key, value]) => {
      if (key === '_id' && typeof value === 'string') return [key, `${identity}:${value}`];
      if (key.startsWith('_') || key.startsWith('$') || key.includes(':')) return [key, value];
      return [`${property}:${key}`, value];
    }),
  );
}

/** The result of a DTL transform on one source entity, as JSON a Sesam node would show. */
export interface Outcome {
  /** Entities emitted, in order: those made by `create`, then the target (unless it was dropped). */
  output: unknown[];
  /** Set when `discard`, or `filter` before a non-dataset sink, dropped the target. */
  dropped?: {by: 'discard' | 'filter'; step: unknown};
  /** Set when `filter` stopped the rule and the target went on marked `_filtered`. */
  filtered?: {step: unknown};
  /** Set when `trip!` or `fail!` stopped the pump. */
  halted?: {by: 'trip!' | 'fail!'; message: string};
}

/** Runs the `default` rule of a DTL transform's `rules` on one source entity. */
export function runDtl(rules: Record<string, unknown>, input: unknown, options: PipeOptions = {}): Outcome {
  const datasets = Object.fromEntries(
    Object.entries(options.datasets ?? {}).map(([id, entities]) => [id, entities.map((e) => decode(e) as Entity)]),
  );
  const program: Program = {rules: rules as Program['rules'], datasets, namespaces: options.namespaces};
  const created: Dict[] = [];
  if (options.addNamespaces && !options.namespaces) {
    throw new DtlError('"add_namespaces" needs namespaced identifiers on; the evaluator cannot tell the namespaces.');
  }
  const source = options.addNamespaces ? withNamespaces(decode(input), options.namespaces!) : decode(input);
  let result: RuleResult;
  try {
    result = runRule('default', source, {program, emit: (entity) => created.push(entity)});
  } catch (signal) {
    if (signal instanceof Halt) return {output: created.map(encode), halted: {by: signal.by, message: signal.message}};
    throw signal;
  }
  const {target, stopped} = result;
  if (stopped && !(stopped.by === 'filter' && options.datasetSink !== false)) {
    return {output: created.map(encode), dropped: {by: stopped.by, step: stopped.step}};
  }
  if (stopped) {
    // The reference says only that the entity is emitted with `_filtered: true`; it does not list
    // its other properties, so the evaluator shows the source's `_id` and the flag alone.
    const id = clone(typeof target._id === 'string' ? target._id : ((source as Dict)?._id ?? null));
    return {output: [...created, {_id: id, _filtered: true}].map(encode), filtered: {step: stopped.step}};
  }
  if (typeof target._id !== 'string') {
    throw new DtlError(
      'the target entity has no string "_id" (copy or add one); with id_required on, the DTL transform fails.',
    );
  }
  return {output: [...created, target].map(encode)};
}
