import {Prism} from 'prism-react-renderer';

/** What a fence's meta string says: ```json title="…" {3,7-9} */
export interface CodeMeta {
  title?: string;
  highlightedLines: Set<number>;
}

export class CodeMetaError extends Error {}

/** Parses a fence's meta: an optional `title="…"` and optional `{1,4-6}` line ranges. */
export function parseCodeMeta(meta: string | null | undefined): CodeMeta {
  const text = meta ?? '';
  const title = /title="([^"]*)"/.exec(text)?.[1];
  const highlightedLines = new Set<number>();
  const ranges = /\{([^}]*)\}/.exec(text)?.[1];
  for (const part of ranges ? ranges.split(',') : []) {
    const match = /^\s*(\d+)(?:-(\d+))?\s*$/.exec(part);
    if (!match) throw new CodeMetaError(`"${part.trim()}" is not a line or a range such as 4 or 4-6`);
    const [from, to] = [Number(match[1]), Number(match[2] ?? match[1])];
    if (to < from) throw new CodeMetaError(`the range ${part.trim()} runs backwards`);
    for (let line = from; line <= to; line += 1) highlightedLines.add(line);
  }
  return {title, highlightedLines};
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

type Piece = {types: string[]; text: string};

/** Prism's nested tokens as a flat run of text pieces, each with all the token types around it. */
function flatten(stream: Prism.TokenStream, types: string[] = []): Piece[] {
  if (typeof stream === 'string') return [{types, text: stream}];
  if (Array.isArray(stream)) return stream.flatMap((token) => flatten(token, types));
  const alias = stream.alias === undefined ? [] : ([] as string[]).concat(stream.alias);
  return flatten(stream.content, [...types, stream.type, ...alias]);
}

function pieceHtml({types, text}: Piece): string {
  return types.length === 0 ? escapeHtml(text) : `<span class="token ${types.join(' ')}">${escapeHtml(text)}</span>`;
}

/**
 * Highlights code to HTML, one `<span class="token-line">` per line, ending in its newline so
 * the text copies as it reads. An indented line carries its indent (`--indent`, in characters),
 * so that where a long line wraps, the rest lines up under its text. Languages Prism does not
 * know come out as plain lines.
 */
export function highlightToHtml(code: string, language: string | undefined, highlightedLines = new Set<number>()) {
  const grammar = language ? Prism.languages[language] : undefined;
  const pieces = grammar ? flatten(Prism.tokenize(code, grammar)) : [{types: [], text: code}];
  const lines: string[][] = [[]];
  for (const piece of pieces) {
    piece.text.split('\n').forEach((text, i) => {
      if (i > 0) lines.push([]);
      if (text) lines.at(-1)!.push(pieceHtml({types: piece.types, text}));
    });
  }
  const indents = code.split('\n').map((line) => /^ */.exec(line)![0].length);
  return lines
    .map((parts, i) => {
      const className = highlightedLines.has(i + 1) ? 'token-line theme-code-block-highlighted-line' : 'token-line';
      if (!indents[i]) return `<span class="${className}">${parts.join('')}\n</span>`;
      // The indent in a span of its own, which a wrap never breaks after (a row of spaces alone).
      const text = parts.join('').replace(/^ +/, (spaces) => `<span class="token-indent">${spaces}</span>`);
      return `<span class="${className}" style="--indent:${indents[i]}">${text}\n</span>`;
    })
    .join('');
}

/** Whether Prism has a grammar for the language (the build names unknown ones). */
export const knowsLanguage = (language: string) => language in Prism.languages;
