/**
 * What the search loads on first use, not with the page: its engine (the catalog's names, the
 * index page's own data, so the box and the filter match the same patterns) and the offline
 * full-text index, which @easyops-cn/docusaurus-search-local builds and queries in a web worker.
 * That worker module is internal to the package (tests/unit/docusaurus-couplings.test.ts pins it):
 * checked against @easyops-cn/docusaurus-search-local 0.55.3.
 */
import type {TextHit, WorkerResult} from './results';

export type SearchEngine = typeof import('./engine');

let engine: Promise<SearchEngine> | undefined;

/** The engine, loaded once. */
export function loadEngine(): Promise<SearchEngine> {
  engine ??= import('./engine');
  return engine;
}

interface SearchWorker {
  fetchIndexesByWorker(baseUrl: string, searchContext: string): Promise<void>;
  searchByWorker(baseUrl: string, searchContext: string, input: string, limit: number): Promise<WorkerResult[]>;
}

let worker: Promise<SearchWorker> | undefined;

function searchWorker(): Promise<SearchWorker> {
  worker ??= import('@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker');
  return worker;
}

/** Starts fetching the full-text index (a no-op once it is there). */
export async function loadFullText(baseUrl: string): Promise<void> {
  await (await searchWorker()).fetchIndexesByWorker(baseUrl, '');
}

/** Full-text hits, best first. The development server has no index and answers none. */
export async function fullText(baseUrl: string, query: string, limit: number): Promise<TextHit[]> {
  const [results, {fromWorkerResult}] = await Promise.all([
    (await searchWorker()).searchByWorker(baseUrl, '', query, limit),
    loadEngine(),
  ]);
  return results.map((result) => fromWorkerResult(result, baseUrl));
}
