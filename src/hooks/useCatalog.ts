import {usePluginData} from '@docusaurus/useGlobalData';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import type {CatalogGlobalData, PatternFrontMatter} from '@site/src/catalog/types';

/** Titles, paths and backlinks of every pattern, from the catalog plugin's global data. */
export function useCatalog(): CatalogGlobalData {
  return usePluginData('sesam-catalog') as CatalogGlobalData;
}

/** The front matter of the pattern page being rendered (validated by the catalog plugin). */
export function useCurrentPattern(): PatternFrontMatter {
  return useDoc().frontMatter as unknown as PatternFrontMatter;
}
