import {CHANGES_FEED, CHANGES_ROUTE, type Catalog, type CatalogChange} from '../../catalog/client/types';

/**
 * Every page's `changes`, newest first; on the same day in catalog order, a page's own entries
 * in the order written. Each gets an id that is unique on /changes: `<label>-<date>`, with
 * `-2`, `-3` … for a second and third entry of one page on one day.
 */
export function toChangeList({patterns}: Catalog): CatalogChange[] {
  const seen = new Map<string, number>();
  const all = patterns.flatMap(({label, title, path, changes}) =>
    changes.map(({date, what}) => {
      const base = `${label}-${date}`;
      const count = (seen.get(base) ?? 0) + 1;
      seen.set(base, count);
      return {date, what, label, title, path, id: count === 1 ? base : `${base}-${count}`};
    }),
  );
  // Array.prototype.sort is stable: equal days keep catalog order.
  return all.sort((a, b) => b.date.localeCompare(a.date));
}

const XML_ESCAPES: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;'};

function xml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

/** Backticks mark code in `what`; a feed reader shows plain text. */
function plain(text: string): string {
  return text.replace(/`([^`]*)`/g, '$1');
}

/**
 * `changes.xml`: the change list as an Atom 1.0 feed (RFC 4287). `siteUrl` ends with the base
 * URL and a slash, e.g. `https://example.com/docs/`; every URL in the feed is absolute. Days
 * become midnight UTC, so the feed is the same on every machine.
 */
export function toAtomFeed(changes: readonly CatalogChange[], siteUrl: string, siteTitle: string): string {
  const pageUrl = new URL(CHANGES_ROUTE, siteUrl).href;
  const feedUrl = new URL(CHANGES_FEED, siteUrl).href;
  const stamp = (day: string) => `${day}T00:00:00Z`;
  // An empty catalog history still needs an `updated`: the epoch says "never".
  const updated = stamp(changes[0]?.date ?? '1970-01-01');
  const entries = changes.map((change) => {
    const link = new URL(change.path.replace(/^\//, ''), siteUrl).href;
    return [
      '  <entry>',
      `    <id>${xml(`${pageUrl}#${change.id}`)}</id>`,
      `    <title>${xml(change.title)}</title>`,
      `    <updated>${stamp(change.date)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${xml(link)}"/>`,
      `    <summary>${xml(plain(change.what))}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${xml(pageUrl)}</id>`,
    `  <title>${xml(`${siteTitle}: changes`)}</title>`,
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(pageUrl)}"/>`,
    `  <author><name>${xml(siteTitle)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
