import fs from 'node:fs';
import path from 'node:path';
import {parse, type HTMLElement} from 'node-html-parser';
import {CATEGORY_INFO} from '../../src/catalog/client/categories';
import {PATTERNS_ROUTE, type PatternRecord} from '../../src/catalog/client/types';

/** A record in the shape Algolia DocSearch's crawler writes and its search UI reads. */
export interface DocSearchRecord {
  objectID: string;
  url: string;
  url_without_anchor: string;
  anchor: string | null;
  type: 'lvl1' | 'lvl2' | 'lvl3';
  hierarchy: Record<'lvl0' | 'lvl1' | 'lvl2' | 'lvl3' | 'lvl4' | 'lvl5' | 'lvl6', string | null>;
  content: string | null;
}

const CONTENT_LIMIT = 1000;

function text(element: HTMLElement): string {
  // Heading anchors render a zero-width space and a "#" link; neither is content.
  return element.text
    .replace(/\u200b/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function clip(value: string): string {
  return value.length > CONTENT_LIMIT ? `${value.slice(0, CONTENT_LIMIT - 1)}…` : value;
}

/**
 * One record per pattern (its title and lead) and one per section (h2 and h3, with the
 * section's text), read from the production build so that anchors are exactly the ones the
 * pages have. `patterns.json` gives the labels, categories and absolute URLs.
 */
export function buildRecords(buildDir: string): DocSearchRecord[] {
  const catalogFile = path.join(buildDir, 'patterns.json');
  if (!fs.existsSync(catalogFile)) {
    throw new Error(`No ${catalogFile}: run \`npm run build\` before \`npm run search:push\`.`);
  }
  const patterns = JSON.parse(fs.readFileSync(catalogFile, 'utf8')) as PatternRecord[];
  return patterns.flatMap((pattern) => {
    // The build writes pages under their route whatever the base URL is.
    const html = fs.readFileSync(path.join(buildDir, PATTERNS_ROUTE, `${pattern.label}.html`), 'utf8');
    return recordsOfPage(pattern, parse(html));
  });
}

function recordsOfPage(pattern: PatternRecord, page: HTMLElement): DocSearchRecord[] {
  const lvl0 = pattern.categories.map((c) => CATEGORY_INFO[c].title).join(' / ');
  const base = {lvl0, lvl1: pattern.title, lvl2: null, lvl3: null, lvl4: null, lvl5: null, lvl6: null};
  const markdown = page.querySelector('article .markdown');
  if (!markdown) throw new Error(`${pattern.url} has no article content to index.`);

  const records: DocSearchRecord[] = [];
  let current: {heading: HTMLElement; level: 2 | 3; parts: string[]} | undefined;
  let lvl2: string | null = null;
  const lead: string[] = [];
  const flush = () => {
    if (!current) return;
    const anchor = current.heading.id;
    const title = text(current.heading);
    records.push({
      objectID: `${pattern.label}#${anchor}`,
      url: `${pattern.url}#${anchor}`,
      url_without_anchor: pattern.url,
      anchor,
      type: current.level === 2 ? 'lvl2' : 'lvl3',
      hierarchy: current.level === 2 ? {...base, lvl2: title} : {...base, lvl2, lvl3: title},
      content: clip(current.parts.join(' ')) || null,
    });
  };
  for (const element of markdown.children) {
    const tag = element.tagName.toLowerCase();
    if (tag === 'h1' || tag === 'header') continue;
    if ((tag === 'h2' || tag === 'h3') && element.id) {
      flush();
      if (tag === 'h2') lvl2 = text(element);
      current = {heading: element, level: tag === 'h2' ? 2 : 3, parts: []};
    } else if (current) {
      current.parts.push(text(element));
    } else {
      lead.push(text(element));
    }
  }
  flush();
  return [
    {
      objectID: pattern.label,
      url: pattern.url,
      url_without_anchor: pattern.url,
      anchor: null,
      type: 'lvl1',
      hierarchy: base,
      content: clip([pattern.summary, ...lead].join(' ')),
    },
    ...records,
  ];
}
