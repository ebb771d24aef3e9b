import type {PluginOptions} from '@docusaurus/plugin-content-docs';
import {CATEGORY_INFO} from '../../catalog/client/categories';
import {
  CATEGORIES,
  INDEX_PAGE,
  SITE_CARD,
  type Catalog,
  type CatalogIndexData,
  type Category,
  type Pattern,
  type PatternRecord,
} from '../../catalog/client/types';
import type {SocialCard} from './social-cards';
import {resolveReferences} from '../../reference';

/** Pure functions from the loaded catalog to the shapes the browser and `patterns.json` get. */

export function toIndexData({patterns}: Catalog): CatalogIndexData {
  return {
    sections: CATEGORIES.map((category) => ({
      category,
      patterns: patterns
        .filter((p) => p.categories.includes(category))
        .map(({label, title, summary, path, categories, aliases}) => ({
          label,
          title,
          summary,
          path,
          categories,
          aliases,
        })),
    })),
  };
}

/** `siteUrl` ends with the base URL and a slash, e.g. `https://example.com/docs/`. */
export function toPatternRecords({patterns}: Catalog, siteUrl: string): PatternRecord[] {
  return patterns.map(
    ({label, title, categories, summary, aliases, path, references, referenceChecked, appliesWhen}) => ({
      label,
      title,
      categories,
      summary,
      aliases,
      url: new URL(path.replace(/^\//, ''), siteUrl).href,
      references: resolveReferences(references),
      referenceChecked,
      appliesWhen,
    }),
  );
}

/** What the docs plugin's `sidebarItemsGenerator` returns. */
type GeneratedSidebar = Awaited<ReturnType<PluginOptions['sidebarItemsGenerator']>>;

/**
 * A category with more patterns than this is split into letter ranges. Docusaurus writes the
 * open category's links into every page of it: at 1,000 patterns that was 700 links, two
 * thirds of each page's HTML, which the build renders and the search plugin parses again.
 */
export const SIDEBAR_SPLIT_ABOVE = 50;
const SIDEBAR_RANGE = 40;

type SidebarPattern = Pick<Pattern, 'label' | 'title'>;

/** `patterns` by title, in ranges of at most SIDEBAR_RANGE, each named by its initials. */
function letterRanges(patterns: SidebarPattern[]) {
  const sorted = [...patterns].sort((a, b) => a.title.localeCompare(b.title, 'en'));
  const ranges = [];
  for (let start = 0; start < sorted.length; start += SIDEBAR_RANGE) {
    const range = sorted.slice(start, start + SIDEBAR_RANGE);
    const [from, to] = [range[0]!, range.at(-1)!].map((p) => p.title[0]!.toUpperCase());
    ranges.push({
      type: 'category' as const,
      label: from === to ? from! : `${from}–${to}`,
      collapsible: true,
      collapsed: true,
      items: range.map((p) => ({type: 'doc' as const, id: p.label})),
    });
  }
  return ranges;
}

/**
 * The docs sidebar: one category per catalog category, patterns in catalog order; a large
 * category in letter ranges by title.
 */
export function toSidebar({patterns}: Pick<Catalog, 'patterns'>): GeneratedSidebar {
  return CATEGORIES.map((category) => {
    const members = patterns.filter((p) => p.categories.includes(category));
    return {
      type: 'category' as const,
      label: CATEGORY_INFO[category].title,
      collapsible: true,
      // Docusaurus opens the category (and range) of the current page; the others stay closed,
      // so the current entry is near the top of the sidebar.
      collapsed: true,
      items:
        members.length > SIDEBAR_SPLIT_ABOVE
          ? letterRanges(members)
          : members.map((p) => ({type: 'doc' as const, id: p.label})),
    };
  });
}

function kickerOf(categories: readonly Category[]): string {
  const names = categories.map((c) => CATEGORY_INFO[c].title);
  const joined = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)!.toLowerCase()}` : names[0]!;
  return `${joined} pattern`;
}

/** One link preview card per pattern, and one for every other page of the site. */
export function toSocialCards({patterns}: Catalog, site: {title: string; tagline: string}): SocialCard[] {
  return [
    ...patterns.map(({label, title, categories, summary}) => ({
      name: label,
      title,
      kicker: kickerOf(categories),
      summary,
    })),
    {
      name: SITE_CARD,
      title: INDEX_PAGE.title,
      kicker: 'A catalog for Sesam',
      summary: `${site.tagline}.`,
    },
  ];
}

/** `llms.txt` (llmstxt.org): the catalog as a Markdown list for language models and tools. */
export function toLlmsTxt(catalog: Catalog, siteUrl: string, site: {title: string; tagline: string}): string {
  const lines = [
    `# ${site.title}`,
    '',
    `> ${site.tagline}. Each pattern names a recurring data synchronization problem and its solution with Sesam pipes, systems and DTL.`,
    '',
    `The same list as JSON: ${new URL('patterns.json', siteUrl).href}`,
    '',
    '## Patterns',
    '',
    ...toPatternRecords(catalog, siteUrl).map(
      ({title, url, categories, summary}) => `- [${title}](${url}) (${categories.join(', ')}): ${summary}`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}
