import {CATEGORY_INFO} from '../../catalog/client/categories';
import {CATEGORIES} from '../../catalog/client/types';
import type {Recommendation, Recommendations} from './recommend';

/** A part of the result as the page shows it: a heading and its patterns. */
export interface ResultSection {
  id: string;
  title: string;
  items: Recommendation[];
}

/**
 * The result as the page lists it, and as the checklist copies it: the patterns that apply
 * by category (Collect, Transform, Share), then those to consider, then the baseline.
 */
export function sectionsOf({applies, consider, baseline}: Recommendations): ResultSection[] {
  return [
    ...CATEGORIES.map((category) => ({
      id: category,
      title: CATEGORY_INFO[category].title,
      items: applies.filter((r) => r.category === category),
    })),
    {id: 'consider', title: 'To consider (you answered “not sure”)', items: consider},
    {id: 'baseline', title: 'For every integration', items: baseline},
  ].filter((section) => section.items.length > 0);
}

/**
 * The result as a Markdown checklist for a ticket: a link back to these answers, then one
 * `- [ ] [Title](url) — reason` line per pattern under the page's own headings.
 */
export function checklistOf(
  sections: readonly ResultSection[],
  absolute: (path: string) => string,
  link: string,
): string {
  const lines = [`Patterns for this integration, from the [Sesam pattern finder](${link}):`];
  for (const {title, items} of sections) {
    lines.push('', `### ${title}`, '');
    for (const {title: name, path, reasons} of items)
      lines.push(`- [ ] [${name}](${absolute(path)}) — ${reasons.join(' ')}`);
  }
  return `${lines.join('\n')}\n`;
}
