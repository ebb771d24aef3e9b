import type {PluginConfig} from '@docusaurus/types';
import {PATTERNS_ROUTE} from '../catalog/client/types';
import searchUiTheme from '../search/plugin';

/** Hosted search settings, read from the environment at build time. */
export interface AlgoliaSettings {
  appId: string;
  apiKey: string;
  indexName: string;
}

export const ALGOLIA_ENV = {
  appId: 'ALGOLIA_APP_ID',
  apiKey: 'ALGOLIA_SEARCH_API_KEY',
  indexName: 'ALGOLIA_INDEX_NAME',
} as const;

/**
 * Algolia DocSearch is used when all three variables are set, the offline index when none
 * are. Setting only some is a mistake worth failing the build for.
 */
export function algoliaFromEnv(env: NodeJS.ProcessEnv): AlgoliaSettings | undefined {
  const values = Object.fromEntries(
    Object.entries(ALGOLIA_ENV).map(([key, name]) => [key, env[name]?.trim() || undefined]),
  ) as Partial<AlgoliaSettings>;
  const missing = Object.entries(ALGOLIA_ENV)
    .filter(([key]) => !values[key as keyof AlgoliaSettings])
    .map(([, name]) => name);
  if (missing.length === Object.keys(ALGOLIA_ENV).length) return undefined;
  if (missing.length > 0) {
    throw new Error(
      `Algolia search is half configured: ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set. Set all of ${Object.values(ALGOLIA_ENV).join(', ')} to use Algolia, or none to use the built-in offline search.`,
    );
  }
  return values as AlgoliaSettings;
}

/** The offline full-text search over pattern pages, used when Algolia is not configured. */
export function localSearchTheme(): PluginConfig {
  return [
    '@easyops-cn/docusaurus-search-local',
    {
      docsRouteBasePath: PATTERNS_ROUTE,
      indexDocs: true,
      indexBlog: false,
      indexPages: false,
      // A content hash in the index file name lets hosts cache it for good.
      hashed: 'filename',
      language: ['en'],
      searchBarShortcutKeymap: 'mod+k',
      searchResultLimits: 8,
      searchResultContextMaxLength: 60,
      explicitSearchResultPath: true,
      // Example configurations would triple the index; the property names they show are also
      // named in the prose. The generated link lists only repeat titles, the diagrams' labels
      // and description retell the prose, and the copy buttons' labels are no content.
      ignoreCssSelectors: [
        '.theme-code-block',
        '[data-testid="related-patterns"]',
        '[data-testid="pattern-backlinks"]',
        '[data-testid="dataflow"]',
        '[data-testid="pattern-actions"]',
        '[data-testid="finder-link"]',
      ],
    },
  ];
}

/** The search part of the site config: which theme provides the navbar search box. */
export function searchConfig(env: NodeJS.ProcessEnv): {
  themes: PluginConfig[];
  algolia?: AlgoliaSettings & {contextualSearch: boolean};
} {
  const algolia = algoliaFromEnv(env);
  if (!algolia) return {themes: [localSearchTheme(), searchUiTheme]};
  // preset-classic switches to @docusaurus/theme-search-algolia when themeConfig.algolia is set.
  return {themes: [], algolia: {...algolia, contextualSearch: false}};
}
