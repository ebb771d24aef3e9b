/**
 * Reads a datanav/docs tree and writes the reference data this catalog cites and checks against:
 * src/reference/pages.json (every hub/ page and its title) and src/reference/vocabulary.json (the
 * documented configuration properties and DTL functions).
 *
 *   npx tsx scripts/reference/generate.ts --docs <datanav/docs tree> [--commit <sha>] [--out <dir>]
 *
 * The parsing is in parse-rst.ts; this file picks the pages and tables and handles the special
 * cases, each named below with the reference text that documents it.
 */
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {pathToFileURL} from 'node:url';
import {
  type DtlArgument,
  type Prop,
  type Role,
  documentedTypes,
  isPropertyTable,
  pageTitle,
  prototypeKeys,
  parseDtlFunctions,
  parseListTables,
  parseSections,
  sectionAt,
  sectionLevels,
  tableProperties,
} from './parse-rst';

const REPOSITORY = 'datanav/docs';
const CONFIG = 'hub/documentation/service-configuration';
const DTL = 'hub/dtl';

interface PropertySet {
  doc: string;
  properties: Record<string, Prop>;
}

interface TypedPropertySets {
  common: PropertySet;
  types: Record<string, PropertySet>;
}

interface DtlEntry {
  doc: string;
  anchor?: string;
  kind: 'transform' | 'expression';
  arguments: DtlArgument[];
  minArgs: number;
  maxArgs: number | null;
  signature?: string;
  note?: string;
  /** Set when the name is also an expression function (the entry itself is the transform). */
  expression?: Omit<DtlEntry, 'kind' | 'expression'>;
}

/**
 * Property tables that are not the component's own configuration: the entity shape a REST
 * sink/transform expects (configuration-sinks-rest, -transforms-rest) and the template's special
 * entity properties (configuration-transforms-template).
 */
const ENTITY_SECTIONS = new Set(['Expected entity shape', 'Special entity properties']);

/** configuration-systems-rest: "The ``custom_auth`` section uses the following sub-properties". */
const SUBPROPERTY_SECTIONS: Record<string, string> = {'Custom authentication (experimental)': 'custom_auth'};

/** configuration-systems-rest, "Operation properties": one entry of a REST system's `operations`. */
const REST_OPERATION_SECTION = 'Operation properties';

/**
 * configuration-systems-rest: "The REST system is an extension of the URL system, so all
 * configuration properties of the URL system apply" (and its ``<any url system property>`` row).
 */
const EXTENDS: Record<string, string> = {'system:rest': 'system:url'};

/**
 * configuration-systems-sql documents "the common properties for all SQL systems" with the
 * prototype type "system:oracle|oracle_tns|mssql|mysql". Its prose says all SQL systems, so the
 * two SQL system pages the prototype does not list get them too.
 */
const ALSO_SQL_SYSTEMS = ['system:postgresql', 'system:sqlserver'];

/**
 * The general pages (configuration-pipes and the common systems/sources/sinks/transforms pages)
 * show "the general form" in their Prototype; keys it shows that the tables leave out (a system's
 * `type`, a pipe's `metadata`) are documented properties too, without type or default.
 */
function withPrototypeKeys(text: string, properties: Record<string, Prop>): Record<string, Prop> {
  const result = {...properties};
  for (const key of prototypeKeys(text)) result[key] ??= {};
  return result;
}

const read = (docs: string, doc: string): string => fs.readFileSync(path.join(docs, `${doc}.rst`), 'utf8');

/** Every `.rst` under hub/, as repository paths without the extension, sorted. */
function rstPages(docs: string): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(path.join(docs, dir), {withFileTypes: true})) {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(rel);
      else if (entry.name.endsWith('.rst')) found.push(rel.slice(0, -'.rst'.length));
    }
  };
  walk('hub');
  return found.sort();
}

/** The property tables of a page, grouped by what they describe. */
function pageProperties(text: string, doc: string) {
  const sections = parseSections(text);
  const levels = sectionLevels(sections);
  const own: Record<string, Prop> = {};
  const operation: Record<string, Prop> = {};
  const templates: Record<string, Record<string, Prop>> = {};
  for (const table of parseListTables(text).filter(isPropertyTable)) {
    const section = sectionAt(sections, table.line);
    const title = section?.title ?? '';
    const {properties, skipped} = tableProperties(table);
    // `<any url system property>` is handled by EXTENDS; any other placeholder needs a look.
    for (const name of skipped)
      if (name !== '<any url system property>') console.warn(`${doc}: skipped property cell "${name}"`);
    if (ENTITY_SECTIONS.has(title)) continue;
    if (title === REST_OPERATION_SECTION) Object.assign(operation, properties);
    else if (title === 'Template properties') {
      // The template's name is the title of the enclosing section (as the page's list of templates
      // names them). Not its Prototype: transform-share-rest's says "template": "transform-collect-rest".
      const parent = [...sections]
        .reverse()
        .find((s) => s.line < section!.line && levels.get(s.style)! < levels.get(section!.style)!);
      if (!parent) throw new Error(`${doc}: no template section around the table at line ${table.line + 1}`);
      templates[parent.title] = {...templates[parent.title], ...properties};
    } else if (SUBPROPERTY_SECTIONS[title]) {
      for (const [name, prop] of Object.entries(properties)) own[`${SUBPROPERTY_SECTIONS[title]}.${name}`] = prop;
    } else Object.assign(own, properties);
  }
  return {own, operation, templates};
}

/**
 * The "Pipe Features" table of configuration-pipes.rst names features that are turned on and
 * tuned on any pipe; their pages document those pipe properties (`namespaced_identifiers`,
 * `exclude_completeness`, `compaction.*`, …). Circuit breakers are left out: their page says
 * they are set on the dataset sink, whose own page lists them.
 */
const PIPE_FEATURE_PAGES = [
  'hub/features/compaction-feature',
  'hub/features/automatic-reprocessing',
  'hub/features/completeness-feature',
  'hub/features/namespaces',
  'hub/features/durable-data',
];

/**
 * Properties the reference documents in prose rather than in a table, each with where it says so.
 * configuration-sources-http, `validation_expression`: "System secrets (if the pipe has a
 * system)"; the receive-webhook-events pattern page shows it as the source's `system`.
 */
const PROSE_PROPERTIES: {role: 'sources'; type: string; name: string}[] = [
  {role: 'sources', type: 'http_endpoint', name: 'system'},
];

/** The pipe's own properties and those its feature pages document. */
function pipeSet(docs: string, doc: string): PropertySet {
  const set = generalSet(docs, doc);
  for (const feature of PIPE_FEATURE_PAGES)
    for (const [name, prop] of Object.entries(pageProperties(read(docs, feature), feature).own))
      set.properties[name] ??= prop;
  return set;
}

function generalSet(docs: string, doc: string): PropertySet {
  const text = read(docs, doc);
  return {doc, properties: withPrototypeKeys(text, pageProperties(text, doc).own)};
}

interface ComponentPages {
  sets: TypedPropertySets;
  restOperation?: PropertySet;
  templates: Record<string, PropertySet>;
}

/** The common page `<dir>/<prefix>.rst` and each `<prefix>-*.rst` page with the type(s) it documents. */
function components(docs: string, dir: string, prefix: string, role: Role): ComponentPages {
  const commonDoc = `${CONFIG}/${dir}/${prefix}`;
  const result: ComponentPages = {
    sets: {common: generalSet(docs, commonDoc), types: {}},
    templates: {},
  };
  const shared: {types: string[]; properties: Record<string, Prop>}[] = [];
  const files = fs
    .readdirSync(path.join(docs, CONFIG, dir))
    .filter((f) => f.startsWith(`${prefix}-`) && f.endsWith('.rst'));
  for (const file of files.sort()) {
    const doc = `${CONFIG}/${dir}/${file.slice(0, -'.rst'.length)}`;
    const text = read(docs, doc);
    const {types} = documentedTypes(text, role);
    const {own, operation, templates} = pageProperties(text, doc);
    if (types.length !== 1)
      throw new Error(`${doc}: documents ${types.length} types (${types.join(', ')}); decide how to read it`);
    const type = types[0]!;
    const alternatives = /^(system:)?(.+\|.+)$/.exec(type);
    if (alternatives) {
      // A page for several types (configuration-systems-sql: "system:oracle|oracle_tns|mssql|mysql"):
      // its properties are shared by each, merged in below.
      shared.push({types: alternatives[2]!.split('|').map((t) => `${alternatives[1] ?? ''}${t}`), properties: own});
      continue;
    }
    if (result.sets.types[type])
      throw new Error(`${doc}: type "${type}" is also documented by ${result.sets.types[type].doc}`);
    result.sets.types[type] = {doc, properties: own};
    if (Object.keys(operation).length > 0) result.restOperation = {doc, properties: operation};
    for (const [name, properties] of Object.entries(templates)) result.templates[name] = {doc, properties};
  }
  for (const {types, properties} of shared) {
    const targets = types[0]?.startsWith('system:') && shared.length === 1 ? [...types, ...ALSO_SQL_SYSTEMS] : types;
    for (const type of targets) {
      const set = result.sets.types[type];
      if (!set) throw new Error(`shared properties for "${type}", which no page documents`);
      set.properties = {...properties, ...set.properties};
    }
  }
  for (const [type, base] of Object.entries(EXTENDS)) {
    const set = result.sets.types[type];
    const parent = result.sets.types[base];
    if (set && parent) set.properties = {...parent.properties, ...set.properties};
  }
  return result;
}

/** Every function of the dtl-functions-*.rst pages. */
function dtlFunctions(docs: string): Record<string, DtlEntry> {
  const result: Record<string, DtlEntry> = {};
  const files = fs.readdirSync(path.join(docs, DTL)).filter((f) => /^dtl-functions-.*\.rst$/.test(f));
  for (const file of files.sort()) {
    const doc = `${DTL}/${file.slice(0, -'.rst'.length)}`;
    const kind = file === 'dtl-functions-transforms.rst' ? 'transform' : 'expression';
    for (const fn of parseDtlFunctions(read(docs, doc))) {
      const entry: DtlEntry = {doc, kind, arguments: fn.arguments, minArgs: fn.minArgs, maxArgs: fn.maxArgs};
      if (fn.anchor) entry.anchor = fn.anchor;
      if (fn.signature) entry.signature = fn.signature;
      // The page's own examples are reference text too: where a signature is stricter than an
      // example call (`{>1}` with a one-argument example), the looser reading wins.
      const [fewest, most] = [Math.min(...fn.exampleArgCounts), Math.max(...fn.exampleArgCounts)];
      if (
        fn.exampleArgCounts.length > 0 &&
        (fewest < entry.minArgs || (entry.maxArgs !== null && most > entry.maxArgs))
      ) {
        entry.note = `arguments ${range(entry.minArgs, entry.maxArgs)} by the signature, widened to cover the page's examples`;
        entry.minArgs = Math.min(entry.minArgs, fewest);
        if (entry.maxArgs !== null) entry.maxArgs = Math.max(entry.maxArgs, most);
      }
      const existing = result[fn.name];
      if (!existing) result[fn.name] = entry;
      else result[fn.name] = both(existing, entry);
    }
  }
  return result;
}

const range = (min: number, max: number | null) =>
  max === null ? `${min}+` : min === max ? `${min}` : `${min}-${max}`;

/**
 * `case`, `case-eq`, `if` and `filter` are documented both as expressions and as transforms:
 * the entry is the transform, with the expression under `expression`, and allows the loosest
 * argument counts of the two (a checker cannot tell which one a call is without its position).
 */
function both(a: DtlEntry, b: DtlEntry): DtlEntry {
  const [transform, expression] = a.kind === 'transform' ? [a, b] : [b, a];
  if (transform.kind !== 'transform' || expression.kind !== 'expression')
    throw new Error(`duplicate DTL function in ${a.doc}, ${b.doc}`);
  const rest: Omit<DtlEntry, 'kind' | 'expression'> = {...expression};
  delete (rest as Partial<DtlEntry>).kind;
  return {
    ...transform,
    minArgs: Math.min(transform.minArgs, expression.minArgs),
    maxArgs:
      transform.maxArgs === null || expression.maxArgs === null
        ? null
        : Math.max(transform.maxArgs, expression.maxArgs),
    expression: rest,
  };
}

/** JSON with object keys sorted at every level (arrays keep their order), 2-space indent, final newline. */
export function stableJson(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v && typeof v === 'object')
      return Object.fromEntries(
        Object.keys(v)
          .sort()
          .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
      );
    return v;
  };
  return `${JSON.stringify(sort(value), null, 2)}\n`;
}

function commitOf(docs: string, given: string | undefined): string {
  let commit = given;
  if (!commit) {
    try {
      commit = execFileSync('git', ['-C', docs, 'rev-parse', 'HEAD'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
    } catch {
      commit = undefined;
    }
  }
  if (!commit || !/^[0-9a-f]{40}$/.test(commit))
    throw new Error(
      `generate: ${docs} is not a git checkout; pass --commit <40-hex datanav/docs commit it was unpacked from>.`,
    );
  return commit;
}

function main(): void {
  const {values} = parseArgs({options: {docs: {type: 'string'}, commit: {type: 'string'}, out: {type: 'string'}}});
  if (!values.docs) throw new Error('generate: pass --docs <path to a datanav/docs tree>.');
  const docs = values.docs;
  if (!fs.existsSync(path.join(docs, CONFIG)))
    throw new Error(`generate: ${docs} has no ${CONFIG}; pass --docs <datanav/docs tree>.`);
  const commit = commitOf(docs, values.commit);
  const out = values.out ?? 'src/reference';

  const pages = Object.fromEntries(rstPages(docs).map((doc) => [doc, pageTitle(read(docs, doc), path.basename(doc))]));

  const pipeDoc = `${CONFIG}/pipes/configuration-pipes`;
  const pumpDoc = `${CONFIG}/pipes/configuration-pump`;
  const systems = components(docs, 'systems', 'configuration-systems', 'system');
  const sources = components(docs, 'pipes', 'configuration-sources', 'source');
  const sinks = components(docs, 'pipes', 'configuration-sinks', 'sink');
  const transforms = components(docs, 'pipes', 'configuration-transforms', 'transform');
  for (const {role, type, name} of PROSE_PROPERTIES) {
    const set = {sources}[role].sets.types[type];
    if (!set) throw new Error(`generate: no ${role} type "${type}" to add the prose-documented "${name}" to.`);
    set.properties[name] ??= {};
  }
  if (!systems.restOperation) throw new Error(`generate: no "${REST_OPERATION_SECTION}" table among the system pages.`);
  const vocabulary = {
    repository: REPOSITORY,
    commit,
    pipe: pipeSet(docs, pipeDoc),
    pump: {doc: pumpDoc, properties: pageProperties(read(docs, pumpDoc), pumpDoc).own},
    systems: systems.sets,
    sources: sources.sets,
    sinks: sinks.sets,
    transforms: transforms.sets,
    templates: transforms.templates,
    restOperation: systems.restOperation,
    dtl: dtlFunctions(docs),
  };

  fs.mkdirSync(out, {recursive: true});
  fs.writeFileSync(path.join(out, 'pages.json'), stableJson({repository: REPOSITORY, commit, pages}));
  fs.writeFileSync(path.join(out, 'vocabulary.json'), stableJson(vocabulary));
  const count = (o: object) => Object.keys(o).length;
  console.log(
    `${count(pages)} pages; types: ${count(systems.sets.types)} systems, ${count(sources.sets.types)} sources, ` +
      `${count(sinks.sets.types)} sinks, ${count(transforms.sets.types)} transforms; ` +
      `${count(vocabulary.templates)} templates; ${count(vocabulary.dtl)} DTL functions -> ${out}`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
