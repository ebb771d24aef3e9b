import fs from 'node:fs/promises';
import path from 'node:path';
import type {Catalog} from '../../catalog/client/types';
import {shortUrlsFor} from '../../config/short-urls';

export interface RedirectPage {
  /** Site path without the base URL, e.g. `/p/continuation`. */
  from: string;
  /** Site path of the canonical page, without the base URL. */
  to: string;
  title: string;
}

/** Every short or forgiving address of the catalog, with the page it leads to. */
export function redirectsOf({patterns}: Catalog): RedirectPage[] {
  return [
    ...shortUrlsFor('/').map((from) => ({from, to: '/', title: 'Data Synchronization Patterns'})),
    ...patterns.flatMap((p) => shortUrlsFor(p.path).map((from) => ({from, to: p.path, title: p.title}))),
  ];
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * A static page that sends the browser on, with and without JavaScript, and tells crawlers where
 * to look. Its body, seen for an instant or where redirects are off, is a page of its own: a
 * main landmark with a heading and the link.
 */
export function redirectHtml({to, title}: RedirectPage, baseUrl: string, siteUrl: string): string {
  const target = `${baseUrl}${to.replace(/^\//, '')}`;
  const canonical = new URL(to.replace(/^\//, ''), siteUrl).href;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escape(title)}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${escape(canonical)}">
<meta http-equiv="refresh" content="0; url=${escape(target)}">
<script src="${escape(baseUrl)}redirect.js" data-target="${escape(target)}"></script>
</head>
<body>
<main>
<h1>${escape(title)}</h1>
<p>This address leads to <a href="${escape(target)}">${escape(title)}</a>.</p>
</main>
</body>
</html>
`;
}

/** Write each redirect as `<from>/index.html`, which static hosts serve for `<from>` and `<from>/`. */
export async function writeRedirects(
  pages: RedirectPage[],
  outDir: string,
  baseUrl: string,
  siteUrl: string,
): Promise<void> {
  for (const page of pages) {
    const dir = path.join(outDir, ...page.from.split('/').filter(Boolean));
    await fs.mkdir(dir, {recursive: true});
    await fs.writeFile(path.join(dir, 'index.html'), redirectHtml(page, baseUrl, siteUrl));
  }
}
