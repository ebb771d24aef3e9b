/**
 * Everything the search computes with, loaded as one chunk on first use (src/search/client/load.ts):
 * the catalog's names, indexed as the filter indexes them, and the functions over them. None of
 * it is in the scripts a page loads.
 */
import catalogIndex from '@generated/docusaurus-plugin-content-docs/default/catalog-index.json';
import {nameIndexOf} from './results';

// The patterns plugin (which wraps the docs plugin) writes the index page's data there.
export const nameIndex = nameIndexOf(catalogIndex.sections);

export {fromWorkerResult, mergeResults, nameMatches} from './results';
