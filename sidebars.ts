import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';
import {loadCatalog} from './src/catalog/load';
import {toSidebar} from './src/plugins/catalog/derive';

// Derived from the pattern pages' front matter (categories and order), like the index. Invalid
// pages fail here with the same one-line messages as in the catalog plugin.
const sidebars: SidebarsConfig = {
  patterns: toSidebar(loadCatalog({siteDir: __dirname})),
};

export default sidebars;
