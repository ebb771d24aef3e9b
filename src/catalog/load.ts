import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import {visit} from 'unist-util-visit';
import {toString} from 'mdast-util-to-string';
import type {Root} from 'mdast';
import {CatalogError, type CatalogProblem} from './errors';
import {PATTERN_DIRECTIVE, readPatternDirective} from './directive';
import {checkLinks, computeBacklinks} from './graph';
import {parseMdx} from './parse';
import {validateFrontMatter} from './schema';
import {GENERATED_SECTIONS, PAGE_SECTIONS} from './client/template';
import {nearest} from './client/suggest';
import {referencePaths, referenceTitle} from '../reference';
import {checkExample} from '../reference/example-checker';
import {dtlPipesOf, fencesOf, workedExamplesOf} from '../worked-examples/compute';
import {PATTERNS_ROUTE, type Catalog, type Pattern, type PatternCrossLink} from './client/types';

export interface LoadCatalogOptions {
  siteDir: string;
  /** The folder of pattern pages, relative to `siteDir`. */
  docsDir?: string;
  /** Labels that must have a page (published URLs). */
  requiredLabels?: readonly string[];
}

const PAGE_EXTENSIONS = new Set(['.md', '.mdx']);
const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** One page as read from the pages folder: its path, and what `readPattern` made of it. */
export interface PageReading {
  /** Relative to the site, with `/` separators: `docs/x-pattern.mdx`. */
  file: string;
  result: ReturnType<typeof readPattern>;
}

/**
 * Read, validate and link every pattern page from disk. The site build gets its pages from
 * Docusaurus instead (src/plugins/patterns); this serves tests and tools. Throws a
 * CatalogError listing every problem.
 */
export function loadCatalog({siteDir, docsDir = 'docs', requiredLabels = []}: LoadCatalogOptions): Catalog {
  const pages: PageReading[] = [];
  const absoluteDocsDir = path.resolve(siteDir, docsDir);
  for (const entry of fs.readdirSync(absoluteDocsDir, {withFileTypes: true})) {
    // Docusaurus ignores files and folders starting with `_` (partials).
    if (entry.name.startsWith('_')) continue;
    const file = path.join(docsDir, entry.name).split(path.sep).join('/');
    if (entry.isDirectory()) {
      pages.push({file: `${file}/`, result: {problems: [subFolderProblem(file, docsDir)]}});
      continue;
    }
    if (!PAGE_EXTENSIONS.has(path.extname(entry.name))) continue;
    pages.push({file, result: readPattern(file, fs.readFileSync(path.join(absoluteDocsDir, entry.name), 'utf8'))});
  }
  return catalogOf(pages, {docsDir, requiredLabels});
}

export function subFolderProblem(file: string, docsDir: string): CatalogProblem {
  return {
    where: file,
    field: 'location',
    problem: 'pattern pages cannot live in sub-folders, because the folder would become part of the URL.',
    fix: `move the pages directly into ${docsDir}/.`,
  };
}

/**
 * Links the pages that were read one by one into a catalog: labels are unique, every link
 * names a page, every published label keeps its page. Throws a CatalogError listing every
 * problem, those of the pages themselves first.
 */
export function catalogOf(
  pages: readonly PageReading[],
  {docsDir = 'docs', requiredLabels = []}: Omit<LoadCatalogOptions, 'siteDir'> = {},
): Catalog {
  const problems: CatalogProblem[] = [];
  const patterns: Pattern[] = [];
  const brokenPages = new Set<string>();
  for (const {file, result} of pages) {
    if ('problems' in result) {
      problems.push(...result.problems);
      if (!file.endsWith('/')) brokenPages.add(path.posix.parse(file).name);
    } else {
      patterns.push(result.pattern);
    }
  }

  // A page that failed its own checks is reported once: links to it and its place among the
  // published labels still count, so one mistake does not cascade into many lines.
  problems.push(...checkDuplicateLabels(patterns), ...checkLinks(patterns, brokenPages));
  const present = new Set([...patterns.map((p) => p.label), ...brokenPages]);
  for (const label of requiredLabels) {
    if (!present.has(label)) {
      problems.push({
        where: `${docsDir}/`,
        field: 'label',
        problem: `the published pattern "${label}" has no page, so /${PATTERNS_ROUTE}/${label} would break.`,
        fix: `add ${docsDir}/${label}.mdx with \`label: ${label}\`; published URLs must keep working.`,
      });
    }
  }
  if (problems.length > 0) throw new CatalogError(problems);
  return {patterns: inCatalogOrder(patterns), backlinks: computeBacklinks(patterns)};
}

/** Catalog order: by `order`, then by title. */
export function inCatalogOrder(patterns: readonly Pattern[]): Pattern[] {
  return [...patterns].sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));
}

/**
 * A page's front matter as data (YAML's core schema) and the Markdown after it, or the one
 * problem that stops it being read.
 */
export function readFrontMatter(
  file: string,
  source: string,
): {data: unknown; body: string} | {problems: CatalogProblem[]} {
  const match = FRONT_MATTER.exec(source);
  if (!match) {
    return {
      problems: [
        {
          where: file,
          field: 'front matter',
          problem: 'is missing.',
          fix: 'start the file with a front matter block between two `---` lines (see "Add a pattern" in README.md).',
        },
      ],
    };
  }
  try {
    // The core schema reads `2026-12-03` as text: the default one would make it a Date and quietly
    // turn an impossible day such as 2026-11-31 into the next month's first.
    return {data: yaml.load(match[1]!, {schema: yaml.CORE_SCHEMA}), body: source.slice(match[0].length)};
  } catch (error) {
    const reason = error instanceof yaml.YAMLException ? error.reason : String(error);
    const line = error instanceof yaml.YAMLException ? error.mark.line + 2 : 1;
    return {
      problems: [
        {
          where: `${file}:${line}`,
          field: 'front matter',
          problem: `is not valid YAML (${reason}).`,
          fix: 'quote values that contain ": " or start with a backtick, and indent list items evenly.',
        },
      ],
    };
  }
}

/** Parse and check one page on its own (no knowledge of the other pages). */
export function readPattern(file: string, source: string): {pattern: Pattern} | {problems: CatalogProblem[]} {
  const read = readFrontMatter(file, source);
  if ('problems' in read) return read;
  const {data} = read;
  const validated = validateFrontMatter(data, file);
  if (!validated.ok) return {problems: validated.problems};
  const frontMatter = validated.value;
  const problems: CatalogProblem[] = [];
  const fileLabel = path.parse(file).name;
  if (frontMatter.label !== fileLabel) {
    problems.push({
      where: file,
      field: 'label',
      problem: `"${frontMatter.label}" does not match the file name "${fileLabel}".`,
      fix: `rename the file to ${frontMatter.label}${path.extname(file)}, or set \`label: ${fileLabel}\`; a published label never changes.`,
    });
  }

  let tree: Root;
  try {
    tree = parseMdx(source);
  } catch (error) {
    const {line, reason} = error as {line?: number; reason?: string};
    return {
      problems: [
        ...problems,
        {
          where: `${file}:${line ?? 1}`,
          field: 'body',
          problem: `is not valid MDX (${reason ?? String(error)}).`,
          fix: 'put `{`, `}`, `<` and `>` inside backticks or escape them with a backslash.',
        },
      ],
    };
  }

  problems.push(...checkSections(file, tree), ...checkReferences(file, source, frontMatter.references));
  const fences = fencesOf(tree);
  for (const fence of fences.filter((f) => f.lang === 'json')) {
    // The fence is the block's first line; the example's line 1 is the one after it.
    for (const {line, problem, fix} of checkExample(fence.value))
      problems.push({where: `${file}:${fence.line + line}`, field: 'example', problem, fix});
  }
  const worked = workedExamplesOf(fences);
  for (const {line, problem, fix} of worked.problems)
    problems.push({where: `${file}:${line}`, field: 'worked example', problem, fix});
  const dtl = {
    pipes: dtlPipesOf(fences).map((p) => p.id),
    worked: worked.examples.map((e) => ({pipe: e.pipe, samples: e.samples.length})),
  };
  if (dtl.pipes.length > 0 && dtl.worked.length === 0 && worked.problems.length === 0) {
    const example = fences.find((f) => f.lang === 'json');
    problems.push({
      where: `${file}:${example?.line ?? 1}`,
      field: 'worked example',
      problem: `the example runs DTL (${dtl.pipes.join(', ')}) but the page shows no worked example.`,
      fix: 'add a ```worked-example block after the example, with samples and the output each gives (see docs/delete-pattern.mdx).',
    });
  }
  const crossLinks: PatternCrossLink[] = [];
  visit(tree, 'textDirective', (node) => {
    if (node.name !== PATTERN_DIRECTIVE) return;
    const line = node.position?.start.line ?? 1;
    const directive = readPatternDirective(node);
    if (directive.ok) crossLinks.push({label: directive.value.label, anchor: directive.value.anchor, line});
    else
      problems.push({
        where: `${file}:${line}`,
        field: 'body',
        problem: directive.problem,
        fix: 'write it as :pattern[<label>] or :pattern[<label>]{text="…"}.',
      });
  });
  if (problems.length > 0) return {problems};

  return {pattern: {...frontMatter, path: `/${PATTERNS_ROUTE}/${frontMatter.label}`, file, crossLinks, dtl}};
}

/** Every page has the template's sections as second-level headings, in order, and no others. */
function checkSections(file: string, tree: Root): CatalogProblem[] {
  const headings: {text: string; line: number}[] = [];
  visit(tree, 'heading', (node) => {
    if (node.depth === 2) headings.push({text: toString(node).trim(), line: node.position?.start.line ?? 1});
  });
  const generated = headings.find((h) => (GENERATED_SECTIONS as readonly string[]).includes(h.text));
  if (generated) {
    return [
      {
        where: `${file}:${generated.line}`,
        field: 'body',
        problem: `the "${generated.text}" section is generated by the site.`,
        fix: 'remove the section; list related patterns in the `related` front matter field and documentation pages in `references` instead.',
      },
    ];
  }
  const actual = headings.map((h) => h.text);
  if (actual.join('\n') === PAGE_SECTIONS.join('\n')) return [];
  const missing = PAGE_SECTIONS.find((section) => !actual.includes(section));
  const extra = headings.find((h) => !(PAGE_SECTIONS as readonly string[]).includes(h.text));
  const expected = PAGE_SECTIONS.map((s) => `"## ${s}"`).join(', ');
  return [
    {
      where: extra ? `${file}:${extra.line}` : file,
      field: 'body',
      problem: missing
        ? `the "## ${missing}" section is missing.`
        : extra
          ? `"## ${extra.text}" is not one of the page's sections.`
          : 'the sections are out of order.',
      fix: `use exactly these second-level headings, in this order: ${expected} (use ### for sub-sections).`,
    },
  ];
}

/** Every reference names a page that exists in the reference (as of the committed page list). */
function checkReferences(file: string, source: string, references: Pattern['references']): CatalogProblem[] {
  return references.flatMap(({path: page}) => {
    if (referenceTitle(page) !== undefined) return [];
    const line = source.split('\n').findIndex((text) => text.includes(page)) + 1;
    const meant = nearest(page, referencePaths(), 12);
    return [
      {
        where: line > 0 ? `${file}:${line}` : file,
        field: 'references',
        problem: `"${page}" is not a page of the Sesam documentation.`,
        fix: meant
          ? `use \`path: ${meant}\`.`
          : "use the page's source path in datanav/docs without `.rst`, e.g. `hub/dtl/dtl-functions-hops`.",
      },
    ];
  });
}

function checkDuplicateLabels(patterns: Pattern[]): CatalogProblem[] {
  const firstFile = new Map<string, string>();
  const problems: CatalogProblem[] = [];
  for (const pattern of patterns) {
    const first = firstFile.get(pattern.label);
    if (first) {
      problems.push({
        where: pattern.file,
        field: 'label',
        problem: `"${pattern.label}" is already used by ${first}.`,
        fix: 'give each pattern its own label and file name, or delete one of the two pages.',
      });
    } else {
      firstFile.set(pattern.label, pattern.file);
    }
  }
  return problems;
}
