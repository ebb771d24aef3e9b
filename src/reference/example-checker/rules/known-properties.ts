import type {Node} from 'jsonc-parser';
import {items, member, members, scalar} from '../json';
import {VOCABULARY, didYouMean, namesAt, type PropertySet, type TypedPropertySets} from '../vocabulary';
import type {ExampleRule, RuleContext} from '../index';

/**
 * Every property of a pipe, system, source, sink, transform, template and REST operation is
 * one the reference documents for that type, and every type and template name exists.
 */
export const knownProperties: ExampleRule = (context) => {
  for (const entity of context.entities) {
    if (entity.type === 'pipe') checkPipe(entity.node, context);
    else if (entity.type.startsWith('system:')) checkSystem(entity.node, entity.type, context);
    else
      context.report(
        member(entity.node, 'type')!,
        `"type": "${entity.type}" is not a pipe or a system type.`,
        fixFor(
          entity.type,
          ['pipe', ...Object.keys(VOCABULARY.systems.types)],
          'use "pipe" or a documented "system:…" type',
        ),
      );
  }
};

const page = (doc: string) => `https://docs.sesam.io/${doc}.html`;

function fixFor(input: string, candidates: Iterable<string>, otherwise: string): string {
  const meant = didYouMean(input, candidates);
  return meant ? `use "${meant}".` : `${otherwise}.`;
}

/** Reports each key of `node` that none of `sets` documents; dotted names are checked one level down. */
function checkKeys(node: Node | undefined, sets: PropertySet[], what: string, context: RuleContext, prefix = ''): void {
  const known = namesAt(sets, prefix);
  for (const {key, keyNode, value} of members(node)) {
    if (!known.has(key)) {
      const docs = [...new Set(sets.map((s) => s.doc))].map(page).join(' and ');
      const meant = didYouMean(key, known);
      context.report(
        keyNode,
        `"${key}" is not a documented property of ${what}.`,
        meant ? `rename it to "${meant}" (see ${docs}).` : `remove it; the documented properties are at ${docs}.`,
      );
    } else if (value.type === 'object' && namesAt(sets, `${prefix}${key}.`).size > 0) {
      checkKeys(value, sets, what, context, `${prefix}${key}.`);
    }
  }
}

function typed(
  node: Node | undefined,
  sets: TypedPropertySets,
  kind: string,
  context: RuleContext,
  defaultType?: string,
): string | undefined {
  if (node?.type !== 'object') return undefined;
  const typeNode = member(node, 'type');
  const type = scalar(typeNode) ?? defaultType;
  if (typeof type !== 'string') {
    context.report(
      node,
      `the ${kind} has no "type".`,
      `set its "type" to one of: ${Object.keys(sets.types).sort().join(', ')}.`,
    );
    return undefined;
  }
  const set = sets.types[type];
  if (!set) {
    context.report(
      typeNode ?? node,
      `"${type}" is not a documented ${kind} type.`,
      fixFor(type, Object.keys(sets.types), `use one of: ${Object.keys(sets.types).sort().join(', ')}`),
    );
    return undefined;
  }
  checkKeys(node, [sets.common, set], `a "${type}" ${kind}`, context);
  return type;
}

function checkPipe(pipe: Node, context: RuleContext): void {
  checkKeys(pipe, [VOCABULARY.pipe], 'a pipe', context);
  typed(member(pipe, 'source'), VOCABULARY.sources, 'source', context);
  // A sink without a type is a dataset sink, as in the reference's own connector templates.
  typed(member(pipe, 'sink'), VOCABULARY.sinks, 'sink', context, 'dataset');
  checkKeys(member(pipe, 'pump'), [VOCABULARY.pump], 'a pump', context);
  for (const transform of items(member(pipe, 'transform'))) {
    if (typed(transform, VOCABULARY.transforms, 'transform', context) !== 'template') continue;
    const nameNode = member(transform, 'template');
    const name = scalar(nameNode);
    // An object here is a template body under development (the reference allows it).
    if (typeof name !== 'string') continue;
    const template = VOCABULARY.templates[name];
    if (!template) {
      context.report(
        nameNode!,
        `"${name}" is not a documented template.`,
        fixFor(name, Object.keys(VOCABULARY.templates), `use one of: ${Object.keys(VOCABULARY.templates).join(', ')}`),
      );
      continue;
    }
    checkKeys(member(transform, 'properties'), [template], `the "${name}" template`, context);
  }
}

function checkSystem(system: Node, type: string, context: RuleContext): void {
  if (!typed(system, VOCABULARY.systems, 'system', context)) return;
  if (type !== 'system:rest') return;
  for (const {value: operation} of members(member(system, 'operations')))
    checkKeys(operation, [VOCABULARY.restOperation], 'a REST operation', context);
}
