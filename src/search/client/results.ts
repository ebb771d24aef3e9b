/**
 * One search over the catalog, for the navbar box and /search alike: the pattern names and
 * aliases matched the way the index filter matches them (word forms, forgiving typos), then the
 * full-text hits of the offline index, each pattern listed once. Pure and browser-safe.
 */
import {createSearchIndex, matchedAlias, queryWords, search, type SearchIndex} from '../../catalog/client/search';
import type {CatalogSection, PatternCardData} from '../../catalog/client/types';

/** A full-text hit, reduced to what a result line needs (see `fromWorkerResult`). */
export interface TextHit {
  /** The page's path, e.g. `/patterns/delete-pattern`. */
  path: string;
  pageTitle: string;
  /** The section heading the hit is under; none for a hit in the title or lead. */
  section?: string;
  /** `#anchor` of that section, or empty. */
  hash: string;
  /** The matched text, for an excerpt; none for a title or heading hit. */
  text?: string;
  /** The query's words as the index matched them, to find the excerpt. */
  tokens: readonly string[];
}

export interface SearchEntry {
  path: string;
  /** `#anchor`, or empty for the top of the page. */
  hash: string;
  title: string;
  section?: string;
  /** Why it is listed: its name or other name matched, or words of its text. */
  via: 'name' | 'text';
  /** The other name that matched, when the title does not hold the query's words. */
  alias?: string;
  /** A short passage around the first matched word. */
  excerpt?: string;
  summary?: string;
}

/** The name index of the catalog: its patterns once each, whatever their categories. */
export function nameIndexOf(sections: readonly CatalogSection[]): SearchIndex<PatternCardData> {
  const unique = new Map<string, PatternCardData>();
  for (const section of sections) for (const pattern of section.patterns) unique.set(pattern.label, pattern);
  return createSearchIndex([...unique.values()]);
}

/** Patterns whose name, other names or summary hold every word of the query, best first. */
export function nameMatches(index: SearchIndex<PatternCardData>, query: string): SearchEntry[] {
  const words = queryWords(query);
  if (words.length === 0) return [];
  const hits = search(index, query);
  // `search` falls back to partial matches; a search box lists only full ones.
  const full = hits.filter(({item}) => words.every((word) => search(index, word).some((h) => h.item === item)));
  return full.map(({item}) => ({
    path: item.path,
    hash: '',
    title: item.title,
    via: 'name',
    alias: matchedAlias(item, words),
    summary: item.summary,
  }));
}

const EXCERPT_LENGTH = 110;

/** About `EXCERPT_LENGTH` characters of `text` around the first of `tokens` it holds, on word boundaries. */
export function excerptOf(text: string, tokens: readonly string[]): string {
  const lower = text.toLowerCase();
  const at = Math.min(
    ...tokens.map((token) => lower.indexOf(token.toLowerCase())).filter((i) => i >= 0),
    Number.POSITIVE_INFINITY,
  );
  const centre = Number.isFinite(at) ? at : 0;
  let start = Math.max(0, centre - Math.floor(EXCERPT_LENGTH / 3));
  let end = Math.min(text.length, start + EXCERPT_LENGTH);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  return `${start > 0 ? '… ' : ''}${text.slice(start, end).trim()}${end < text.length ? ' …' : ''}`;
}

/**
 * The name matches first, then the full-text hits of the other patterns, one per pattern (its
 * best hit: the index returns them best first). At most `limit` entries.
 */
export function mergeResults(names: readonly SearchEntry[], texts: readonly TextHit[], limit: number): SearchEntry[] {
  const entries = [...names];
  const listed = new Set(names.map((entry) => entry.path));
  for (const hit of texts) {
    if (listed.has(hit.path)) continue;
    listed.add(hit.path);
    entries.push({
      path: hit.path,
      hash: hit.hash,
      title: hit.pageTitle,
      section: hit.section,
      via: 'text',
      excerpt: hit.text ? excerptOf(hit.text, hit.tokens) : undefined,
    });
  }
  return entries.slice(0, limit);
}

/** The offline index's result shape (@easyops-cn/docusaurus-search-local), the fields used. */
export interface WorkerResult {
  document: {t: string; u: string; h?: string; s?: string};
  /** 0 title, 1 heading, 2 description, 3 keywords, 4 text. */
  type: number;
  /** The page's title document, for a hit below the title. */
  page?: {t: string} | false;
  tokens: string[];
}

const HEADING = 1;
const DESCRIPTION = 2;
const TEXT = 4;

/**
 * A worker result as a `TextHit`. The index's addresses carry the base URL (`baseUrl`, ending
 * in a slash); the catalog's paths do not, and links add it again.
 */
export function fromWorkerResult(result: WorkerResult, baseUrl: string): TextHit {
  const {document, type, page, tokens} = result;
  const pageTitle = page ? page.t : document.t;
  const section = type === HEADING ? document.t : type === TEXT ? document.s : undefined;
  const inSite = document.u.startsWith(baseUrl) ? `/${document.u.slice(baseUrl.length)}` : document.u;
  return {
    path: inSite,
    pageTitle,
    section: section && section !== pageTitle ? section : undefined,
    hash: document.h ?? '',
    text: type === TEXT || type === DESCRIPTION ? document.t : undefined,
    tokens,
  };
}
