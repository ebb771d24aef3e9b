import {readFileSync} from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import pluginContentDocs, {validateOptions as validateDocsOptions} from '@docusaurus/plugin-content-docs';
import type {
  LoadedContent,
  Options as DocsOptions,
  PluginOptions as DocsPluginOptions,
} from '@docusaurus/plugin-content-docs';
import type {LoadContext, OptionValidationContext, Plugin} from '@docusaurus/types';
import {catalogOf, inCatalogOrder, subFolderProblem, type PageReading} from '../../catalog/load';
import {layoutMap} from '../../catalog/map';
import {LINK_TABLE_FILE, linkTableOf, readLinkTable, writeLinkTable} from '../../catalog/link-table';
import {
  MAP_ROUTE,
  SOCIAL_CARD_DIR,
  WORKED_EXAMPLES_ROUTE,
  FINDER_ROUTE,
  CHANGES_FEED,
  CHANGES_ROUTE,
  type Catalog,
  type Pattern,
} from '../../catalog/client/types';
import remarkPatternLink from '../remark-pattern-link';
import remarkPatternSections from '../remark-pattern-sections';
import remarkDataflow from '../remark-dataflow';
import remarkHighlightCode from '../remark-highlight-code';
import remarkWorkedExample from '../remark-worked-example';
import {toAtomFeed, toChangeList} from './changes';
import {toIndexData, toLlmsTxt, toPatternRecords, toSidebar, toSocialCards} from './derive';
import {patternPages} from './pattern-pages';
import {redirectsOf, writeRedirects} from './redirects';
import {writeSocialCards} from './social-cards';
import {coverageOf} from '../../worked-examples/coverage';
import {checkFinder, finderDataOf} from '../../finder/data';
import {conformanceCounts} from '../../reference/dtl-examples';

interface PatternsOptions {
  /** Labels that must keep a page (published URLs). */
  requiredLabels: readonly string[];
}

/** The docs plugin's options, and the catalog's. */
export type PatternsPluginOptions = DocsOptions & PatternsOptions;
type ValidatedOptions = DocsPluginOptions & PatternsOptions;
type Content = LoadedContent & {catalog: Catalog};

/**
 * The pattern pages: Docusaurus' docs plugin, wrapped the way the Docusaurus website wraps the
 * blog plugin for its changelog. Docusaurus reads and routes the pages; the wrapper checks
 * each page as it is read (front matter, sections, examples, links), derives the catalog from
 * them, and adds what the catalog gives the site: the grouped sidebar, the link table that the
 * remark plugins resolve links from, the index, the map and the page about worked examples, and
 * the files for machines and link previews.
 */
export default async function patternsPlugin(
  context: LoadContext,
  {requiredLabels, ...options}: ValidatedOptions,
): Promise<Plugin<Content>> {
  const {siteDir, siteConfig, baseUrl, generatedFilesDir} = context;
  const docsDir = options.path;
  const pages = patternPages(siteDir, docsDir, siteConfig.markdown.parseFrontMatter);
  // Under the generated files, because the remark plugins read it while pages compile and the
  // build cache must see it change (link-table-dependency-loader.cjs).
  const linkTableFile = path.join(generatedFilesDir, LINK_TABLE_FILE);
  const linkTable = () => readLinkTable(linkTableFile);

  const readingOf = (doc: {source: string; sourceDirName: string}): PageReading => {
    // `source` is the page's path behind the `@site/` alias.
    const file = doc.source.replace(/^@site\//, '');
    if (doc.sourceDirName !== '.') return {file: `${file}/`, result: {problems: [subFolderProblem(file, docsDir)]}};
    return pages.reading(path.join(siteDir, file)) ?? {file, result: {problems: []}};
  };

  const docs = await pluginContentDocs(
    // The docs plugin takes `markdown.parseFrontMatter` from the site config, for its own read
    // and for the MDX loader's: this one reads each page for the catalog as well. That the
    // plugin reads it from the context it is given was checked against Docusaurus 3.10.2
    // (tests/unit/docusaurus-couplings.test.ts fails on an upgrade).
    {
      ...context,
      siteConfig: {...siteConfig, markdown: {...siteConfig.markdown, parseFrontMatter: pages.parseFrontMatter}},
    },
    {
      ...options,
      // Collect, Transform and Share, in catalog order, from the pages' front matter.
      sidebarItemsGenerator: ({docs: all}) =>
        toSidebar({
          patterns: inCatalogOrder(
            all.flatMap((doc) => {
              const {result} = readingOf(doc);
              return 'pattern' in result ? [result.pattern] : ([] as Pattern[]);
            }),
          ),
        }),
      // Before Docusaurus' heading and TOC plugins, so the generated sections get both.
      beforeDefaultRemarkPlugins: [
        [remarkPatternSections, {linkTable}],
        remarkWorkedExample,
        ...options.beforeDefaultRemarkPlugins,
      ],
      // remarkHighlightCode last: the fences the others turn into pictures never reach it.
      remarkPlugins: [[remarkPatternLink, {linkTable}], remarkDataflow, remarkHighlightCode, ...options.remarkPlugins],
    },
  );

  return {
    ...docs,

    translateContent: ({content, translationFiles}) => ({
      ...docs.translateContent!({content, translationFiles}),
      catalog: content.catalog,
    }),

    async loadContent() {
      const content = await docs.loadContent!();
      const loaded = content.loadedVersions.flatMap((version) => [...version.docs, ...version.drafts]);
      const catalog = catalogOf(loaded.map(readingOf), {docsDir, requiredLabels});
      checkFinder(catalog);
      // Before any page compiles: the remark plugins resolve links from it.
      writeLinkTable(linkTableFile, linkTableOf(catalog));
      return {...content, catalog};
    },

    configureWebpack(config, isServer, utils, content) {
      const fromDocs = docs.configureWebpack!(config, isServer, utils, content) ?? {};
      const loader = {
        loader: require.resolve('./link-table-dependency-loader.cjs'),
        options: {linkTable: linkTableFile},
      };
      const pagesRule = {test: /\.mdx?$/, include: [path.resolve(siteDir, docsDir)], use: [loader]};
      return {...fromDocs, module: {...fromDocs.module, rules: [...(fromDocs.module?.rules ?? []), pagesRule]}};
    },

    async contentLoaded(args) {
      await docs.contentLoaded!(args);
      const {content, actions} = args;
      // The site's own pages, each given its data as one JSON module. The file names stay: the
      // search loads catalog-index.json (src/search/client/engine.ts).
      const {catalog} = content;
      const page = async (route: string, component: string, prop: string, file: string, data: unknown) =>
        actions.addRoute({
          path: `${baseUrl}${route}`,
          exact: true,
          component: `@site/src/components/${component}`,
          modules: {[prop]: await actions.createData(file, JSON.stringify(data))},
        });
      await page('', 'CatalogIndexPage', 'catalog', 'catalog-index.json', toIndexData(catalog));
      await page(MAP_ROUTE, 'PatternMapPage', 'map', 'pattern-map.json', layoutMap(catalog));
      await page(FINDER_ROUTE, 'FinderPage', 'finder', 'finder.json', finderDataOf(catalog));
      await page(CHANGES_ROUTE, 'ChangesPage', 'changes', 'changes.json', toChangeList(catalog));
      const coverage = coverageOf(catalog, conformanceCounts());
      await page(WORKED_EXAMPLES_ROUTE, 'WorkedExamplesPage', 'coverage', 'worked-examples.json', coverage);
    },

    // Every page names the changes feed, so a feed reader finds it from any pattern's address.
    injectHtmlTags: () => ({
      headTags: [
        {
          tagName: 'link',
          attributes: {
            rel: 'alternate',
            type: 'application/atom+xml',
            title: `${siteConfig.title}: changes`,
            href: `${baseUrl}${CHANGES_FEED}`,
          },
        },
      ],
    }),

    // Files for machines and link previews; the dev server does without them.
    async postBuild({content: {catalog}, outDir}) {
      const siteUrl = new URL(baseUrl, siteConfig.url).href;
      const site = {title: siteConfig.title, tagline: siteConfig.tagline};
      // The cards start first, before this function awaits anything: they are drawn on a thread
      // of their own, while this one writes the rest and the search plugin's indexing holds it.
      // They carry the site's own icon (its favicon, from the first static folder).
      const logoSvg = readFileSync(path.join(siteDir, siteConfig.staticDirectories[0]!, siteConfig.favicon!), 'utf8');
      const cards = writeSocialCards(
        toSocialCards(catalog, site),
        {name: siteConfig.title, logoSvg},
        path.join(outDir, SOCIAL_CARD_DIR),
        path.join(siteDir, 'node_modules', '.cache', 'sesam-social-cards'),
      );
      const files = async () => {
        await fs.writeFile(
          path.join(outDir, 'patterns.json'),
          `${JSON.stringify(toPatternRecords(catalog, siteUrl), null, 2)}\n`,
        );
        await fs.writeFile(path.join(outDir, 'llms.txt'), toLlmsTxt(catalog, siteUrl, site));
        await fs.writeFile(
          path.join(outDir, CHANGES_FEED),
          toAtomFeed(toChangeList(catalog), siteUrl, siteConfig.title),
        );
        await writeRedirects(
          redirectsOf(catalog, {title: siteConfig.title, titleDelimiter: siteConfig.titleDelimiter}),
          outDir,
          {
            baseUrl,
            siteUrl,
            siteName: siteConfig.title,
            htmlLang: context.i18n.localeConfigs[context.i18n.currentLocale]!.htmlLang,
          },
          // Netlify sets NETLIFY=true in its builds; only its _redirects needs `301!` (redirects.ts).
          {netlify: process.env.NETLIFY === 'true'},
        );
      };
      await Promise.all([cards, files()]);
    },
  };
}

/** The docs plugin's validation, plus the catalog's own option. */
export function validateOptions({
  validate,
  options: {requiredLabels = [], ...options},
}: OptionValidationContext<PatternsPluginOptions, ValidatedOptions>): ValidatedOptions {
  if (!Array.isArray(requiredLabels) || requiredLabels.some((label) => typeof label !== 'string'))
    throw new Error('patterns plugin: `requiredLabels` must be a list of pattern labels.');
  // Docusaurus' `validate` checks whatever schema it is given; here, the docs plugin's.
  type DocsValidation = Parameters<typeof validateDocsOptions>[0];
  return {
    ...validateDocsOptions({validate: validate as unknown as DocsValidation['validate'], options}),
    requiredLabels,
  };
}
