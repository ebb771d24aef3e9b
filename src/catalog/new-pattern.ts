import fs from 'node:fs';
import path from 'node:path';
import {CATEGORIES, type Category} from './client/types';
import {CatalogError, type CatalogProblem} from './errors';
import {readFrontMatter} from './load';
import {LABEL_PATTERN, validateFrontMatter} from './schema';
import {TODO_MARKER} from './unfinished';

/** What `npm run new-pattern` asks for: the label, and the three fields only the author knows. */
export interface NewPatternAnswers {
  label: string;
  title: string;
  /** Comma-separated, as typed: `collect, share`. */
  categories: string;
  summary: string;
}

export const NEW_PATTERN_FLAGS = ['title', 'categories', 'summary'] as const;

function problem(field: string, text: string, fix: string): CatalogError {
  return new CatalogError([{where: 'new-pattern', field, problem: text, fix}]);
}

/** Labels, categories and order of the pages already in `docsDir` (read, not validated). */
function existingPages(docsDir: string): {label: string; categories: string[]; order: number}[] {
  return fs
    .readdirSync(docsDir)
    .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
    .flatMap((name) => {
      const read = readFrontMatter(name, fs.readFileSync(path.join(docsDir, name), 'utf8'));
      if ('problems' in read) return [];
      const data = read.data as {label?: unknown; categories?: unknown; order?: unknown};
      if (typeof data.label !== 'string' || !Array.isArray(data.categories) || typeof data.order !== 'number')
        return [];
      return [{label: data.label, categories: data.categories.map(String), order: data.order}];
    });
}

/** `docs/<label>.mdx` for a well-formed label that has no page yet; a one-line CatalogError otherwise. */
export function checkNewLabel(docsDir: string, label: string): string {
  if (!LABEL_PATTERN.test(label))
    throw problem(
      'label',
      `"${label}" is not a pattern label.`,
      'use lowercase words joined by hyphens ending in "-pattern", e.g. `npm run new-pattern -- retry-pattern`.',
    );
  const file = path.join(docsDir, `${label}.mdx`);
  if (fs.existsSync(file))
    throw problem(
      'label',
      `"${label}" already has a page, ${path.basename(docsDir)}/${label}.mdx.`,
      'choose another label, or edit the existing page.',
    );
  return file;
}

/** A YAML double-quoted scalar: JSON's string syntax is a subset of it. */
const q = (text: string): string => JSON.stringify(text);

/**
 * The source of a new, unfinished pattern page: valid front matter (so the site builds with
 * it), the template's sections, a data-flow stub, reference and changes stubs, and TODOs that
 * the content tests refuse until they are done. Throws a one-line CatalogError for a malformed
 * or taken label or an invalid field.
 */
export function newPatternPage(
  docsDir: string,
  answers: NewPatternAnswers,
  today: string,
): {file: string; source: string} {
  const {label} = answers;
  const file = checkNewLabel(docsDir, label);
  const categories = answers.categories
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((c) => c.toLowerCase());
  const pages = existingPages(docsDir);
  const first = categories[0] as Category | undefined;
  const neighbours = pages
    .filter((p) => first !== undefined && p.categories.includes(first))
    .sort((a, b) => a.order - b.order);
  // After the last pattern of its first category, with room for one between.
  const order = Math.max(0, ...neighbours.map((p) => p.order)) + 10;
  const related = (neighbours.at(-1) ?? pages[0])?.label;
  if (!related)
    throw problem(
      'related',
      `there is no other pattern in ${path.basename(docsDir)}/ to relate the new one to.`,
      'add the page by hand (README.md, "Add a pattern").',
    );

  const frontMatter = {
    label,
    title: answers.title.trim(),
    categories,
    order,
    summary: answers.summary.trim(),
    related: [{label: related, why: `${TODO_MARKER}: name the pattern to read next and say why in one sentence.`}],
    references: [
      {
        path: 'hub/documentation/service-configuration/pipes/configuration-pipes',
        about: `${TODO_MARKER}: the reference pages that back this page, with what each backs`,
      },
      {path: 'hub/dtl/dtl-functions-transforms', about: `${TODO_MARKER}: or remove this one`},
    ],
    assumptions: [
      `${TODO_MARKER}: list what the page states that the Sesam documentation does not back, or remove the field.`,
    ],
    reference_checked: today,
    applies_when: [{when: 'always', why: `${TODO_MARKER}: the finder answers that bring this pattern in.`}],
    changes: [{date: today, what: 'First published in the catalog.'}],
  };
  const validated = validateFrontMatter(frontMatter, `${path.basename(docsDir)}/${label}.mdx`);
  if (!validated.ok) {
    const asked = new Set<string>(NEW_PATTERN_FLAGS);
    throw new CatalogError(
      validated.problems.map((p): CatalogProblem => ({
        ...p,
        where: 'new-pattern',
        field: asked.has(p.field.split(/[.[]/)[0]!) ? `--${p.field}` : p.field,
        fix:
          p.field.startsWith('categories') && !categories.every((c) => (CATEGORIES as readonly string[]).includes(c))
            ? `pass one or more of ${CATEGORIES.join(', ')}, e.g. --categories collect,share.`
            : p.fix,
      })),
    );
  }

  const [ref1, ref2] = frontMatter.references;
  const source = `---
label: ${label}
title: ${q(frontMatter.title)}
categories: [${categories.join(', ')}]
order: ${order}
summary: ${q(frontMatter.summary)}
aliases: []
related:
  - label: ${related}
    why: ${q(frontMatter.related[0]!.why)}
references:
  - path: ${ref1!.path}
    about: ${q(ref1!.about)}
  - path: ${ref2!.path}
    about: ${q(ref2!.about)}
assumptions:
  - ${q(frontMatter.assumptions[0]!)}
reference_checked: ${today}
applies_when:
  - when: always
    why: ${q(frontMatter.applies_when[0]!.why)}
changes:
  - date: ${today}
    what: ${frontMatter.changes[0]!.what}
---

${TODO_MARKER}: one lead paragraph that names the situation and the idea, and links at least two
other patterns, e.g. :pattern[${related}].

{/*
${TODO_MARKER} before this page can ship (the content tests fail while any ${TODO_MARKER} is left):
- [ ] Write the lead, the four sections and at least 350 words of prose.
- [ ] Draw the flow: replace the data-flow stub below.
- [ ] Replace the example with real configuration, and add a worked-example block if it runs DTL.
- [ ] Check every claim against the Sesam documentation; fill references, assumptions and reference_checked.
- [ ] Fill related and applies_when, and add the label to src/catalog/published-labels.ts once it ships.
- [ ] Go through the review checklist in CONTRIBUTING.md.
*/}

\`\`\`dataflow title="${TODO_MARKER}: what flows where"
system source "Source system"
pipe collect "todo-collect" key
dataset collected "todo-collect"
source -> collect "reads"
collect -> collected "writes"
\`\`\`

## Problem

${TODO_MARKER}: the situation and why it hurts.

## Solution

${TODO_MARKER}: the idea in Sesam terms: pipes, systems, DTL.

## Example

${TODO_MARKER}: replace this pipe with the pattern's configuration.

\`\`\`json title="todo-collect pipe" {4}
{
  "_id": "todo-collect",
  "type": "pipe",
  "source": {"type": "dataset", "dataset": "todo-source"}
}
\`\`\`

## Pitfalls and trade-offs

- **${TODO_MARKER}.** What goes wrong, and what the pattern costs.
`;
  return {file, source};
}

/**
 * The answers from `<label> --title … --categories … --summary …`. A missing flag is asked for
 * when `ask` is given (stdin is a terminal); otherwise it fails with one line naming the flag.
 */
export async function answersFrom(
  argv: readonly string[],
  ask?: (question: string) => Promise<string>,
): Promise<NewPatternAnswers> {
  const positional: string[] = [];
  const flags: Partial<Record<(typeof NEW_PATTERN_FLAGS)[number], string>> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const match = /^--([a-z]+)(?:=(.*))?$/s.exec(arg);
    if (!match) {
      positional.push(arg);
      continue;
    }
    const name = match[1] as (typeof NEW_PATTERN_FLAGS)[number];
    if (!(NEW_PATTERN_FLAGS as readonly string[]).includes(name))
      throw problem(`--${match[1]}`, 'is not an option.', `use ${NEW_PATTERN_FLAGS.map((f) => `--${f}`).join(', ')}.`);
    const value = match[2] ?? argv[++i];
    if (value === undefined) throw problem(`--${name}`, 'has no value.', `write it as --${name} "…".`);
    flags[name] = value;
  }
  if (positional.length !== 1)
    throw problem(
      'label',
      positional.length === 0 ? 'is missing.' : `only one label, please (got ${positional.join(', ')}).`,
      'run `npm run new-pattern -- <label> --title "…" --categories collect --summary "…"`.',
    );
  const answers = {label: positional[0]!} as NewPatternAnswers;
  const questions = {
    title: 'Title (e.g. Retry pattern): ',
    categories: `Categories, comma-separated (${CATEGORIES.join(', ')}): `,
    summary: 'Summary (one sentence of 40-220 characters, ending with a full stop): ',
  };
  for (const flag of NEW_PATTERN_FLAGS) {
    const given = flags[flag] ?? (ask ? (await ask(questions[flag])).trim() : undefined);
    if (!given)
      throw problem(
        `--${flag}`,
        'is missing.',
        `pass --${flag} "…" (the command asks only when it runs in a terminal).`,
      );
    answers[flag] = given;
  }
  return answers;
}
