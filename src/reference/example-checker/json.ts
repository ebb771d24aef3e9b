import {parseTree, printParseErrorCode, type Node, type ParseError} from 'jsonc-parser';

/** A JSON example as a tree whose nodes know their line, for problems that point at it. */
export interface JsonDocument {
  root: Node | undefined;
  /** The 1-based line of a node within the example. */
  lineOf: (node: Node) => number;
  errors: {line: number; message: string}[];
}

export function parseJson(text: string): JsonDocument {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const lineAt = (offset: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
  const parseErrors: ParseError[] = [];
  const root = parseTree(text, parseErrors, {disallowComments: true, allowTrailingComma: false});
  return {
    root,
    lineOf: (node) => lineAt(node.offset),
    errors: parseErrors.map((e) => ({line: lineAt(e.offset), message: printParseErrorCode(e.error)})),
  };
}

/** An object's members in order, with the key's node (for the line) and the value's. */
export function members(node: Node | undefined): {key: string; keyNode: Node; value: Node}[] {
  if (node?.type !== 'object') return [];
  return (node.children ?? []).flatMap((property) => {
    const [keyNode, value] = property.children ?? [];
    return keyNode && value ? [{key: String(keyNode.value), keyNode, value}] : [];
  });
}

/** The value node of `key` in an object node. */
export function member(node: Node | undefined, key: string): Node | undefined {
  return members(node).find((m) => m.key === key)?.value;
}

/** A node's plain value when it is a string, number, boolean or null. */
export function scalar(node: Node | undefined): string | number | boolean | null | undefined {
  if (!node || node.type === 'object' || node.type === 'array') return undefined;
  return node.value as string | number | boolean | null;
}

/** An array node's items; an object or scalar counts as a list of one (Sesam accepts both for `transform`). */
export function items(node: Node | undefined): Node[] {
  if (!node) return [];
  return node.type === 'array' ? (node.children ?? []) : [node];
}
