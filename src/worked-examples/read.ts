import yaml from 'js-yaml';

/**
 * A ```worked-example block: sample entities written next to a page's example, each with the
 * output the author states for it. YAML, with entities written as JSON (which YAML reads too):
 *
 *     ```worked-example pipe="crm-contact-share-delete"
 *     - caption: A deleted contact with a key becomes a DELETE
 *       input: {"_id": "crm-contact:501", "id": "501", "_deleted": true}
 *       output: {"_id": "crm-contact:501", "id": "501", "_deleted": true, "$operation": "delete"}
 *     - caption: A live contact is dropped before any call
 *       input: {"_id": "crm-contact:502", "id": "502"}
 *       dropped: discard
 *
 * `output` lists what comes out (one entity, or several when `create` makes more); with
 * `dropped` it lists the entities created before the drop.
 *     ```
 *
 * When the rules hop to other datasets, the block is a mapping with `datasets` (entities by
 * dataset id) and `samples` (the list above). `pipe="…"` names the pipe when the example has
 * several with DTL; `transform="3"` picks a pipe's DTL transform by its position in the pipe's
 * `transform` list (the first DTL transform otherwise).
 */

export const WORKED_EXAMPLE_LANGUAGE = 'worked-example';

/**
 * YAML's integers, but one too large for a JS number is read as a bigint, so a 128-bit hash
 * stated in a sample keeps every digit (it replaces the default schema's int type).
 */
const exactInt = new yaml.Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (data: string | null) => data !== null && /^[-+]?\d+$/.test(data),
  construct: (data: string) => {
    const value = BigInt(data);
    return Number.isSafeInteger(Number(value)) ? Number(value) : value;
  },
  predicate: (data: unknown) => typeof data === 'bigint',
  represent: (data: object) => String(data),
});
const SCHEMA = yaml.DEFAULT_SCHEMA.extend({implicit: [exactInt]});

/**
 * What the author says comes out for a sample: the entities emitted (none when left out), and
 * whether a `discard`/`filter` dropped the target or `trip!` stopped the pump. Entities made by
 * `create` before the drop still come out (dtl-functions-transforms, `discard`), so `output` and
 * `dropped` may be stated together.
 */
export interface Expectation {
  entities: unknown[];
  dropped?: 'discard' | 'filter';
  trips?: string;
}

export interface Sample {
  caption: string;
  input: unknown;
  expect: Expectation;
  /** Line of the sample's first line within the block (1 = the line after the fence). */
  line: number;
}

export interface WorkedExampleSpec {
  /** The `_id` of the pipe whose DTL transform runs; may be left out when there is one. */
  pipe?: string;
  /** `transform="3"`: the 1-based position of the DTL transform in the pipe; the first DTL one if absent. */
  transform?: number;
  datasets: Record<string, unknown[]>;
  samples: Sample[];
}

/** A mistake in a block, at a line within it. */
export interface BlockProblem {
  line: number;
  problem: string;
  fix: string;
}

const SAMPLE_KEYS = new Set(['caption', 'input', 'output', 'dropped', 'trips']);
export const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** The line (within the block) of each sample: each starts with `- caption:` or `- input:`. */
function sampleLines(text: string): number[] {
  return text.split('\n').flatMap((line, i) => (/^\s*-\s+(caption|input)\s*:/.test(line) ? [i + 1] : []));
}

export function readWorkedExample(text: string, meta: string | null | undefined): WorkedExampleSpec | BlockProblem[] {
  const pipe = /(?:^|\s)pipe="([^"]+)"/.exec(meta ?? '')?.[1];
  const position = /(?:^|\s)transform="([^"]*)"/.exec(meta ?? '')?.[1];
  if (position !== undefined && !/^[1-9]\d*$/.test(position)) {
    return [
      {
        line: 0,
        problem: `transform="${position}" is not a position.`,
        fix: 'write transform="2" for the second transform of the pipe.',
      },
    ];
  }
  const transform = position === undefined ? undefined : Number(position);
  let data: unknown;
  try {
    data = yaml.load(text, {schema: SCHEMA});
  } catch (error) {
    const mark = (error as {mark?: {line: number}}).mark;
    return [
      {
        line: (mark?.line ?? 0) + 1,
        problem: `is not valid YAML (${(error as Error).message.split('\n')[0]}).`,
        fix: 'write a list of samples, each with `caption`, `input` (an entity as JSON) and `output`, `dropped` or `trips`.',
      },
    ];
  }
  const top = Array.isArray(data) ? {samples: data} : data;
  if (!isObject(top) || !Array.isArray(top.samples) || top.samples.length === 0) {
    return [
      {
        line: 1,
        problem: 'has no samples.',
        fix: 'write a list of samples (or a mapping with `samples` and `datasets`), each with `caption`, `input` and an outcome.',
      },
    ];
  }
  const problems: BlockProblem[] = [];
  const lines = sampleLines(text);
  const datasets: Record<string, unknown[]> = {};
  for (const [id, entities] of Object.entries(isObject(top.datasets) ? top.datasets : {})) {
    if (Array.isArray(entities) && entities.every(isObject)) datasets[id] = entities;
    else
      problems.push({
        line: 1,
        problem: `dataset "${id}" is not a list of entities.`,
        fix: 'list its entities as JSON objects.',
      });
  }
  const samples: Sample[] = [];
  top.samples.forEach((raw: unknown, i: number) => {
    const line = lines[i] ?? 1;
    const report = (problem: string, fix: string) => problems.push({line, problem: `sample ${i + 1} ${problem}`, fix});
    if (!isObject(raw))
      return report('is not a mapping.', 'give it `caption`, `input` and `output`, `dropped` or `trips`.');
    const unknown = Object.keys(raw).filter((k) => !SAMPLE_KEYS.has(k));
    if (unknown.length > 0)
      report(`has unknown keys: ${unknown.join(', ')}.`, `use only ${[...SAMPLE_KEYS].join(', ')}.`);
    if (typeof raw.caption !== 'string' || raw.caption.trim() === '') {
      report('has no caption.', 'add `caption:` with one line saying what the sample shows.');
    }
    if (!isObject(raw.input)) report('has no input entity.', 'add `input:` with the source entity as a JSON object.');
    if (!('output' in raw) && !('dropped' in raw) && !('trips' in raw)) {
      return report(
        'states no outcome.',
        'state `output` (the entities that come out), `dropped: discard|filter` or `trips: <message>`.',
      );
    }
    if ('dropped' in raw && 'trips' in raw) {
      return report('states dropped and trips; the rule ends one way.', 'keep the one the DTL does.');
    }
    const entities = !('output' in raw) ? [] : Array.isArray(raw.output) ? raw.output : [raw.output];
    if (!entities.every(isObject)) {
      return report('has an output that is not an entity.', 'write each output entity as a JSON object.');
    }
    if ('dropped' in raw && raw.dropped !== 'discard' && raw.dropped !== 'filter') {
      return report(`says dropped by "${String(raw.dropped)}".`, 'write `dropped: discard` or `dropped: filter`.');
    }
    const expect: Expectation = {
      entities,
      ...('dropped' in raw ? {dropped: raw.dropped as 'discard' | 'filter'} : {}),
      ...('trips' in raw ? {trips: String(raw.trips)} : {}),
    };
    if (typeof raw.caption === 'string' && isObject(raw.input)) {
      samples.push({caption: raw.caption.trim(), input: raw.input, expect, line});
    }
  });
  return problems.length > 0 ? problems : {pipe, transform, datasets, samples};
}
