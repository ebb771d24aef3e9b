import {useEffect, useMemo, useRef, useState} from 'react';
import {useHistory, useLocation} from '@docusaurus/router';
import {CATEGORIES, type CatalogSection, type Category, type PatternCardData} from '@site/src/catalog/client/types';
import {closestTitles, createSearchIndex, matchedAlias, queryWords, search} from '@site/src/catalog/client/search';
import {EMPTY_FILTER, readFilter, writeFilter, type FilterState} from './filterQuery';

/** How many matches to render at first; a short query in a large catalog matches hundreds. */
export const RESULT_LIMIT = 60;

const URL_UPDATE_DELAY_MS = 250;

export interface CatalogFilter {
  filter: FilterState;
  setQuery(query: string): void;
  toggleCategory(category: Category): void;
  clear(): void;
  /** Whether a query is active: then `results` is shown instead of the full grid. */
  searching: boolean;
  /** Categories the chips leave out of the full grid. */
  hiddenCategories: Category[];
  /** Matching cards by section, best match first (the best section first), up to `limit`. */
  results: CatalogSection[];
  /** Distinct patterns that match (a pattern in two sections counts once). */
  count: number;
  /** Matches left out of `results` by the limit. */
  more: number;
  showAll(): void;
  /** Titles close to a query that matched nothing. */
  suggestions: PatternCardData[];
  /** Patterns per category, for the chips. */
  totals: Record<Category, number>;
  /** For a result that matched through another name rather than its title: that name. */
  matchedAliases: Record<string, string>;
}

/**
 * The index filter. Its state lives in the URL query string so a filtered view can be pasted
 * into a chat. The server-rendered page (and a browser without JavaScript) shows every card;
 * the URL is read after hydration, so the first client render matches the HTML.
 */
export function useCatalogFilter(allSections: CatalogSection[]): CatalogFilter {
  const location = useLocation();
  const history = useHistory();
  const [filter, setFilter] = useState<FilterState>(EMPTY_FILTER);
  const [limit, setLimit] = useState(RESULT_LIMIT);
  const written = useRef<string | undefined>(undefined);

  // Take the state from the URL on load and on back/forward, but not from our own writes.
  useEffect(() => {
    if (location.search !== written.current) setFilter(readFilter(location.search));
  }, [location.search]);

  // Mirror the state into the URL once typing pauses: a router update re-renders the whole
  // page (navbar, footer), too much to do on every keystroke. `replace` adds no history entry.
  useEffect(() => {
    const search = writeFilter(filter);
    if (search === location.search || (written.current === undefined && search === '')) return undefined;
    const timer = setTimeout(() => {
      written.current = search;
      history.replace({...location, search});
    }, URL_UPDATE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [filter]); // eslint-disable-line react-hooks/exhaustive-deps

  const index = useMemo(() => {
    const unique = new Map(allSections.flatMap((s) => s.patterns).map((p) => [p.label, p]));
    return createSearchIndex([...unique.values()]);
  }, [allSections]);

  const hits = useMemo(
    () => (queryWords(filter.query).length > 0 ? search(index, filter.query) : undefined),
    [index, filter.query],
  );
  const hiddenCategories = useMemo(
    () => (filter.categories.length === 0 ? [] : CATEGORIES.filter((c) => !filter.categories.includes(c))),
    [filter.categories],
  );

  const {results, count, more} = useMemo(() => {
    if (!hits) return {results: [], count: 0, more: 0};
    const inCategories = (pattern: PatternCardData) => pattern.categories.some((c) => !hiddenCategories.includes(c));
    const matching = hits.map((hit) => hit.item).filter(inCategories);
    const shown = new Set(matching.slice(0, limit).map((p) => p.label));
    const rank = new Map(matching.map((p, position) => [p.label, position]));
    const sections = allSections
      .filter((section) => !hiddenCategories.includes(section.category))
      .map((section) => ({
        ...section,
        patterns: section.patterns
          .filter((p) => shown.has(p.label))
          .sort((a, b) => rank.get(a.label)! - rank.get(b.label)!),
      }))
      .filter((section) => section.patterns.length > 0)
      // The section holding the best match comes first, so the best match is the first card.
      .sort((a, b) => rank.get(a.patterns[0]!.label)! - rank.get(b.patterns[0]!.label)!);
    return {results: sections, count: matching.length, more: matching.length - shown.size};
  }, [allSections, hits, hiddenCategories, limit]);

  const suggestions = useMemo(
    () => (hits && count === 0 ? closestTitles(index, filter.query) : []),
    [hits, count, index, filter.query],
  );

  const totals = useMemo(
    () =>
      Object.fromEntries(
        CATEGORIES.map((c) => [c, allSections.find((s) => s.category === c)?.patterns.length ?? 0]),
      ) as Record<Category, number>,
    [allSections],
  );

  const matchedAliases = useMemo(() => {
    const words = queryWords(filter.query);
    if (!hits || words.length === 0) return {};
    const found: Record<string, string> = {};
    for (const section of results)
      for (const pattern of section.patterns) {
        const alias = matchedAlias(pattern, words);
        if (alias) found[pattern.label] = alias;
      }
    return found;
  }, [hits, results, filter.query]);

  const unfilteredCount = useMemo(
    () =>
      new Set(
        allSections
          .filter((s) => !hiddenCategories.includes(s.category))
          .flatMap((s) => s.patterns.map((p) => p.label)),
      ).size,
    [allSections, hiddenCategories],
  );

  return {
    filter,
    searching: hits !== undefined,
    hiddenCategories,
    results,
    count: hits ? count : unfilteredCount,
    more,
    showAll: () => setLimit(Infinity),
    suggestions,
    totals,
    matchedAliases,
    setQuery: (query) => {
      setLimit(RESULT_LIMIT);
      setFilter((current) => ({...current, query}));
    },
    toggleCategory: (category) =>
      setFilter((current) => ({
        ...current,
        categories: current.categories.includes(category)
          ? current.categories.filter((c) => c !== category)
          : CATEGORIES.filter((c) => c === category || current.categories.includes(c)),
      })),
    clear: () => setFilter(EMPTY_FILTER),
  };
}
