import type {Node} from 'jsonc-parser';
import {parseJson, items, member, scalar, type JsonDocument} from './json';
import {knownProperties} from './rules/known-properties';
import {dtlFunctions} from './rules/dtl-functions';
import {hopsIntoOwnSink} from './rules/hops-into-own-sink';
import {namespaceMode} from './rules/namespace-mode';
import {rescans} from './rules/rescans';

/**
 * The example checker: reads a pattern page's JSON example as Sesam configuration and reports
 * what the reference does not back (unknown properties, types, templates and DTL functions)
 * and configurations the reference says cannot work. Each rule is one file under rules/.
 */

export interface ExampleProblem {
  /** 1-based line within the example. */
  line: number;
  problem: string;
  fix: string;
}

/** One configuration entity of the example: a pipe or a system. */
export interface ConfigEntity {
  node: Node;
  id: string;
  type: string;
}

export interface RuleContext {
  entities: ConfigEntity[];
  pipes: ConfigEntity[];
  report: (node: Node, problem: string, fix: string) => void;
}

export type ExampleRule = (context: RuleContext) => void;

export const RULES: readonly ExampleRule[] = [knownProperties, dtlFunctions, hopsIntoOwnSink, namespaceMode, rescans];

export function checkExample(text: string, rules: readonly ExampleRule[] = RULES): ExampleProblem[] {
  const doc: JsonDocument = parseJson(text);
  if (doc.errors.length > 0) {
    const [first] = doc.errors;
    return [
      {
        line: first!.line,
        problem: `is not valid JSON (${first!.message}).`,
        fix: 'write plain JSON: double quotes, no comments, no trailing commas.',
      },
    ];
  }
  // A lone object with neither "_id" nor "type" is some other document (a connector manifest, an
  // API response), not configuration: there is nothing of the reference to check it against.
  if (doc.root?.type === 'object' && !member(doc.root, '_id') && !member(doc.root, 'type')) return [];
  const problems: ExampleProblem[] = [];
  const report = (node: Node, problem: string, fix: string) => problems.push({line: doc.lineOf(node), problem, fix});
  const entities: ConfigEntity[] = [];
  for (const node of items(doc.root)) {
    const id = scalar(member(node, '_id'));
    const type = scalar(member(node, 'type'));
    if (node.type !== 'object' || typeof id !== 'string' || typeof type !== 'string') {
      report(
        node,
        'is not a Sesam configuration entity (an object with "_id" and "type").',
        "show whole pipes and systems, as they are pasted into a node's configuration.",
      );
      continue;
    }
    entities.push({node, id, type});
  }
  const context: RuleContext = {entities, pipes: entities.filter((e) => e.type === 'pipe'), report};
  for (const rule of rules) rule(context);
  return problems.sort((a, b) => a.line - b.line);
}
