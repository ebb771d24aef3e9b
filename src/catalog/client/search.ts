/**
 * Pattern-name search for the index filter: forgiving about case, accents, word order and
 * small typos. Pure and browser-safe; the index is built once from the card data and each
 * keystroke only compares the query with the distinct words of the catalog.
 */

import {editDistance} from './suggest';

export interface Searchable {
  title: string;
  aliases: readonly string[];
  summary: string;
}

export interface SearchHit<T> {
  item: T;
  score: number;
}

interface Posting {
  item: number;
  weight: number;
}

export interface SearchIndex<T extends Searchable> {
  items: readonly T[];
  /** Every distinct word of the catalog, with the items and fields it occurs in. */
  words: Map<string, Posting[]>;
  /** The stems of those words: a query word with one of them is a real word, never a typo. */
  stems: Set<string>;
  titles: string[];
  /** Best score per item for query words seen before: while typing, only the last word is new. */
  cache: Map<string, Map<number, number>>;
}

/** Title words count most, then aliases (what people call the problem), then the summary. */
const FIELD_WEIGHT = {title: 3, aliases: 2, summary: 1} as const;

// Words that carry no meaning in a pattern name; "pattern" is in every title.
const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'the',
  'of',
  'to',
  'for',
  'in',
  'on',
  'with',
  'by',
  'is',
  'how',
  'i',
  'do',
  'pattern',
  'patterns',
]);

/** Lowercase, without accents, with every run of other characters turned into one space. */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function tokenize(text: string): string[] {
  return normalize(text)
    .split(' ')
    .filter((word) => word.length > 0 && !STOP_WORDS.has(word));
}

export function createSearchIndex<T extends Searchable>(items: readonly T[]): SearchIndex<T> {
  const words = new Map<string, Posting[]>();
  items.forEach((item, index) => {
    const best = new Map<string, number>();
    const add = (text: string, weight: number) => {
      for (const word of tokenize(text)) best.set(word, Math.max(best.get(word) ?? 0, weight));
    };
    add(item.title, FIELD_WEIGHT.title);
    item.aliases.forEach((alias) => add(alias, FIELD_WEIGHT.aliases));
    add(item.summary, FIELD_WEIGHT.summary);
    for (const [word, weight] of best) {
      const postings = words.get(word) ?? [];
      postings.push({item: index, weight});
      words.set(word, postings);
    }
  });
  return {
    items,
    words,
    stems: new Set([...words.keys()].map(stem)),
    titles: items.map((item) => normalize(item.title)),
    cache: new Map(),
  };
}

// Endings that make word forms of one stem: delete, deletes, deleted, deletion all -> "delet".
const SUFFIXES = ['ions', 'ion', 'ings', 'ing', 'ed', 'es', 's', 'e'];

/**
 * A word without its inflection or -ion ending, so that "deletion" finds "delete" and
 * "locks" finds "locking". Light on purpose: it keeps at least four letters, so short words
 * stay as they are.
 */
export function stem(word: string): string {
  const suffix = SUFFIXES.find((ending) => word.endsWith(ending) && word.length - ending.length >= 4);
  return suffix ? word.slice(0, -suffix.length) : word;
}

/**
 * How well one query word matches one catalog word, from 0 (not at all) to 1 (exactly).
 * `typos: false` when the query word is itself a word of the catalog: then it means that
 * word, and must not turn into another one ("deletion" is not a typo of "detection").
 */
export function wordMatch(query: string, word: string, {typos: allowTypos = true} = {}): number {
  if (query === word) return 1;
  // Another form of the same word: "deletion" finds "delete", "locks" finds "locking".
  if (stem(query) === stem(word)) return 0.95;
  // Typing in progress: "pag" finds "pagination".
  if (word.startsWith(query) && query.length >= 2) return 0.85;
  if (query.startsWith(word) && word.length >= 4) return 0.75;
  // Small typos in longer words only: one edit from 6 letters on, two from 9. Shorter words
  // are too close to each other ("lock", "look", "block").
  const typos = !allowTypos ? 0 : query.length >= 9 ? 2 : query.length >= 6 ? 1 : 0;
  if (typos > 0 && word.length >= 4) {
    if (editDistance(query, word, typos) <= typos) return 0.7;
    // A typo in a word that is still being typed: "optimistc lo" against "optimistic".
    if (word.length > query.length && editDistance(query, word.slice(0, query.length), typos) <= typos) return 0.6;
  }
  return 0;
}

/**
 * The words of a query that take part in matching: a single letter says too little (and would
 * match most of the catalog while the first key is still down), so it waits for the next one.
 */
export function queryWords(query: string): string[] {
  return [...new Set(tokenize(query))].filter((word) => word.length >= 2);
}

function matchesOf<T extends Searchable>(index: SearchIndex<T>, queryWord: string): Map<number, number> {
  const cached = index.cache.get(queryWord);
  if (cached) return cached;
  const best = new Map<number, number>();
  const typos = !index.stems.has(stem(queryWord));
  for (const [word, postings] of index.words) {
    const quality = wordMatch(queryWord, word, {typos});
    if (quality === 0) continue;
    for (const {item, weight} of postings) best.set(item, Math.max(best.get(item) ?? 0, quality * weight));
  }
  if (index.cache.size > 500) index.cache.clear();
  index.cache.set(queryWord, best);
  return best;
}

/**
 * Items matching the query, best first. An item must match every query word (in any order);
 * when no item does, those matching the most words are returned.
 */
export function search<T extends Searchable>(index: SearchIndex<T>, query: string): SearchHit<T>[] {
  const words = queryWords(query);
  if (words.length === 0) return index.items.map((item) => ({item, score: 0}));

  const scores = new Float64Array(index.items.length);
  const matchedWords = new Uint8Array(index.items.length);
  for (const queryWord of words) {
    for (const [item, value] of matchesOf(index, queryWord)) {
      scores[item] = scores[item]! + value;
      matchedWords[item] = matchedWords[item]! + 1;
    }
  }
  const phrase = normalize(query);
  const mostMatched = Math.max(...matchedWords);
  if (mostMatched === 0) return [];
  const hits: SearchHit<T>[] = [];
  index.items.forEach((item, i) => {
    if (matchedWords[i] !== mostMatched) return;
    // The query as typed, inside the title, is the strongest signal there is.
    const bonus = phrase.length >= 3 && index.titles[i]!.includes(phrase) ? 2 : 0;
    hits.push({item, score: scores[i]! + bonus});
  });
  return hits.sort((a, b) => b.score - a.score || a.item.title.localeCompare(b.item.title));
}

function bigrams(text: string): string[] {
  const padded = ` ${text} `;
  return Array.from({length: padded.length - 1}, (_, i) => padded.slice(i, i + 2));
}

/**
 * Items whose titles look most like the query (shared letter pairs), for a "did you mean"
 * when nothing matches. Titles with almost nothing in common are left out.
 */
export function closestTitles<T extends Searchable>(index: SearchIndex<T>, query: string, count = 3): T[] {
  const wanted = bigrams(normalize(query));
  if (wanted.length === 0) return [];
  const similarity = (title: string) => {
    const have = bigrams(title);
    const pool = [...have];
    let shared = 0;
    for (const gram of wanted) {
      const at = pool.indexOf(gram);
      if (at >= 0) {
        shared += 1;
        pool.splice(at, 1);
      }
    }
    return (2 * shared) / (wanted.length + have.length);
  };
  return index.items
    .map((item, i) => ({item, similarity: similarity(index.titles[i]!)}))
    .filter(({similarity}) => similarity >= 0.2)
    .sort((a, b) => b.similarity - a.similarity)
    .slice(0, count)
    .map(({item}) => item);
}

/**
 * The alias a query matched, when a query word is not in the title: "delta" shows
 * "Also known as: delta" on a card whose title does not say it.
 */
export function matchedAlias(pattern: Searchable, words: readonly string[]): string | undefined {
  const matches = (word: string, text: string) => tokenize(text).some((w) => wordMatch(word, w) >= 0.7);
  const rest = words.filter((word) => !matches(word, pattern.title));
  if (rest.length === 0) return undefined;
  // The alias that matches the most of those words ("since token" over "changes since").
  let best: {alias: string; count: number} | undefined;
  for (const alias of pattern.aliases) {
    const count = rest.filter((word) => matches(word, alias)).length;
    if (count > 0 && count > (best?.count ?? 0)) best = {alias, count};
  }
  return best?.alias;
}
