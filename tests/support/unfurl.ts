import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import ogs from 'open-graph-scraper';
import {CARD_SIZE} from '../../src/catalog/client/types';
import {serveBuild, type StaticServer} from '../../scripts/harness/server';

/** What a chat's link preview is made of, as open-graph-scraper reads it. */
export interface Unfurled {
  /** Where the unfurler ended, after any HTTP redirects. */
  finalUrl: string;
  title?: string;
  description?: string;
  image?: string;
  card?: string;
}

/**
 * Unfurl `url` the way a chat tool does: fetch it (following HTTP redirects, not a meta refresh
 * or JavaScript) and read the Open Graph and Twitter tags only, with no fallback to `<title>` or
 * to images in the page, so a missing tag shows.
 */
export async function unfurl(url: string): Promise<Unfurled> {
  const {result, response} = await ogs({url, onlyGetOpenGraphInfo: true, timeout: 5});
  return {
    finalUrl: (response as Response).url,
    title: result.ogTitle,
    description: result.ogDescription,
    image: result.ogImage?.[0]?.url,
    card: result.twitterCard,
  };
}

/** The same reading of a page's HTML, for a page the unfurler will not read (a 404). */
export async function unfurlHtml(html: string): Promise<Omit<Unfurled, 'finalUrl'>> {
  const {result} = await ogs({html, onlyGetOpenGraphInfo: true});
  return {
    title: result.ogTitle,
    description: result.ogDescription,
    image: result.ogImage?.[0]?.url,
    card: result.twitterCard,
  };
}

/** The addresses a chat gets pasted, relative to the base path; `notFound` answers 404. */
export const UNFURL_CASES = [
  {kind: 'pattern page', path: 'patterns/continuation-pattern'},
  {kind: '/p/ short link', path: 'p/continuation'},
  {kind: '/<label> link', path: 'continuation-pattern'},
  {kind: 'index', path: ''},
  {kind: '/patterns link to the index', path: 'patterns'},
  {kind: 'map', path: 'map'},
  {kind: 'search page', path: 'search'},
  {kind: '404 page', path: 'patterns/continuation-patern', notFound: true},
] as const;

/**
 * A full preview card: title, description, a large-image card and an absolute image URL on the
 * published site (`siteUrl`, ending with the base path) that `serverUrl` serves as a 1200x630 PNG.
 */
export async function assertFullCard(
  card: Omit<Unfurled, 'finalUrl'>,
  {serverUrl, siteUrl, what}: {serverUrl: string; siteUrl: string; what: string},
): Promise<void> {
  assert.ok(card.title, `${what}: a title`);
  assert.ok(card.description && card.description.length > 40, `${what}: a description, got ${card.description}`);
  assert.equal(card.card, 'summary_large_image', `${what}: twitter:card`);
  const image = card.image ?? '';
  assert.ok(image.startsWith(siteUrl), `${what}: an absolute image URL under ${siteUrl}, got ${image}`);
  const response = await fetch(serverUrl + new URL(image).pathname);
  assert.equal(response.status, 200, `${what}: ${image} is served`);
  const png = Buffer.from(await response.arrayBuffer());
  assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG', `${what}: ${image} is a PNG`);
  // The IHDR chunk, first after the signature: width and height at bytes 16 and 20.
  assert.deepEqual(
    {width: png.readUInt32BE(16), height: png.readUInt32BE(20)},
    {...CARD_SIZE},
    `${what}: ${image} is ${CARD_SIZE.width}x${CARD_SIZE.height}`,
  );
}

const cardOf = ({title, description, image, card}: Unfurled) => ({title, description, image, card});

/** Where each short address leads, relative to the base path. */
const TARGETS: Record<string, string> = {
  'p/continuation': 'patterns/continuation-pattern',
  'continuation-pattern': 'patterns/continuation-pattern',
  patterns: '',
};

/**
 * The unfurl tests for one build: every kind of address gives a full card, a short address the
 * same card as its page; and with the build's `_redirects` applied, the unfurler follows the 301
 * to the page's own address. Register inside a test file whose build exists before its tests run.
 */
export function describeUnfurls({dir, basePath, siteUrl}: {dir: string; basePath: string; siteUrl: string}): void {
  describe(`link previews in a chat, served under ${basePath}`, () => {
    let plain: StaticServer | undefined;
    let redirecting: StaticServer | undefined;
    before(async () => {
      [plain, redirecting] = await Promise.all([
        serveBuild(dir, {basePath}),
        serveBuild(dir, {basePath, redirects: true}),
      ]);
    });
    after(async () => {
      await Promise.all([plain?.close(), redirecting?.close()]);
    });

    for (const {kind, path: address, ...rest} of UNFURL_CASES) {
      it(`${kind} (${basePath}${address}): title, description, 1200x630 image, large card`, async () => {
        const url = plain!.url + basePath + address;
        const options = {serverUrl: plain!.url, siteUrl, what: `${basePath}${address}`};
        if ('notFound' in rest) {
          // A chat shows nothing for an address that answers 404; the page itself is complete.
          await assert.rejects(
            unfurl(url),
            (error: {result?: {error?: string}}) => error.result?.error === '404 Not Found',
          );
          const response = await fetch(url);
          assert.equal(response.status, 404);
          await assertFullCard(await unfurlHtml(await response.text()), options);
          return;
        }
        const card = await unfurl(url);
        assert.equal(card.finalUrl, url, 'the static pages answer 200, with no HTTP redirect');
        await assertFullCard(card, options);
        const target = TARGETS[address];
        if (target !== undefined) {
          const page = await unfurl(plain!.url + basePath + target);
          assert.deepEqual(cardOf(card), cardOf(page), `${basePath}${address} unfurls like ${basePath}${target}`);
        }
      });
    }

    for (const [address, target] of Object.entries(TARGETS)) {
      it(`with _redirects applied, ${basePath}${address} ends on ${basePath}${target} with its card`, async () => {
        const card = await unfurl(`${redirecting!.url}${basePath}${address}`);
        assert.equal(card.finalUrl, `${redirecting!.url}${basePath}${target}`);
        const first = await fetch(`${redirecting!.url}${basePath}${address}?from=chat`, {redirect: 'manual'});
        assert.equal(first.status, 301);
        assert.equal(first.headers.get('location'), `${basePath}${target}?from=chat`);
        assert.deepEqual(cardOf(card), cardOf(await unfurl(`${plain!.url}${basePath}${target}`)));
      });
    }
  });
}
