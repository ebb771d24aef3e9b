import path from 'node:path';
import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import type {PatternsPluginOptions} from './src/plugins/patterns';
import type {SecurityHeadersOptions} from './src/plugins/security-headers';
import {PUBLISHED_LABELS} from './src/catalog/published-labels';
import {
  CHANGES_ROUTE,
  FINDER_ROUTE,
  MAP_ROUTE,
  WORKED_EXAMPLES_ROUTE,
  PATTERNS_ROUTE,
  SITE_CARD,
  SOCIAL_CARD_DIR,
} from './src/catalog/client/types';
import {searchConfig} from './src/config/search';
import {SITE} from './src/config/site';
import {PAGE_TEMPLATE} from './src/config/page-template';
import {editUrlOf} from './src/config/edit-url';
import {gitLastUpdates} from './src/config/last-update';
import {darkCodeTheme, lightCodeTheme} from './src/config/prism';

// Where the site is published. Link previews and patterns.json use absolute URLs built from it.
const siteUrl = process.env.SITE_URL ?? 'http://localhost:3000';
const baseUrl = process.env.BASE_URL ?? '/';
// Offline full-text search by default; Algolia DocSearch when ALGOLIA_* variables are set.
const search = searchConfig(process.env);
// "Edit this page" on every pattern page when EDIT_URL is set (the deploy workflow derives it).
const editUrl = editUrlOf(process.env);
// "Last updated" dates from the pages' git history; none (and a warning) without a full history.
const lastUpdates = gitLastUpdates(path.join(__dirname, 'docs'));
if (lastUpdates.missing) console.warn(`[WARNING] Pattern pages show no "Last updated" date: ${lastUpdates.missing}.`);

const config: Config = {
  title: SITE.title,
  tagline: SITE.tagline,
  favicon: 'img/logo.svg',
  url: siteUrl,
  baseUrl,
  trailingSlash: false,
  // The banner for a wrong baseUrl is an inline script and inline styles on every page; the
  // base-path test covers what it would warn about.
  baseUrlIssueBanner: false,
  // The page's scripts load at once but run after the first frame (src/config/page-template.ts).
  ssrTemplate: PAGE_TEMPLATE,

  // Every link and anchor must resolve: a broken cross-link fails the build.
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  markdown: {
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
  },

  // Turns on the Rspack bundler and the other @docusaurus/faster options.
  // The VCS source: the pages' last commits, read from git in production and development alike.
  future: {v4: true, experimental_vcs: lastUpdates.vcs},

  i18n: {defaultLocale: 'en', locales: ['en']},

  presets: [
    [
      'classic',
      {
        // The pattern pages are docs, loaded by the patterns plugin below, which wraps the docs plugin.
        docs: false,
        blog: false,
        theme: {customCss: './src/css/custom.css'},
      } satisfies Preset.Options,
    ],
  ],

  // Other pages' code is fetched when a link is hovered, focused or touched, not when it scrolls into view.
  // The sidebar keeps the current pattern in view.
  clientModules: ['./src/client/prefetch-on-intent.ts', './src/client/sidebar-current-in-view.ts'],

  themes: search.themes,

  plugins: [
    // The pattern pages (Docusaurus' docs plugin, wrapped) and the catalog derived from them:
    // sidebar, index, map, cross-links, backlinks, patterns.json, llms.txt, preview cards, and
    // the static redirect pages of the short addresses (/p/continuation, /continuation-pattern).
    [
      './src/plugins/patterns/index.ts',
      {
        path: 'docs',
        routeBasePath: PATTERNS_ROUTE,
        sidebarPath: './sidebars.ts',
        breadcrumbs: false,
        requiredLabels: PUBLISHED_LABELS,
        showLastUpdateTime: true,
        ...(editUrl ? {editUrl} : {}),
      } satisfies PatternsPluginOptions,
    ],
    // Token colours for the code highlighted at build time, and no Prism in the browser.
    './src/plugins/code-theme/index.ts',
    // build/_headers: a strict Content-Security-Policy (inline scripts by hash) and cache rules.
    ['./src/plugins/security-headers/index.ts', {algoliaAppId: search.algolia?.appId} satisfies SecurityHeadersOptions],
    // Most of Infima is unused here: the build's stylesheet keeps only what its pages and scripts can use.
    './src/plugins/unused-css/index.ts',
    // Each page's HTML names the scripts the page needs, so they load beside main.js, not after it.
    './src/plugins/page-scripts/index.ts',
  ],

  themeConfig: {
    // The link preview of pages that set none (the index, search, 404); drawn at build time.
    image: `${SOCIAL_CARD_DIR}/${SITE_CARD}.png`,
    // Defaults for pages that do not describe themselves (search, 404); pattern pages use their summary.
    metadata: [
      {name: 'description', content: SITE.description},
      {property: 'og:description', content: SITE.description},
      {property: 'og:site_name', content: SITE.title},
    ],
    ...(search.algolia ? {algolia: search.algolia} : {}),
    colorMode: {respectPrefersColorScheme: true},
    navbar: {
      title: SITE.title,
      // Width and height: the box is laid out before the image arrives (no shift, same styles either way).
      logo: {alt: '', src: 'img/logo.svg', width: 32, height: 32},
      items: [
        {to: '/#collect', label: 'Collect', position: 'left', activeBaseRegex: '^$'},
        {to: '/#transform', label: 'Transform', position: 'left', activeBaseRegex: '^$'},
        {to: '/#share', label: 'Share', position: 'left', activeBaseRegex: '^$'},
        {to: `/${MAP_ROUTE}`, label: 'Map', position: 'left'},
        {to: `/${FINDER_ROUTE}`, label: 'Finder', position: 'left'},
      ],
    },
    footer: {
      style: 'light',
      // Followers of the catalog find its changes (and the feed) from any page.
      links: [
        {label: 'Changes', to: `/${CHANGES_ROUTE}`},
        {label: 'Worked examples', to: `/${WORKED_EXAMPLES_ROUTE}`},
      ],
      copyright: `${SITE.title}: ${SITE.description.replace(/^A/, 'a')}`,
    },
    docs: {sidebar: {hideable: true}},
    tableOfContents: {minHeadingLevel: 2, maxHeadingLevel: 3},
    prism: {
      // GitHub and Dracula, with every token colour at 4.5:1 or more; code is highlighted at
      // build time in these colours (src/plugins/code-theme).
      theme: lightCodeTheme,
      darkTheme: darkCodeTheme,
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
