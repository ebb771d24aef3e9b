import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';
import {loadCatalog} from './src/catalog/load';
import {PUBLISHED_LABELS} from './src/catalog/published-labels';
import {toSidebar} from './src/plugins/catalog/derive';

// Derived from the pattern pages' front matter (categories and order), like the index. Bad
// content fails here with the same one-line messages as in the catalog plugin.
const sidebars: SidebarsConfig = {
  patterns: toSidebar(loadCatalog({siteDir: __dirname, requiredLabels: PUBLISHED_LABELS})),
};

export default sidebars;
