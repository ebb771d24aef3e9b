/**
 * What the search loads on first use, not with the page: the catalog's names (the index page's
 * own data, so the box and the filter match the same patterns) and the offline full-text index,
 * which @easyops-cn/docusaurus-search-local builds and queries in a web worker. Its worker
 * module is internal to that package: checked against @easyops-cn/docusaurus-search-local 0.55.3
 * (tests/unit/docusaurus-couplings.test.ts pins it).
 */
import type {SearchIndex} from '../../catalog/client/search';
import type {CatalogIndexData, PatternCardData} from '../../catalog/client/types';
import {fromWorkerResult, nameIndexOf, type TextHit, type WorkerResult} from './results';

let names: Promise<SearchIndex<PatternCardData>> | undefined;

/** The name index, loaded once. */
export function loadNameIndex(): Promise<SearchIndex<PatternCardData>> {
  names ??= import(
    // The patterns plugin (which wraps the docs plugin) writes it for the index route.
    '@generated/docusaurus-plugin-content-docs/default/catalog-index.json'
  ).then((module: {default: CatalogIndexData}) => nameIndexOf(module.default.sections));
  return names;
}

interface SearchWorker {
  fetchIndexesByWorker(baseUrl: string, searchContext: string): Promise<void>;
  searchByWorker(baseUrl: string, searchContext: string, input: string, limit: number): Promise<WorkerResult[]>;
}

let worker: Promise<SearchWorker> | undefined;

function searchWorker(): Promise<SearchWorker> {
  worker ??=
    import('@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker') as Promise<SearchWorker>;
  return worker;
}

/** Starts fetching the full-text index (a no-op once it is there). */
export async function loadFullText(baseUrl: string): Promise<void> {
  await (await searchWorker()).fetchIndexesByWorker(baseUrl, '');
}

/** Full-text hits, best first. The development server has no index and answers none. */
export async function fullText(baseUrl: string, query: string, limit: number): Promise<TextHit[]> {
  const results = await (await searchWorker()).searchByWorker(baseUrl, '', query, limit);
  return results.map((result) => fromWorkerResult(result, baseUrl));
}
