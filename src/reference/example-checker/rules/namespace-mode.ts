import type {Node} from 'jsonc-parser';
import {items, member, scalar} from '../json';
import {forEachCall} from '../dtl';
import type {ConfigEntity, ExampleRule} from '../index';

const NAMESPACES_PAGE = 'https://docs.sesam.io/hub/features/namespaces.html';

/** `_S.name` and `_T.name`: the first property a path names. */
const PATH = /^_[ST]\.([^.]+)/;

/** A path to a property without a namespace (not `_id`, `_deleted`, `$…` or `ns:name`). */
function unqualifiedPath(text: string): string | undefined {
  const first = PATH.exec(text)?.[1];
  return first && !first.startsWith('_') && !first.startsWith('$') && !first.includes(':') ? first : undefined;
}

const isTrue = (node: Node | undefined) => scalar(node) === true;

/** The datasets a pipe's source reads (`dataset`, or `datasets` entries such as `"crm-contact c"`). */
function sourceDatasets(pipe: Node): string[] {
  const source = member(pipe, 'source');
  return [member(source, 'dataset'), ...items(member(source, 'datasets'))]
    .map((n) => scalar(n))
    .filter((n): n is string => typeof n === 'string')
    .map((n) => n.trim().split(/\s+/)[0]!);
}

/** The dataset a pipe writes (its dataset sink, named after the pipe by default). */
function sinkDataset({node, id}: ConfigEntity): string | undefined {
  const sink = member(node, 'sink');
  if ((scalar(member(sink, 'type')) ?? 'dataset') !== 'dataset') return undefined;
  const name = scalar(member(sink, 'dataset')) ?? id;
  return typeof name === 'string' ? name : undefined;
}

/**
 * Namespaced identifiers are off unless the service or the pipe turns them on, and unqualified
 * paths such as `_S.name` match namespaced properties only when they are on (features/namespaces,
 * dtl/namespaces). So a pipe that handles namespaced properties says which mode it runs in, and
 * with the mode off it names them with their namespace.
 */
export const namespaceMode: ExampleRule = ({pipes, report}) => {
  // Datasets that hold namespaced properties: written by a pipe of the example that adds namespaces.
  const namespaced = new Map<string, string>();
  for (const pipe of pipes) {
    const dataset = sinkDataset(pipe);
    if (dataset && isTrue(member(pipe.node, 'add_namespaces')) && !isTrue(member(pipe.node, 'remove_namespaces')))
      namespaced.set(dataset, pipe.id);
  }

  for (const pipe of pipes) {
    const {node, id} = pipe;
    const modeNode = member(node, 'namespaced_identifiers');
    const addsNamespaces = isTrue(member(node, 'add_namespaces'));
    const upstream = sourceDatasets(node).filter((d) => namespaced.has(d));
    let namesNamespaces = false;
    const unqualified: {node: Node; property: string}[] = [];
    forEachCall(node, ({args}) => {
      for (const arg of args) {
        const text = scalar(arg);
        if (typeof text !== 'string') continue;
        if (/^(_[ST]\.)?[a-z0-9_-]+:[^:/]/i.test(text) && !/^[a-z]+:\/\//i.test(text)) namesNamespaces = true;
        const property = unqualifiedPath(text);
        if (property) unqualified.push({node: arg, property});
      }
    });
    if (!addsNamespaces && upstream.length === 0 && !namesNamespaces) continue;

    if (!modeNode) {
      report(
        member(node, '_id')!,
        `the pipe "${id}" handles namespaced properties but does not say whether namespaced identifiers are on.`,
        `set "namespaced_identifiers" to true or false on the pipe; it is off unless the service metadata turns it on, and only when it is on do unqualified paths such as "_S.name" match namespaced properties (${NAMESPACES_PAGE}).`,
      );
      continue;
    }
    if (scalar(modeNode) !== false || (!addsNamespaces && upstream.length === 0)) continue;
    const namespace = addsNamespaces ? id : namespaced.get(upstream[0]!)!;
    for (const path of unqualified.filter((p) => PATH.exec(String(scalar(p.node)))?.[0].startsWith('_S'))) {
      report(
        path.node,
        `"${String(scalar(path.node))}" names "${path.property}" without a namespace, but the source entities carry "${namespace}:${path.property}" and namespaced identifiers are off, so it matches nothing.`,
        `write "_S.${namespace}:${path.property}", or set "namespaced_identifiers": true (${NAMESPACES_PAGE}).`,
      );
    }
  }
};
