import type {CatalogProblem} from './errors';
import {nearest} from './client/suggest';
import type {Pattern} from './client/types';

function unknownLabel(label: string, labels: string[]): string {
  const suggestion = nearest(label, labels, Math.max(3, Math.floor(label.length / 3)));
  return suggestion ? `did you mean "${suggestion}"?` : 'use the label of an existing page (the file names in docs/).';
}

/**
 * Every `related` entry and prose cross-link must name another existing pattern. `alsoKnown`
 * are labels of pages that exist but failed their own checks.
 */
export function checkLinks(patterns: Pattern[], alsoKnown: Iterable<string> = []): CatalogProblem[] {
  const labels = [...patterns.map((p) => p.label), ...alsoKnown];
  const known = new Set(labels);
  const problems: CatalogProblem[] = [];
  for (const pattern of patterns) {
    const seen = new Set<string>();
    pattern.related.forEach(({label}, index) => {
      const field = `related[${index}].label`;
      if (label === pattern.label) {
        problems.push({
          where: pattern.file,
          field,
          problem: 'a pattern cannot be related to itself.',
          fix: 'remove this entry.',
        });
      } else if (!known.has(label)) {
        problems.push({
          where: pattern.file,
          field,
          problem: `"${label}" is not a pattern label.`,
          fix: unknownLabel(label, labels),
        });
      } else if (seen.has(label)) {
        problems.push({
          where: pattern.file,
          field,
          problem: `"${label}" is listed twice.`,
          fix: 'keep one entry per related pattern.',
        });
      }
      seen.add(label);
    });
    for (const link of pattern.crossLinks) {
      if (!known.has(link.label)) {
        problems.push({
          where: `${pattern.file}:${link.line}`,
          field: 'body',
          problem: `:pattern[${link.label}] links to an unknown pattern.`,
          fix: unknownLabel(link.label, labels),
        });
      }
    }
  }
  return problems;
}

/**
 * For each label, the other patterns that link to it from `related` or from prose, sorted by
 * title so that a reader can scan the list.
 */
export function computeBacklinks(patterns: Pattern[]): Record<string, string[]> {
  const backlinks: Record<string, string[]> = Object.fromEntries(patterns.map((p) => [p.label, []]));
  const byTitle = [...patterns].sort((a, b) => a.title.localeCompare(b.title));
  for (const pattern of byTitle) {
    const targets = new Set([...pattern.related.map((r) => r.label), ...pattern.crossLinks.map((r) => r.label)]);
    for (const target of targets) {
      if (target !== pattern.label) backlinks[target]?.push(pattern.label);
    }
  }
  return backlinks;
}
