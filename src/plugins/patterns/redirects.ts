import fs from 'node:fs/promises';
import path from 'node:path';
import {CARD_SIZE, INDEX_PAGE, SITE_CARD, SOCIAL_CARD_DIR, type Catalog} from '../../catalog/client/types';
import {shortUrlsFor} from '../../config/short-urls';

/**
 * What a chat shows for a page: the tags its own head carries (DocItem/Metadata for a pattern,
 * CatalogIndexPage and the theme's defaults for the index), from the same data.
 */
export interface PagePreview {
  /** The whole `<title>`, site name included, as Docusaurus writes it. */
  title: string;
  description: string;
  /** Site path of the preview card, e.g. `/img/social/continuation-pattern.png`. */
  image: string;
  /** A pattern page: `og:type` article, the card's size and `twitter:description`. */
  article: boolean;
}

export interface RedirectPage {
  /** Site path without the base URL, e.g. `/p/continuation`. */
  from: string;
  /** Site path of the canonical page, without the base URL. */
  to: string;
  /** The target's name, for the page's heading and link. */
  title: string;
  preview: PagePreview;
}

/** The site's name and how Docusaurus joins it to a page's title (`titleDelimiter`). */
export interface SiteNames {
  title: string;
  titleDelimiter: string;
}

/** Every short or forgiving address of the catalog, with the page it leads to and its preview. */
export function redirectsOf({patterns}: Catalog, site: SiteNames): RedirectPage[] {
  const fullTitle = (title: string) => `${title} ${site.titleDelimiter} ${site.title}`;
  const index: Omit<RedirectPage, 'from'> = {
    to: '/',
    title: INDEX_PAGE.title,
    preview: {
      title: fullTitle(INDEX_PAGE.title),
      description: INDEX_PAGE.description,
      image: `/${SOCIAL_CARD_DIR}/${SITE_CARD}.png`,
      article: false,
    },
  };
  return [
    ...shortUrlsFor('/').map((from) => ({from, ...index})),
    ...patterns.flatMap(({path: to, title, summary, label}) =>
      shortUrlsFor(to).map((from) => ({
        from,
        to,
        title,
        preview: {
          title: fullTitle(title),
          description: summary,
          image: `/${SOCIAL_CARD_DIR}/${label}.png`,
          article: true,
        },
      })),
    ),
  ];
}

/** Where the build is published: base path, site URL (ending with the base path) and language. */
export interface Published {
  baseUrl: string;
  /** e.g. `https://example.com/docs/`. */
  siteUrl: string;
  siteName: string;
  /** The page language, e.g. `en` or `nb-NO` (Open Graph writes it `nb_NO`). */
  htmlLang: string;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const absolute = (sitePath: string, siteUrl: string) => new URL(sitePath.replace(/^\//, ''), siteUrl).href;

/**
 * A static page that sends the browser on, with and without JavaScript, and tells crawlers where
 * to look. Unfurlers do not follow a meta refresh, so it carries its target's preview tags, with
 * noindex. Its body, seen for an instant or where redirects are off, is a page of its own: a
 * main landmark with a heading and the link.
 */
export function redirectHtml(
  {to, title, preview}: RedirectPage,
  {baseUrl, siteUrl, siteName, htmlLang}: Published,
): string {
  const target = `${baseUrl}${to.replace(/^\//, '')}`;
  const canonical = absolute(to, siteUrl);
  const image = absolute(preview.image, siteUrl);
  const tags: [string, string, string][] = [
    ['name', 'description', preview.description],
    ['name', 'robots', 'noindex'],
    ['property', 'og:title', preview.title],
    ['property', 'og:description', preview.description],
    ['property', 'og:url', canonical],
    ['property', 'og:image', image],
    ['property', 'og:site_name', siteName],
    ['property', 'og:locale', htmlLang.replace(/-/g, '_')],
    ['name', 'twitter:card', 'summary_large_image'],
    ['name', 'twitter:image', image],
    ...(preview.article
      ? ([
          ['property', 'og:type', 'article'],
          ['property', 'og:image:width', String(CARD_SIZE.width)],
          ['property', 'og:image:height', String(CARD_SIZE.height)],
          ['name', 'twitter:description', preview.description],
        ] as [string, string, string][])
      : []),
  ];
  return `<!doctype html>
<html lang="${escape(htmlLang)}">
<head>
<meta charset="utf-8">
<title>${escape(preview.title)}</title>
${tags.map(([attribute, key, value]) => `<meta ${attribute}="${key}" content="${escape(value)}">`).join('\n')}
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

/**
 * `_redirects` for Netlify and Cloudflare Pages: a 301 from each short address to its page's
 * path (a path, so a deploy preview stays on its own host). Netlify serves a file that exists
 * at the address (the static redirect page) ahead of a rule unless the rule is forced with `!`,
 * which Cloudflare rejects; so the build forces it only on Netlify, which sets NETLIFY=true.
 */
export function redirectsFile(pages: RedirectPage[], baseUrl: string, {force = false} = {}): string {
  const status = force ? '301!' : '301';
  const lines = pages.map(({from, to}) => `${baseUrl}${from.slice(1)} ${baseUrl}${to.slice(1)} ${status}`);
  return `# Short addresses, written by the patterns plugin (src/plugins/patterns/redirects.ts).\n${lines.join('\n')}\n`;
}

/**
 * The same 301s for nginx, to `include` in the site's `server` block. An exact `location`
 * wins over `location /`; the query string goes along, and browsers keep the `#section`.
 */
export function nginxRedirects(pages: RedirectPage[], baseUrl: string): string {
  const rules = pages.map(
    ({from, to}) => `location = ${baseUrl}${from.slice(1)} { return 301 ${baseUrl}${to.slice(1)}$is_args$args; }`,
  );
  return `# Short addresses, written by the patterns plugin (src/plugins/patterns/redirects.ts).\n${rules.join('\n')}\n`;
}

export const REDIRECTS_FILE = '_redirects';
export const NGINX_REDIRECTS_FILE = 'nginx-redirects.conf';

/**
 * Write each redirect as `<from>/index.html`, which static hosts serve for `<from>` and `<from>/`,
 * and the same redirects as `_redirects` and `nginx-redirects.conf` for hosts that send real 301s.
 */
export async function writeRedirects(
  pages: RedirectPage[],
  outDir: string,
  published: Published,
  {netlify = false} = {},
): Promise<void> {
  for (const page of pages) {
    const dir = path.join(outDir, ...page.from.split('/').filter(Boolean));
    await fs.mkdir(dir, {recursive: true});
    await fs.writeFile(path.join(dir, 'index.html'), redirectHtml(page, published));
  }
  await fs.writeFile(path.join(outDir, REDIRECTS_FILE), redirectsFile(pages, published.baseUrl, {force: netlify}));
  await fs.writeFile(path.join(outDir, NGINX_REDIRECTS_FILE), nginxRedirects(pages, published.baseUrl));
}
