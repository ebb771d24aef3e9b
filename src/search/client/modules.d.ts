// Two modules the search loads on first use, typed here: neither ships type declarations.
declare module '@generated/docusaurus-plugin-content-docs/default/catalog-index.json' {
  import type {CatalogIndexData} from '../../catalog/client/types';

  const data: CatalogIndexData;
  export default data;
}

declare module '@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker' {
  import type {WorkerResult} from './results';

  export function fetchIndexesByWorker(baseUrl: string, searchContext: string): Promise<void>;
  export function searchByWorker(
    baseUrl: string,
    searchContext: string,
    input: string,
    limit: number,
  ): Promise<WorkerResult[]>;
}
