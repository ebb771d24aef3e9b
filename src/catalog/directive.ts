import type {TextDirective} from 'mdast-util-directive';
import {toString} from 'mdast-util-to-string';

/** The text directive that cross-links a pattern: `:pattern[label#anchor]{text="…"}`. */
export const PATTERN_DIRECTIVE = 'pattern';

export interface PatternDirective {
  label: string;
  /** A heading id on the target page, e.g. `pitfalls-and-trade-offs`. */
  anchor?: string;
  /** Link text to show instead of the pattern's title. */
  text?: string;
}

const TARGET = /^([a-z0-9-]+)(?:#([A-Za-z0-9_-]+))?$/;
const ALLOWED_ATTRIBUTES = new Set(['text']);

/** Read a `:pattern[...]` directive, or say in one sentence what is wrong with it. */
export function readPatternDirective(
  node: TextDirective,
): {ok: true; value: PatternDirective} | {ok: false; problem: string} {
  const target = toString(node).trim();
  const match = TARGET.exec(target);
  if (!match) {
    return {
      ok: false,
      problem: `:${PATTERN_DIRECTIVE}[${target}] needs a pattern label in the brackets, optionally with #anchor, e.g. :${PATTERN_DIRECTIVE}[continuation-pattern].`,
    };
  }
  const attributes = node.attributes ?? {};
  const unknown = Object.keys(attributes).filter((key) => !ALLOWED_ATTRIBUTES.has(key));
  if (unknown.length > 0) {
    return {
      ok: false,
      problem: `:${PATTERN_DIRECTIVE}[${target}] has unknown attribute "${unknown[0]}"; the only one is text, e.g. {text="since tokens"}.`,
    };
  }
  const text = attributes.text?.trim();
  return {ok: true, value: {label: match[1]!, anchor: match[2], ...(text ? {text} : {})}};
}
