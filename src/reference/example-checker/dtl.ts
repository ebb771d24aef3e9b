import type {Node} from 'jsonc-parser';
import {items, member, members, scalar} from './json';

/** One DTL function call in an example: `["name", arg, …]`. */
export interface DtlCall {
  name: string;
  node: Node;
  args: Node[];
  /** The named rules of the transform it stands in (for `apply`). */
  rules: Node;
}

/** Template properties that hold DTL named rules (configuration-transforms-template). */
const TEMPLATE_RULE_PROPERTIES = ['rules', 'rewrite_rules_payload', 'rewrite_rules_lookup', 'rewrite_rules_mutation'];

/** A pipe's transforms, whether `transform` holds one or a list. */
export const transformsOf = (pipe: Node): Node[] => items(member(pipe, 'transform'));

/** The objects of named DTL rules in a pipe: each `dtl` transform's `rules`, and the template's rule sets. */
export function ruleSetsOf(pipe: Node): Node[] {
  return transformsOf(pipe).flatMap((transform) => {
    const type = scalar(member(transform, 'type'));
    if (type === 'dtl') return [member(transform, 'rules')].filter((n) => n?.type === 'object') as Node[];
    if (type === 'template') {
      const properties = member(transform, 'properties');
      return TEMPLATE_RULE_PROPERTIES.map((p) => member(properties, p)).filter((n) => n?.type === 'object') as Node[];
    }
    return [];
  });
}

/** Arguments that are data, not expressions: nothing inside them is a call. */
const LITERAL_FUNCTIONS = new Set(['literal']);
/** Functions whose object argument holds a `where` expression (dtl-functions-hops). */
const HOPS_FUNCTIONS = new Set(['hops', 'apply-hops']);

/** Calls `visit` on every DTL call in the pipe's rules, outermost first. */
export function forEachCall(pipe: Node, visit: (call: DtlCall) => void): void {
  for (const rules of ruleSetsOf(pipe)) {
    for (const {value: rule} of members(rules)) for (const step of items(rule)) walk(step, rules, visit);
  }
}

function walk(node: Node, rules: Node, visit: (call: DtlCall) => void): void {
  if (node.type === 'object') {
    // A hops specification: its `where` holds one expression or a list of them.
    const where = member(node, 'where');
    if (where) walk(where, rules, visit);
    return;
  }
  if (node.type !== 'array') return;
  const [head, ...args] = node.children ?? [];
  if (!head) return;
  if (head.type === 'array') {
    // A list of expressions (as in a `where` list).
    for (const child of node.children ?? []) walk(child, rules, visit);
    return;
  }
  if (head.type !== 'string') return;
  const name = String(head.value);
  visit({name, node, args, rules});
  if (LITERAL_FUNCTIONS.has(name)) return;
  for (const arg of args) {
    if (arg.type === 'object' && !HOPS_FUNCTIONS.has(name)) continue;
    walk(arg, rules, visit);
  }
}

/** The dataset names a hops specification joins: `"datasets": ["crm-contact c", …]`. */
export function hopsDatasets(call: DtlCall): {name: string; node: Node}[] {
  if (!HOPS_FUNCTIONS.has(call.name)) return [];
  return call.args.flatMap((arg) =>
    items(member(arg, 'datasets')).flatMap((entry) => {
      const text = scalar(entry);
      return typeof text === 'string' ? [{name: text.trim().split(/\s+/)[0]!, node: entry}] : [];
    }),
  );
}
