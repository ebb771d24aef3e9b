import assert from 'node:assert/strict';
import {parse} from 'node-html-parser';

export interface FeedEntry {
  id: string;
  title: string;
  updated: string;
  link: string;
  summary: string;
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * Checks what Atom 1.0 (RFC 4287) requires of a feed and its entries, and that every URL is
 * absolute under `siteUrl` (which ends with the base path and a slash). Returns the entries.
 */
export function assertAtomFeed(xml: string, siteUrl: string): FeedEntry[] {
  assert.match(xml, /^<\?xml version="1\.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom">/);
  // Well-formed text: every & starts an entity, no raw < inside text.
  assert.doesNotMatch(xml, /&(?!(?:amp|lt|gt|quot|apos);)/);
  const feed = parse(xml, {lowerCaseTagName: false}).querySelector('feed')!;
  const child = (parent: typeof feed, name: string) =>
    parent.childNodes.filter((n) => 'rawTagName' in n && (n as typeof feed).rawTagName === name) as (typeof feed)[];
  const one = (parent: typeof feed, name: string) => {
    const found = child(parent, name);
    assert.equal(found.length, 1, `<${parent.rawTagName}> has ${found.length} <${name}>`);
    return found[0]!;
  };
  const text = (parent: typeof feed, name: string) => one(parent, name).text.trim();
  const underSite = (url: string) => assert.ok(url.startsWith(siteUrl), `${url} is not under ${siteUrl}`);

  underSite(text(feed, 'id'));
  assert.ok(text(feed, 'title').length > 0);
  assert.match(text(feed, 'updated'), RFC3339);
  const self = child(feed, 'link').find((l) => l.getAttribute('rel') === 'self');
  assert.equal(self?.getAttribute('href'), new URL('changes.xml', siteUrl).href);
  assert.ok(text(one(feed, 'author'), 'name').length > 0, 'the feed names an author');

  const entries = child(feed, 'entry').map((entry) => {
    const links = child(entry, 'link').filter((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate');
    assert.equal(links.length, 1, 'one alternate link per entry');
    const result = {
      id: text(entry, 'id'),
      title: text(entry, 'title'),
      updated: text(entry, 'updated'),
      link: links[0]!.getAttribute('href')!,
      summary: text(entry, 'summary'),
    };
    underSite(result.id);
    underSite(result.link);
    assert.match(result.updated, RFC3339);
    assert.ok(result.title && result.summary, `entry ${result.id} has a title and a summary`);
    return result;
  });
  assert.equal(new Set(entries.map((e) => e.id)).size, entries.length, 'entry ids are unique');
  assert.equal(
    text(feed, 'updated'),
    entries[0]?.updated ?? text(feed, 'updated'),
    'the feed is as new as its newest entry',
  );
  return entries;
}
