import {useEffect, useMemo, useRef, useState} from 'react';
import {useHistory, useLocation} from '@docusaurus/router';
import {CATEGORIES, type CatalogSection, type Category, type PatternCardData} from '@site/src/catalog/types';
import {EMPTY_FILTER, readFilter, writeFilter, type FilterState} from './filterQuery';
import {closestTitles, createSearchIndex, search} from '@site/src/catalog/search';

export interface CatalogFilter {
  filter: FilterState;
  setQuery(query: string): void;
  toggleCategory(category: Category): void;
  clear(): void;
  /** Sections with their matching cards, best match first; empty sections are left out. */
  sections: CatalogSection[];
  /** Distinct patterns shown (a pattern in two sections counts once). */
  count: number;
  /** Titles close to a query that matched nothing. */
  suggestions: PatternCardData[];
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
  const written = useRef<string | undefined>(undefined);

  // Take the state from the URL on load and on back/forward, but not from our own writes.
  useEffect(() => {
    if (location.search !== written.current) setFilter(readFilter(location.search));
  }, [location.search]);

  // Mirror the state into the URL without adding history entries for each keystroke.
  useEffect(() => {
    const search = writeFilter(filter);
    if (search === location.search || (written.current === undefined && search === '')) return;
    written.current = search;
    history.replace({...location, search});
  }, [filter]); // eslint-disable-line react-hooks/exhaustive-deps

  const index = useMemo(() => {
    const unique = new Map(allSections.flatMap((s) => s.patterns).map((p) => [p.label, p]));
    return createSearchIndex([...unique.values()]);
  }, [allSections]);

  const hits = useMemo(() => (filter.query.trim() ? search(index, filter.query) : undefined), [index, filter.query]);

  const sections = useMemo(() => {
    const inCategories = allSections.filter((s) => filter.categories.length === 0 || filter.categories.includes(s.category));
    if (!hits) return inCategories;
    const rank = new Map(hits.map((hit, position) => [hit.item.label, position]));
    return inCategories
      .map((section) => ({
        ...section,
        patterns: section.patterns.filter((p) => rank.has(p.label)).sort((a, b) => rank.get(a.label)! - rank.get(b.label)!),
      }))
      .filter((section) => section.patterns.length > 0)
      // The section holding the best match comes first, so the best match is the first card.
      .sort((a, b) => rank.get(a.patterns[0]!.label)! - rank.get(b.patterns[0]!.label)!);
  }, [allSections, filter.categories, hits]);

  const count = new Set(sections.flatMap((s) => s.patterns.map((p) => p.label))).size;
  const suggestions = useMemo(
    () => (hits && count === 0 ? closestTitles(index, filter.query) : []),
    [hits, count, index, filter.query],
  );

  return {
    filter,
    sections,
    count,
    suggestions,
    setQuery: (query) => setFilter((current) => ({...current, query})),
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
