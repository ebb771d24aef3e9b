import fs from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {loadCatalog} from '../../catalog/load';
import {layoutMap} from '../../catalog/map';
import {LINK_TABLE_FILE, linkTableOf, writeLinkTable} from '../../catalog/link-table';
import {toIndexData, toLlmsTxt, toPatternRecords, toSocialCards} from './derive';
import {writeSocialCards} from './social-cards';
import {redirectsOf, writeRedirects} from './redirects';
import {MAP_ROUTE, SOCIAL_CARD_DIR, type Catalog} from '../../catalog/types';

export interface CatalogPluginOptions {
  /** The folder of pattern pages, relative to the site. */
  docsDir: string;
  /** Labels that must keep a page (published URLs). */
  requiredLabels: readonly string[];
}

/** Where the catalog plugin writes the link table that the remark plugins read. */
export const linkTableFile = (generatedFilesDir: string) => path.join(generatedFilesDir, LINK_TABLE_FILE);

/**
 * Reads the pattern pages' front matter (the single source of truth for pattern metadata) and
 * derives what the site needs from it: the index page and the map, the link table that the
 * pages' cross-links, related lists and backlinks are resolved from, and `patterns.json`.
 */
export default function catalogPlugin(context: LoadContext, options: CatalogPluginOptions): Plugin<Catalog> {
  const {siteDir, baseUrl, siteConfig} = context;
  const linkTable = linkTableFile(context.generatedFilesDir);
  return {
    name: 'sesam-catalog',

    getPathsToWatch() {
      return [path.join(siteDir, options.docsDir, '*.{md,mdx}')];
    },

    async loadContent() {
      const catalog = await loadCatalog({siteDir, docsDir: options.docsDir, requiredLabels: options.requiredLabels});
      // Before any page compiles: the remark plugins resolve links from it.
      writeLinkTable(linkTable, linkTableOf(catalog));
      return catalog;
    },

    configureWebpack() {
      const loader = {loader: require.resolve('./link-table-dependency-loader.cjs'), options: {linkTable}};
      return {module: {rules: [{test: /\.mdx?$/, include: [path.join(siteDir, options.docsDir)], use: [loader]}]}};
    },

    async contentLoaded({content, actions}) {
      const indexData = await actions.createData('catalog-index.json', JSON.stringify(toIndexData(content)));
      actions.addRoute({
        path: baseUrl,
        exact: true,
        component: '@site/src/components/CatalogIndexPage',
        modules: {catalog: indexData},
      });
      const mapData = await actions.createData('pattern-map.json', JSON.stringify(layoutMap(content)));
      actions.addRoute({
        path: `${baseUrl}${MAP_ROUTE}`,
        exact: true,
        component: '@site/src/components/PatternMapPage',
        modules: {map: mapData},
      });
    },

    // Files for machines and link previews; the dev server does without them.
    async postBuild({content, outDir}) {
      const siteUrl = new URL(baseUrl, siteConfig.url).href;
      const site = {title: siteConfig.title, tagline: siteConfig.tagline};
      const records = toPatternRecords(content, siteUrl);
      await fs.writeFile(path.join(outDir, 'patterns.json'), `${JSON.stringify(records, null, 2)}\n`);
      await fs.writeFile(path.join(outDir, 'llms.txt'), toLlmsTxt(content, siteUrl, site));
      await writeRedirects(redirectsOf(content), outDir, baseUrl, siteUrl);
      await writeSocialCards(
        toSocialCards(content, site),
        siteConfig.title,
        path.join(outDir, SOCIAL_CARD_DIR),
        path.join(siteDir, 'node_modules', '.cache', 'sesam-social-cards'),
      );
    },
  };
}
