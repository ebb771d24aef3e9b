import {parse, type HTMLElement} from 'node-html-parser';

// A small link checker for a site served on 127.0.0.1. linkinator 7's checkFragments misses an
// anchor on a page it has already fetched when the link to it turns up later in the crawl, which
// on an interlinked site is most of them; this one collects every page's anchors first and
// checks every fragment against them at the end.

export interface BrokenLink {
  /** The page the link is on, as a path. */
  page: string;
  /** The link as written. */
  href: string;
  reason: string;
}

export interface LinkReport {
  /** Paths of the HTML pages read. */
  pages: string[];
  /** Distinct internal URLs fetched (pages and other files). */
  urls: number;
  /** Links with a fragment that were checked against their target's anchors. */
  fragments: number;
  /** Links to other sites and schemes, not followed (there is no network). */
  external: number;
  broken: BrokenLink[];
}

export interface LinkCheckOptions {
  /** Where to start, as paths: every page to read, e.g. each HTML file of the build. */
  start: string[];
  /**
   * Absolute addresses that mean the served site (e.g. the production URL in canonical links
   * and preview images); links under one are checked on the served copy.
   */
  aliases?: string[];
  /** Parallel requests. */
  concurrency?: number;
}

interface Fetched {
  /** Final URL after HTTP redirects, without the fragment. */
  url: string;
  status: number;
  error?: string;
  /** Anchors (ids, and names of <a>) of an HTML page. */
  anchors?: Set<string>;
  /** The target of an HTML page's meta refresh, which the fragment travels on to. */
  refresh?: string;
}

interface Link {
  page: string;
  href: string;
  url: URL;
}

/** Every URL an HTML element refers to: links, scripts, styles, images, and the meta refresh. */
function linksOf(document: HTMLElement): string[] {
  const hrefs: string[] = [];
  for (const element of document.querySelectorAll('[href], [src], [srcset], [xlink\\:href], meta[content]')) {
    const tag = element.rawTagName.toLowerCase();
    const rel = (element.getAttribute('rel') ?? '').toLowerCase();
    if (tag === 'link' && /\b(preconnect|dns-prefetch)\b/.test(rel)) continue;
    for (const name of ['href', 'src', 'xlink:href']) {
      const value = element.getAttribute(name);
      if (value !== undefined && value.trim() !== '') hrefs.push(value.trim());
    }
    const srcset = element.getAttribute('srcset');
    if (srcset) hrefs.push(...srcset.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!));
    if (tag === 'meta') {
      const content = element.getAttribute('content') ?? '';
      const refresh = /^\s*\d+\s*;\s*url\s*=\s*(.+)$/i.exec(content);
      if ((element.getAttribute('http-equiv') ?? '').toLowerCase() === 'refresh' && refresh) {
        hrefs.push(refresh[1]!.trim().replace(/^['"]|['"]$/g, ''));
      } else if (/^https?:\/\//.test(content.trim())) {
        hrefs.push(content.trim());
      }
    }
  }
  return hrefs;
}

function anchorsOf(document: HTMLElement): Set<string> {
  const anchors = new Set<string>();
  for (const element of document.querySelectorAll('[id]')) anchors.add(element.getAttribute('id')!);
  for (const element of document.querySelectorAll('a[name]')) anchors.add(element.getAttribute('name')!);
  return anchors;
}

/** `url()` references of a stylesheet. */
function cssLinksOf(css: string): string[] {
  return [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)]
    .map((match) => match[2]!.trim())
    .filter((url) => !url.startsWith('data:') && !url.startsWith('#'));
}

/** Run `task` over `items`, at most `limit` at a time, including items added while running. */
async function pool<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await task(items[next++]!);
  };
  // Items are appended as pages are read: keep going until a round finds nothing new.
  while (next < items.length) await Promise.all(Array.from({length: limit}, worker));
}

/**
 * Read every page in `start` on the site at `origin` and every same-site page they link to,
 * fetch every internal URL they refer to, and check each link's fragment against the anchors
 * of the page it leads to.
 */
export async function checkLinks(origin: string, options: LinkCheckOptions): Promise<LinkReport> {
  const aliases = options.aliases ?? [];
  const fetched = new Map<string, Promise<Fetched>>();
  const queue: string[] = [];
  const links: Link[] = [];
  const pages: string[] = [];
  /** HTML pages read, by their final URL. */
  const documents = new Map<string, Fetched>();
  let external = 0;

  /** The URL on the served site, or undefined for a link that leaves it. */
  function internal(href: string, base: string): URL | undefined {
    let url: URL;
    try {
      url = new URL(href, base);
    } catch {
      return undefined;
    }
    for (const alias of aliases) {
      if (url.href.startsWith(alias)) url = new URL(url.href.slice(alias.length), `${origin}/`);
    }
    return url.origin === origin ? url : undefined;
  }

  function enqueue(url: string): void {
    if (!fetched.has(url) && !queue.includes(url)) queue.push(url);
  }

  async function load(url: string): Promise<Fetched> {
    let response: Response;
    try {
      response = await fetch(url, {redirect: 'follow'});
    } catch (error) {
      return {url, status: 0, error: (error as Error).message};
    }
    const final = response.url.split('#')[0]!;
    const type = response.headers.get('content-type') ?? '';
    const result: Fetched = {url: final, status: response.status};
    if (!response.ok) {
      await response.body?.cancel();
      return result;
    }
    if (type.includes('text/html')) {
      const html = await response.text();
      // Two addresses of one page (e.g. /404.html, which the host redirects to /404, or the
      // finder with answers in its query: a static host serves the same file): read once.
      const page = new URL(final).pathname;
      const known = documents.get(page);
      if (known) return {...result, ...known};
      const document = parse(html);
      pages.push(page);
      result.anchors = anchorsOf(document);
      documents.set(page, result);
      for (const href of linksOf(document)) {
        const target = internal(href, final);
        if (!target) {
          external += 1;
          continue;
        }
        links.push({page, href, url: target});
        enqueue(target.href.split('#')[0]!);
      }
      const refresh = document.querySelector('meta[http-equiv="refresh" i]')?.getAttribute('content');
      const refreshUrl = refresh && /url\s*=\s*(.+)$/i.exec(refresh)?.[1];
      if (refreshUrl) result.refresh = internal(refreshUrl.trim(), final)?.href.split('#')[0];
    } else if (type.includes('text/css') || type.includes('xml')) {
      // A stylesheet's url()s, or a sitemap's <loc>s.
      const page = new URL(final).pathname;
      const text = await response.text();
      const hrefs = type.includes('css')
        ? cssLinksOf(text)
        : [...text.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
      for (const href of hrefs) {
        const target = internal(href, final);
        if (!target) continue;
        links.push({page, href, url: target});
        enqueue(target.href.split('#')[0]!);
      }
    } else {
      await response.body?.cancel();
    }
    return result;
  }

  for (const start of options.start) enqueue(new URL(start, `${origin}/`).href);
  await pool(queue, options.concurrency ?? 8, async (url) => {
    if (!fetched.has(url)) fetched.set(url, load(url));
    await fetched.get(url);
  });

  const broken: BrokenLink[] = [];
  let fragments = 0;
  for (const link of links) {
    const target = await fetched.get(link.url.href.split('#')[0]!)!;
    if (target.status < 200 || target.status > 299) {
      broken.push({page: link.page, href: link.href, reason: target.error ?? `HTTP ${target.status}`});
      continue;
    }
    const fragment = decodeURIComponent(link.url.hash.slice(1));
    // An empty fragment and #top lead to the top of any page (HTML's "scroll to the fragment").
    if (!fragment || fragment.toLowerCase() === 'top') continue;
    fragments += 1;
    // A redirect page passes the fragment on to the page it leads to.
    let page = target;
    if (page.refresh && !page.anchors?.has(fragment)) page = (await fetched.get(page.refresh)) ?? page;
    if (!page.anchors) {
      broken.push({page: link.page, href: link.href, reason: 'a fragment on a file that is not HTML'});
    } else if (!page.anchors.has(fragment)) {
      broken.push({page: link.page, href: link.href, reason: `no id="${fragment}" on ${new URL(page.url).pathname}`});
    }
  }
  return {pages: pages.sort(), urls: fetched.size, fragments, external, broken};
}

/** One line per broken link, for a failure message. */
export function describeBroken(broken: BrokenLink[]): string {
  return broken.map(({page, href, reason}) => `  ${page}: ${href} (${reason})`).join('\n');
}
