import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';
import {CATEGORY_INFO} from '../../catalog/categories';
import {CATEGORIES, type Catalog, type CatalogGlobalData, type CatalogIndexData, type PatternRecord} from '../../catalog/types';

/** Pure functions from the loaded catalog to the shapes the browser and `patterns.json` get. */

export function toGlobalData({patterns, backlinks}: Catalog): CatalogGlobalData {
  return {
    patterns: Object.fromEntries(patterns.map((p) => [p.label, {title: p.title, path: p.path}])),
    backlinks,
  };
}

export function toIndexData({patterns}: Catalog): CatalogIndexData {
  return {
    sections: CATEGORIES.map((category) => ({
      category,
      patterns: patterns
        .filter((p) => p.categories.includes(category))
        .map(({label, title, summary, path, categories, aliases}) => ({label, title, summary, path, categories, aliases})),
    })),
  };
}

/** `siteUrl` ends with the base URL and a slash, e.g. `https://example.com/docs/`. */
export function toPatternRecords({patterns}: Catalog, siteUrl: string): PatternRecord[] {
  return patterns.map(({label, title, categories, summary, aliases, path}) => ({
    label,
    title,
    categories,
    summary,
    aliases,
    url: new URL(path.replace(/^\//, ''), siteUrl).href,
  }));
}

/** The docs sidebar: one category per catalog category, patterns in catalog order. */
export function toSidebar({patterns}: Catalog): SidebarsConfig[string] {
  return CATEGORIES.map((category) => ({
    type: 'category' as const,
    label: CATEGORY_INFO[category].title,
    collapsible: true,
    collapsed: false,
    items: patterns.filter((p) => p.categories.includes(category)).map((p) => ({type: 'doc' as const, id: p.label})),
  }));
}
