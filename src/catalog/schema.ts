import * as z from 'zod';
import {CATEGORIES, type PatternFrontMatter} from './client/types';
import type {CatalogProblem} from './errors';
import {nearest} from './client/suggest';

/** Labels are lowercase words joined by hyphens and end in `-pattern`; they become URLs. */
export const LABEL_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*-pattern$/;

const label = z.string().regex(LABEL_PATTERN);

/** A reference page's source path in datanav/docs, without `.rst`. */
export const REFERENCE_PATH_PATTERN = /^hub\/[a-z0-9_-]+(?:\/[a-z0-9_.-]+)*$/i;

/** A calendar day as `YYYY-MM-DD` (the loader reads YAML dates as text, so this sees what was written). */
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'not a calendar day');

const frontMatterSchema = z.strictObject({
  label,
  title: z.string().trim().min(3).max(90),
  categories: z
    .array(z.enum(CATEGORIES))
    .min(1)
    .refine((list) => new Set(list).size === list.length, 'lists a category twice'),
  order: z.number().int().nonnegative(),
  summary: z
    .string()
    .trim()
    .min(40)
    .max(220)
    .regex(/[.!?]$/, 'must end with a full stop'),
  aliases: z.array(z.string().trim().min(2)).default([]),
  related: z.array(z.strictObject({label, why: z.string().trim().min(10).max(200)})).min(1),
  references: z
    .array(z.strictObject({path: z.string().regex(REFERENCE_PATH_PATTERN), about: z.string().trim().min(3).max(140)}))
    .min(2)
    .refine((list) => new Set(list.map((r) => r.path)).size === list.length, 'lists a page twice'),
  assumptions: z
    .array(
      z
        .string()
        .trim()
        .min(10)
        .max(300)
        .regex(/[.!?]$/, 'must end with a full stop'),
    )
    .default([]),
  reference_checked: day,
  // When the finder recommends the pattern: `when` is `always` (every integration) or answers
  // joined by commas, all of which must hold (`since=yes, deletions=no`); the finder checks the ids.
  applies_when: z
    .array(
      z.strictObject({
        when: z
          .string()
          .trim()
          .regex(/^(always|[a-z-]+=(yes|no)(, *[a-z-]+=(yes|no))*)$/, 'is not `always` or `<question>=yes|no, …`'),
        why: z
          .string()
          .trim()
          .min(20)
          .max(160)
          .regex(/[.!?]$/, 'must end with a full stop'),
      }),
    )
    .default([]),
  // What a follower of the catalog should know about, newest or oldest first: /changes sorts them.
  changes: z
    .array(
      z.strictObject({
        date: day,
        what: z
          .string()
          .trim()
          .min(20)
          .max(200)
          .regex(/[.!?]$/, 'must end with a full stop'),
      }),
    )
    .default([]),
  // Docusaurus front matter that a page may still set for itself.
  description: z.string().optional(),
  keywords: z.array(z.string()).optional(),
  image: z.string().optional(),
  hide_table_of_contents: z.boolean().optional(),
});

/** What to tell an author who got a field wrong. */
const FIELD_FIX: Record<string, string> = {
  label:
    'set `label` to the file name without its extension, lowercase words joined by hyphens ending in "-pattern", e.g. `label: continuation-pattern`.',
  title: "set `title` to the pattern's name as readers say it, e.g. `title: Continuation pattern`.",
  categories: 'set `categories` to a list of one or more of collect, transform, share, e.g. `categories: [collect]`.',
  order:
    'set `order` to a whole number; cards and sidebar entries within a category are sorted by it, e.g. `order: 50`.',
  summary:
    'set `summary` to one sentence of 40-220 characters ending with a full stop; it is shown on the card and in link previews.',
  aliases: 'set `aliases` to a list of other words people search for, e.g. `aliases: [delta, incremental]`.',
  related: 'set `related` to a list of `- label: <pattern label>` entries, each with `why: <one sentence>`.',
  references:
    'set `references` to two or more `- path: <datanav/docs page path without .rst>` entries, each with `about: <what it backs>`, e.g. `- path: hub/dtl/dtl-functions-hops`.',
  assumptions:
    'set `assumptions` to a list of sentences, each ending with a full stop, naming what the page states that the Sesam documentation does not back.',
  reference_checked:
    'set `reference_checked` to the day the page was last checked against the Sesam documentation, e.g. `reference_checked: 2026-12-03`.',
  applies_when:
    'set `applies_when` to a list of `- when: <question>=yes|no` (answers joined by commas, or `always`) entries, each with `why: <one sentence of 20-160 characters>`; the questions are in src/finder/client/questions.ts.',
  changes:
    'set `changes` to a list of `- date: YYYY-MM-DD` entries, each with `what: <one sentence of 20-200 characters>`, e.g. `- date: 2026-12-04` and `what: The example now sends a delete only for deleted entities.`.',
  description: 'set `description` to a string, or leave it out to use the summary.',
  keywords: 'set `keywords` to a list of strings.',
  image: 'set `image` to a path or URL string.',
  hide_table_of_contents: 'set `hide_table_of_contents` to true or false.',
};

/** Fields that decide a pattern's URL are derived from `label` and must not be set. */
const FORBIDDEN_FIELDS: Record<string, string> = {
  id: 'remove `id`: the page id is its label.',
  slug: 'remove `slug`: a pattern is always served at /patterns/<label>, so links stay stable.',
  sidebar_position: 'remove `sidebar_position` and use `order`.',
};

function fieldName(path: PropertyKey[]): string {
  return path
    .map((part) => (typeof part === 'number' ? `[${part}]` : String(part)))
    .join('.')
    .replace(/\.\[/g, '[');
}

/**
 * Validate one page's front matter. Returns the typed front matter, or the problems found,
 * each with the field and the fix.
 */
export function validateFrontMatter(
  data: unknown,
  file: string,
): {ok: true; value: PatternFrontMatter} | {ok: false; problems: CatalogProblem[]} {
  const result = frontMatterSchema.safeParse(data ?? {}, {reportInput: true});
  if (result.success) {
    const {label: l, title, categories, order, summary, aliases, related, references, assumptions} = result.data;
    const value = {label: l, title, categories, order, summary, aliases, related, references, assumptions};
    return {
      ok: true,
      value: {
        ...value,
        referenceChecked: result.data.reference_checked,
        appliesWhen: result.data.applies_when,
        changes: result.data.changes,
      },
    };
  }
  const problems = result.error.issues.flatMap((issue): CatalogProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const fields =
          issue.path.length === 0
            ? Object.keys(FIELD_FIX)
            : issue.path[0] === 'references'
              ? ['path', 'about']
              : issue.path[0] === 'changes'
                ? ['date', 'what']
                : issue.path[0] === 'applies_when'
                  ? ['when', 'why']
                  : ['label', 'why'];
        const meant = nearest(key, fields, 3);
        return {
          where: file,
          field: fieldName([...issue.path, key]),
          problem: 'is not a pattern front matter field.',
          fix:
            FORBIDDEN_FIELDS[key] ?? (meant ? `rename it to \`${meant}\`.` : 'remove it (README.md lists the fields).'),
        };
      });
    }
    const field = fieldName(issue.path);
    const topField = String(issue.path[0]);
    // A field that is absent fails as the wrong type (or as no member of a union): say it is missing.
    const missing =
      (issue.code === 'invalid_type' || issue.code === 'invalid_union') &&
      !('input' in issue && issue.input !== undefined);
    return [
      {
        where: file,
        field,
        problem: missing ? 'is missing.' : `is invalid (${issue.message.replace(/\.$/, '')}).`,
        fix: FIELD_FIX[topField] ?? 'see the front matter fields in README.md.',
      },
    ];
  });
  return {ok: false, problems};
}
