import {DtlError, evaluate, type Expression, type FunctionTable, type Scope} from '../evaluate';
import {runRule} from '../run';
import {equal, isDict, truthy, valuesOf, type Value} from '../values';

/**
 * Functions that reach beyond the current value: `apply` runs a named rule on other values,
 * `hops` joins the source with entities of other datasets (hub/dtl/dtl-functions-dictionaries,
 * hub/dtl/dtl-functions-hops, hub/dtl/joins).
 */

/** Hops keys the evaluator honours; the others change what is returned and are refused. */
const HOPS_KEYS = new Set(['datasets', 'where', 'return', 'track-dependencies', 'trace']);

interface Binding {
  alias: string;
  dataset: string;
}

function bindings(spec: Record<string, unknown>): Binding[] {
  const datasets = spec.datasets;
  if (!Array.isArray(datasets) || datasets.length === 0) {
    throw new DtlError('"hops" needs "datasets": a list of "<dataset> <alias>" strings.', 'hops');
  }
  return datasets.map((entry) => {
    const [dataset, alias, ...rest] = String(entry).trim().split(/\s+/);
    if (!dataset || !alias || rest.length > 0) {
      throw new DtlError(`"hops" datasets entry "${String(entry)}" must be "<dataset> <alias>".`, 'hops');
    }
    return {dataset, alias};
  });
}

/** A join compares the value sets of both sides: any shared non-null value joins (hub/dtl/joins). */
function joins(left: Value, right: Value): boolean {
  const rights = valuesOf(right).filter((v) => v !== null);
  return valuesOf(left).some((l) => l !== null && rights.some((r) => equal(l, r)));
}

/** `where` as a list of conditions that must all hold; an `eq` at the top is a join. */
function holds(where: unknown, scope: Scope): boolean {
  const conditions = Array.isArray(where) && Array.isArray(where[0]) ? where : where === undefined ? [] : [where];
  return conditions.every((condition) => {
    if (Array.isArray(condition) && condition[0] === 'eq' && condition.length === 3) {
      return joins(evaluate(condition[1], scope), evaluate(condition[2], scope));
    }
    return truthy(evaluate(condition, scope));
  });
}

const idOf = (value: Value) => (isDict(value) && typeof value._id === 'string' ? value._id : '');

export const rules: FunctionTable = {
  // A list of values gives the list of the rule's targets; one value gives its target alone, as
  // the reference's tutorial relies on (`["dict", "properties", ["apply", "…", "_S."]]` builds a
  // dict). Values the rule discards or filters leave no target (null for a single value).
  apply: ({args, scope}) => {
    const [name, values] = args;
    if (typeof name !== 'string') throw new DtlError('"apply" needs a rule name as its first argument.', 'apply');
    const emit = scope.emit ?? (() => {});
    const input = evaluate(values, scope);
    const targets = valuesOf(input).flatMap((value) => {
      const {target, stopped} = runRule(name, value, {program: scope.program, emit, parent: scope});
      return stopped ? [] : [target];
    });
    return Array.isArray(input) || input === null ? targets : (targets[0] ?? null);
  },
  hops: ({args, scope}) => {
    if (args.length !== 1 || !isDict(args[0] as Value)) {
      throw new DtlError('the evaluator covers "hops" with one HOPS_SPEC; chained specs are not covered.', 'hops');
    }
    const spec = args[0] as Record<string, unknown>;
    const unknown = Object.keys(spec).filter((key) => !HOPS_KEYS.has(key));
    if (unknown.length > 0) {
      throw new DtlError(`the evaluator does not cover the hops keys ${unknown.join(', ')}.`, 'hops');
    }
    const bound = bindings(spec);
    // Deleted entities are not indexed, so joins never reach them (hub/dtl/joins). Each
    // dataset is walked in `_id` order, which makes the result deterministic as the reference says.
    const rows = bound.reduce<Record<string, Value>[]>(
      (partial, {dataset, alias}) => {
        const entities = (scope.program.datasets[dataset] ?? [])
          .filter((e) => e._deleted !== true)
          .sort((a, b) => idOf(a).localeCompare(idOf(b)));
        return partial.flatMap((row) => entities.map((entity) => ({...row, [alias]: entity})));
      },
      [{}],
    );
    const matches = rows.filter((row) => holds(spec.where as Expression, {...scope, aliases: row}));
    const returned = spec.return ?? bound[bound.length - 1]!.alias;
    const aliases = typeof returned === 'string' ? returned.split(',').map((a) => a.trim()) : undefined;
    const out: Value[] = [];
    for (const row of matches) {
      const values =
        aliases && aliases.every((a) => Object.hasOwn(row, a))
          ? aliases.map((a) => row[a]!)
          : valuesOf(evaluate(returned, {...scope, aliases: row}));
      for (const value of values) if (!out.some((seen) => equal(seen, value))) out.push(value);
    }
    return out;
  },
};
