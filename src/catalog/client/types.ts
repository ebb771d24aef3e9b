/**
 * The shapes of the pattern catalog. Plain types and constants only: components import from
 * here, so nothing in this file may touch Node APIs.
 */

export const CATEGORIES = ['collect', 'transform', 'share'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Where pattern pages are served: `/patterns/<label>`. Part of every published URL. */
export const PATTERNS_ROUTE = 'patterns';

/** The pattern map: every pattern and how they relate. */
export const MAP_ROUTE = 'map';
/** The pattern finder: questions about an integration, and the patterns its answers bring in. */
export const FINDER_ROUTE = 'finder';
/** What changed in the catalog, newest first, and its Atom feed at the site root. */
export const CHANGES_ROUTE = 'changes';
export const CHANGES_FEED = 'changes.xml';
/** The page that explains how the worked examples' outputs are computed. */
export const WORKED_EXAMPLES_ROUTE = 'worked-examples';

/** Link preview cards, drawn at build time: `<dir>/<label>.png`, and `<dir>/site.png` for other pages. */
export const SOCIAL_CARD_DIR = 'img/social';
export const SITE_CARD = 'site';
/** Every card's size in pixels: the 1.91:1 that link previews crop to. */
export const CARD_SIZE = {width: 1200, height: 630} as const;

/** The index's title and description: its heading and head tags, and the preview of `/patterns`. */
export const INDEX_PAGE = {
  title: 'Data Synchronization Patterns',
  description:
    'Named, reusable solutions to the problems integration developers meet again and again when they synchronize data with Sesam.',
} as const;

export interface RelatedPattern {
  label: string;
  /** One sentence on why a reader of this pattern should look at the related one. */
  why: string;
}

/** A page of the official Sesam documentation that backs claims on a pattern page. */
export interface ReferenceLink {
  /** The page's source path in the datanav/docs repository, without `.rst`, e.g. `hub/dtl/dtl-functions-hops`. */
  path: string;
  /** What on the pattern page it backs, in a few words; may hold `code` spans. */
  about: string;
}

/** Everything an author writes in a pattern page's front matter. */
export interface PatternFrontMatter {
  label: string;
  title: string;
  categories: Category[];
  order: number;
  summary: string;
  aliases: string[];
  related: RelatedPattern[];
  /** The reference pages that back the page's main claims (two or more). */
  references: ReferenceLink[];
  /** What the page states that the reference does not back; shown on the page. */
  assumptions: string[];
  /** When the page was last checked against the reference, `YYYY-MM-DD`. */
  referenceChecked: string;
  /** The finder answers that make the pattern apply, each with the reason shown (may be empty). */
  appliesWhen: AppliesWhen[];
  /** What changed on the page that a reader should know, as the author wrote it (may be empty). */
  changes: PatternChange[];
}

/** One entry of a page's `changes`: the day, `YYYY-MM-DD`, and one sentence. */
export interface PatternChange {
  date: string;
  what: string;
}

/** One line of /changes and one entry of its feed: a change and the pattern it belongs to. */
export interface CatalogChange extends PatternChange {
  label: string;
  title: string;
  /** Site-relative route without the base URL. */
  path: string;
  /** Unique on the changes page, and the entry's anchor there: `<label>-<date>`, numbered after the first. */
  id: string;
}

/** `when`: `always`, or `<question>=yes|no` answers joined by commas, all of which must hold. */
export interface AppliesWhen {
  when: string;
  why: string;
}

/** A `:pattern[label#anchor]` cross-link found in a page's prose. */
export interface PatternCrossLink {
  label: string;
  anchor?: string;
  line: number;
}

export interface Pattern extends PatternFrontMatter {
  /** Site-relative route without the base URL, e.g. `/patterns/continuation-pattern`. */
  path: string;
  /** The page file, relative to the site directory (for error messages). */
  file: string;
  crossLinks: PatternCrossLink[];
  /** The example's pipes with a DTL transform, and the worked examples that run them. */
  dtl: DtlCoverage;
}

export interface DtlCoverage {
  /** `_id`s of the example's pipes that run a DTL transform. */
  pipes: string[];
  /** One entry per worked-example block: the pipe it runs and its number of samples. */
  worked: {pipe: string; samples: number}[];
}

export interface Catalog {
  /** Every pattern, sorted by `order`, then title. */
  patterns: Pattern[];
  /** label -> labels of the patterns that link to it (prose or related), sorted by title. */
  backlinks: Record<string, string[]>;
}

// ---- Data handed from the catalog plugin to the browser ----

/** A pattern as a link shows it; resolved into each page at build time (see link-table.ts). */
export interface PatternLinkTarget {
  title: string;
  /** Site-relative route without the base URL. */
  path: string;
}

/** One entry of a page's "Reference" list: a page of the Sesam documentation, resolved at build time. */
export interface ReferenceItem {
  title: string;
  /** The page on docs.sesam.io. */
  url: string;
  /** What it backs; may hold `code` spans. */
  about: string;
}

/** One entry of a page's "Related patterns" or "Patterns that link here" list. */
export interface PatternListItem extends PatternLinkTarget {
  label: string;
  /** Why to read it (related list only); may hold `code` spans. */
  why?: string;
}

export interface PatternCardData {
  label: string;
  title: string;
  summary: string;
  path: string;
  categories: Category[];
  aliases: string[];
}

export interface CatalogSection {
  category: Category;
  patterns: PatternCardData[];
}

/** The index page's data, loaded only by the index route. */
export interface CatalogIndexData {
  sections: CatalogSection[];
}

/** One record of `patterns.json`, the machine-readable catalog. */
export interface PatternRecord {
  label: string;
  title: string;
  categories: Category[];
  summary: string;
  aliases: string[];
  url: string;
  /** The Sesam documentation pages that back the pattern. */
  references: ReferenceItem[];
  /** When the pattern was last checked against them, `YYYY-MM-DD`. */
  referenceChecked: string;
  /** The pattern finder's answers that bring the pattern in, each with its reason. */
  appliesWhen: AppliesWhen[];
}
