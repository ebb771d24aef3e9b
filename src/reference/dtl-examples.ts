import fs from 'node:fs';
import path from 'node:path';

/**
 * The DTL reference's own examples that state a result, as data (one file per reference page,
 * in dtl-examples/): the evaluator's conformance suite runs them, and the site reports how many
 * there are. Node only.
 */

export interface DtlExample {
  /** `hub/dtl/<page>.rst:<line>` of the example. */
  doc: string;
  function: string;
  /** A value function call and what it returns... */
  expression?: unknown;
  returns?: unknown;
  /** ...or a transform step and the target it leaves (or whether it stops the rule). */
  transform?: unknown;
  target_before?: Record<string, unknown>;
  target_after?: Record<string, unknown>;
  stops?: boolean;
  source?: Record<string, unknown>;
  /** Set when the reference is unclear about the example: why. Such examples are not counted. */
  ambiguous?: string;
  /** Set when the example uses a construct the evaluator refuses (it must throw): which. Not counted. */
  refused?: string;
  /** Set when the result is derived from a description that pins it, not printed. */
  derived?: boolean;
}

export const DTL_EXAMPLES_DIR = path.join(__dirname, 'dtl-examples');

export function loadDtlExamples(dir = DTL_EXAMPLES_DIR): DtlExample[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as DtlExample[]);
}

/**
 * Documented examples checked (by page line; one example may give several cases, a true and a
 * false one), the functions and transforms they cover (`filter` and `if` are both), and the
 * examples left out as ambiguous or refused.
 */
export function conformanceCounts(examples = loadDtlExamples()): {
  checked: number;
  functions: number;
  ambiguous: number;
  refused: number;
} {
  const checked = examples.filter((e) => !e.ambiguous && !e.refused);
  const lines = (list: DtlExample[]) => new Set(list.map((e) => e.doc)).size;
  return {
    checked: lines(checked),
    functions: new Set(checked.map((e) => `${e.transform === undefined ? 'function' : 'transform'} ${e.function}`))
      .size,
    ambiguous: lines(examples.filter((e) => e.ambiguous)),
    refused: lines(examples.filter((e) => e.refused && !e.ambiguous)),
  };
}
