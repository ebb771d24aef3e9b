import fs from 'node:fs';
import path from 'node:path';
import {resolveReferences} from '../reference';
import type {AppliesWhen, Catalog, Category, PatternLinkTarget, ReferenceItem, RelatedPattern} from './client/types';

/** What a page shows of its own references: the pages, the assumptions and the day it was checked. */
export interface PageReferences {
  references: ReferenceItem[];
  assumptions: string[];
  /** `YYYY-MM-DD`. */
  referenceChecked: string;
}

/**
 * What one page needs of the others to render its links: titles and paths, its related list,
 * its backlinks, and its links to the Sesam documentation. Resolved into each page at build time, so the browser never loads the
 * whole catalog; a file on disk, so that every page is rebuilt when any of it changes.
 */
/** What a page says of itself: its categories and other names, and the finder answers that lead to it. */
export interface PageFacts {
  categories: Category[];
  aliases: string[];
  appliesWhen: AppliesWhen[];
}

export interface LinkTable {
  patterns: Record<
    string,
    PatternLinkTarget & PageReferences & PageFacts & {related: RelatedPattern[]; backlinks: string[]}
  >;
}

/** What the remark plugins that resolve links take: a way to read the current table. */
export interface LinkTableOptions {
  linkTable: () => LinkTable;
}

/** The link table's place under the site's generated files (Docusaurus' `generatedFilesDir`). */
export const LINK_TABLE_FILE = path.join('sesam-catalog', 'link-table.json');

export function linkTableOf({patterns, backlinks}: Catalog): LinkTable {
  return {
    patterns: Object.fromEntries(
      patterns.map((p) => [
        p.label,
        {
          title: p.title,
          path: p.path,
          categories: p.categories,
          aliases: p.aliases,
          appliesWhen: p.appliesWhen,
          related: p.related,
          backlinks: backlinks[p.label] ?? [],
          references: resolveReferences(p.references),
          assumptions: p.assumptions,
          referenceChecked: p.referenceChecked,
        },
      ]),
    ),
  };
}

/** Writes the table, unless the file already holds it: an unchanged file rebuilds nothing. */
export function writeLinkTable(file: string, table: LinkTable): void {
  const text = `${JSON.stringify(table)}\n`;
  if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === text) return;
  fs.mkdirSync(path.dirname(file), {recursive: true});
  fs.writeFileSync(file, text);
}

const cache = new Map<string, {mtimeMs: number; table: LinkTable}>();

/** Reads the table the catalog plugin wrote; once per change of the file, not once per page. */
export function readLinkTable(file: string): LinkTable {
  let mtimeMs;
  try {
    mtimeMs = fs.statSync(file).mtimeMs;
  } catch {
    throw new Error(`${file}: the catalog's link table is missing. Fix: build with the catalog plugin enabled`);
  }
  const cached = cache.get(file);
  if (cached?.mtimeMs === mtimeMs) return cached.table;
  const table = JSON.parse(fs.readFileSync(file, 'utf8')) as LinkTable;
  cache.set(file, {mtimeMs, table});
  return table;
}
