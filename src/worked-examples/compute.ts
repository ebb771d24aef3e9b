import {DtlError, runDtl, type Outcome} from '../dtl';
import {jsonText} from './format';
import type {Root} from 'mdast';
import {visit} from 'unist-util-visit';
import {isObject, readWorkedExample, WORKED_EXAMPLE_LANGUAGE, type Sample, type WorkedExampleSpec} from './read';

/**
 * Runs a page's worked examples: each sample goes through the DTL transform of the example's
 * pipe, and the result is compared with the output the page states. A page cannot claim an
 * output its DTL does not produce.
 */

/** A fenced block of a page, as the page reader sees it. */
export interface Fence {
  lang: string | null | undefined;
  meta: string | null | undefined;
  value: string;
  /** The fence's own line in the page. */
  line: number;
}

/** A problem at a line of the page. */
export interface PageProblem {
  line: number;
  problem: string;
  fix: string;
}

/** A pipe of the example that runs one or more DTL transforms. */
export interface DtlPipe {
  id: string;
  /** Each `dtl` transform's rules, by its 1-based position in the pipe's `transform` list. */
  transforms: {position: number; rules: Record<string, unknown>}[];
  /** The output reaches a dataset sink (no sink, or `"type": "dataset"`). */
  datasetSink: boolean;
  /** Set when the pipe turns namespaced identifiers on: its namespaces (the pipe's id by default). */
  namespaces?: {identity: string; property: string};
  addNamespaces: boolean;
  /** The page line of the pipe's `"_id"`. */
  line: number;
}

export interface ComputedSample {
  caption: string;
  input: unknown;
  outcome: Outcome;
}

export interface WorkedExample {
  pipe: string;
  /** The 1-based position of the DTL transform that ran, in the pipe's `transform` list. */
  transform: number;
  /** Which of the pipe's DTL transforms ran (1 = its first), when it has more than one. */
  ordinal?: number;
  datasets: Record<string, unknown[]>;
  samples: ComputedSample[];
}

/** A page's fenced blocks, in order. */
export function fencesOf(tree: Root): Fence[] {
  const fences: Fence[] = [];
  visit(tree, 'code', (node) => {
    fences.push({lang: node.lang, meta: node.meta, value: node.value, line: node.position?.start.line ?? 1});
  });
  return fences;
}

/** The pipes of the page's JSON examples whose transforms include a `dtl` transform. */
export function dtlPipesOf(fences: readonly Fence[]): DtlPipe[] {
  return fences.flatMap((fence) => {
    if (fence.lang !== 'json') return [];
    let parsed: unknown;
    try {
      parsed = JSON.parse(fence.value);
    } catch {
      return []; // the example checker reports invalid JSON
    }
    const lines = fence.value.split('\n');
    return [parsed].flat().flatMap((entity) => {
      if (!isObject(entity) || entity.type !== 'pipe' || typeof entity._id !== 'string') return [];
      const transforms = [entity.transform ?? []]
        .flat()
        .flatMap((t, i) =>
          isObject(t) && t.type === 'dtl' && isObject(t.rules) ? [{position: i + 1, rules: t.rules}] : [],
        );
      if (transforms.length === 0) return [];
      const sink = isObject(entity.sink) ? entity.sink : {};
      const idLine = lines.findIndex((l) => l.includes(`"_id": "${entity._id as string}"`));
      return [
        {
          id: entity._id,
          transforms,
          datasetSink: (sink.type ?? 'dataset') === 'dataset',
          ...namespacesOf(entity as Record<string, unknown> & {_id: string}),
          line: fence.line + idLine + 1,
        },
      ];
    });
  });
}

/**
 * Namespaced identifiers are off unless the pipe turns them on (the service default is off);
 * both namespaces default to the pipe's id (hub/features/namespaces).
 */
function namespacesOf(pipe: Record<string, unknown> & {_id: string}): Pick<DtlPipe, 'namespaces' | 'addNamespaces'> {
  if (pipe.namespaced_identifiers !== true) return {addNamespaces: pipe.add_namespaces === true};
  const own = isObject(pipe.namespaces) ? pipe.namespaces : {};
  const name = (value: unknown) => (typeof value === 'string' ? value : pipe._id);
  return {
    namespaces: {identity: name(own.identity), property: name(own.property)},
    addNamespaces: pipe.add_namespaces === true,
  };
}

/** Canonical JSON text: keys sorted, so two entities compare regardless of key order. */
export function canonical(value: unknown): string {
  const sorted = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sorted)
      : isObject(v)
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, sorted(v[k])]),
          )
        : v;
  return jsonText(sorted(value)) ?? 'null';
}

function describe(outcome: Outcome): string {
  const ending = outcome.dropped
    ? ` and drops the target by ${outcome.dropped.by}`
    : outcome.halted
      ? ` and stops on ${outcome.halted.by} "${outcome.halted.message}"`
      : '';
  if (ending && outcome.output.length === 0) return ending.replace(' and drops the target by', 'dropped by').trim();
  return `${jsonText(outcome.output) ?? '[]'}${ending}`;
}

function stated({expect}: Sample): string {
  return describe({
    output: expect.entities,
    ...(expect.dropped ? {dropped: {by: expect.dropped, step: null}} : {}),
    ...(expect.trips !== undefined ? {halted: {by: 'trip!' as const, message: expect.trips}} : {}),
  });
}

function matches({expect}: Sample, outcome: Outcome): boolean {
  return (
    outcome.dropped?.by === expect.dropped &&
    (outcome.halted
      ? outcome.halted.by === 'trip!' && outcome.halted.message === expect.trips
      : expect.trips === undefined) &&
    canonical(outcome.output) === canonical(expect.entities)
  );
}

/**
 * The page line of the first call of a DTL function at or after the pipe's line: `["name"` on
 * one line, or `"name"` alone where a list opened on the line before.
 */
function functionLine(fences: readonly Fence[], name: string, after: number): number | undefined {
  const call = new RegExp(`\\[\\s*"${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`);
  for (const fence of fences) {
    if (fence.lang !== 'json') continue;
    const lines = fence.value.split('\n');
    const at = lines.findIndex(
      (l, i) =>
        fence.line + i + 1 >= after &&
        (call.test(l) || (call.test(`${lines[i - 1] ?? ''}${l}`) && /\[\s*$/.test(lines[i - 1] ?? ''))),
    );
    if (at !== -1) return fence.line + at + 1;
  }
  return undefined;
}

export interface PageWorkedExamples {
  examples: WorkedExample[];
  problems: PageProblem[];
}

/** Reads, runs and checks every worked-example block of a page. */
export function workedExamplesOf(fences: readonly Fence[]): PageWorkedExamples {
  const pipes = dtlPipesOf(fences);
  const examples: WorkedExample[] = [];
  const problems: PageProblem[] = [];
  for (const fence of fences) {
    if (fence.lang !== WORKED_EXAMPLE_LANGUAGE) continue;
    const at = (line: number) => fence.line + line;
    const read = readWorkedExample(fence.value, fence.meta);
    if (Array.isArray(read)) {
      problems.push(...read.map((p) => ({...p, line: at(p.line)})));
      continue;
    }
    const pipe = pipeFor(read, pipes);
    if (typeof pipe === 'string') {
      problems.push({
        line: fence.line,
        problem: pipe,
        fix: 'name the pipe in the fence: ```worked-example pipe="<_id>"',
      });
      continue;
    }
    const dtl =
      read.transform === undefined ? pipe.transforms[0]! : pipe.transforms.find((t) => t.position === read.transform);
    if (!dtl) {
      const positions = pipe.transforms.map((t) => t.position).join(', ');
      problems.push({
        line: fence.line,
        problem: `transform ${read.transform} of pipe "${pipe.id}" is not a DTL transform.`,
        fix: `use the position of one of its DTL transforms in its "transform" list: ${positions}.`,
      });
      continue;
    }
    const samples: ComputedSample[] = [];
    for (const sample of read.samples) {
      let outcome: Outcome;
      try {
        outcome = runDtl(dtl.rules, sample.input, {
          datasets: read.datasets,
          datasetSink: pipe.datasetSink,
          namespaces: pipe.namespaces,
          // Namespaces are added before the first transform; a later one gets them in its input.
          addNamespaces: pipe.addNamespaces && dtl.position === 1,
        });
      } catch (error) {
        if (!(error instanceof DtlError)) throw error;
        const line = (error.functionName && functionLine(fences, error.functionName, pipe.line)) || at(sample.line);
        problems.push({
          line,
          problem: `running pipe "${pipe.id}" on sample "${sample.caption}": ${error.message}`,
          fix: error.functionName
            ? `add "${error.functionName}" to the evaluator in src/dtl, or change the example.`
            : 'correct the sample or the DTL.',
        });
        continue;
      }
      if (!matches(sample, outcome)) {
        problems.push({
          line: at(sample.line),
          problem: `sample "${sample.caption}": the DTL of pipe "${pipe.id}" gives ${describe(outcome)}, but the page states ${stated(sample)}.`,
          fix: 'state what the DTL produces, or correct the DTL if the page is right.',
        });
      }
      samples.push({caption: sample.caption, input: sample.input, outcome});
    }
    examples.push({
      pipe: pipe.id,
      transform: dtl.position,
      ordinal: pipe.transforms.length > 1 ? pipe.transforms.indexOf(dtl) + 1 : undefined,
      datasets: read.datasets,
      samples,
    });
  }
  return {examples, problems};
}

/** The pipe a block runs: the one it names, or the only DTL pipe of the example. */
function pipeFor(spec: WorkedExampleSpec, pipes: DtlPipe[]): DtlPipe | string {
  if (spec.pipe) {
    return (
      pipes.find((p) => p.id === spec.pipe) ?? `no pipe "${spec.pipe}" with a DTL transform in the page's example.`
    );
  }
  if (pipes.length === 1) return pipes[0]!;
  return pipes.length === 0
    ? "the page's example has no pipe with a DTL transform."
    : `the example has ${pipes.length} pipes with DTL (${pipes.map((p) => p.id).join(', ')}); say which one runs.`;
}
