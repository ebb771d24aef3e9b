import * as z from 'zod';
import {CATEGORIES, type PatternFrontMatter} from './types';
import type {CatalogProblem} from './errors';
import {nearest} from './suggest';

/** Labels are lowercase words joined by hyphens and end in `-pattern`; they become URLs. */
export const LABEL_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*-pattern$/;

const label = z.string().regex(LABEL_PATTERN);

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
    const {label: l, title, categories, order, summary, aliases, related} = result.data;
    return {ok: true, value: {label: l, title, categories, order, summary, aliases, related}};
  }
  const problems = result.error.issues.flatMap((issue): CatalogProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const fields = issue.path.length > 0 ? ['label', 'why'] : Object.keys(FIELD_FIX);
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
    const missing = issue.code === 'invalid_type' && !('input' in issue && issue.input !== undefined);
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
