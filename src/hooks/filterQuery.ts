import {CATEGORIES, type Category} from '../catalog/client/types';

/** The index filter's state as it is kept in the URL: `/?q=delta&category=share`. */
export interface FilterState {
  query: string;
  /** Categories to show; empty means all. */
  categories: Category[];
}

export const EMPTY_FILTER: FilterState = {query: '', categories: []};

/** `?q=delta&category=share` -> filter state. Unknown categories are ignored. */
export function readFilter(search: string): FilterState {
  const params = new URLSearchParams(search);
  const wanted = new Set(params.getAll('category'));
  return {query: params.get('q') ?? '', categories: CATEGORIES.filter((c) => wanted.has(c))};
}

/** Filter state -> query string (with `?`), or '' when nothing is filtered. */
export function writeFilter({query, categories}: FilterState): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  categories.forEach((category) => params.append('category', category));
  const search = params.toString();
  return search ? `?${search}` : '';
}
