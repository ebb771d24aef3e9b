import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import {Worker} from 'node:worker_threads';
import satori from 'satori';
import {renderAsync} from '@resvg/resvg-js';
import {CARD_SIZE} from '../../catalog/client/types';

/** A link preview image: what chat apps and trackers show when a pattern link is pasted. */
export interface SocialCard {
  /** File name without extension, e.g. the pattern label. */
  name: string;
  title: string;
  /** e.g. "Collect pattern" or "Collect and share pattern". */
  kicker: string;
  summary: string;
}

// Bump when the design below changes, so cached cards are drawn again.
const DESIGN_VERSION = 2;

/** Who the cards are from: the site's name and its logo (SVG source), drawn in the corner. */
export interface CardBrand {
  name: string;
  logoSvg: string;
}
const CARDS_IN_FLIGHT = 4;

const fontFile = (weight: number) => require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`);

let fonts: Promise<{name: string; data: Buffer; weight: 400 | 700; style: 'normal'}[]> | undefined;
function loadFonts() {
  fonts ??= Promise.all(
    ([400, 700] as const).map(async (weight) => ({
      name: 'Inter',
      data: await fs.readFile(fontFile(weight)),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

type Node = {
  type: string;
  props: {style?: Record<string, unknown>; children?: Node[] | string; src?: string; width?: number; height?: number};
};
// Satori lays out with flexbox only, so every box is a flex container.
const el = (type: string, style: Record<string, unknown>, children: Node[] | string): Node => ({
  type,
  props: {style: {display: 'flex', ...style}, children},
});

/** Draw one card: site logo and name, kicker, title and summary on the site's colours. */
export async function renderCard({title, kicker, summary}: SocialCard, brand: CardBrand): Promise<Buffer> {
  const tree = el(
    'div',
    {
      width: '100%',
      height: '100%',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '64px 72px',
      background: '#0f3f51',
      color: '#ffffff',
      fontFamily: 'Inter',
    },
    [
      el('div', {display: 'flex', flexDirection: 'column'}, [
        el(
          'div',
          {fontSize: 30, fontWeight: 700, color: '#9fe3f5', textTransform: 'uppercase', letterSpacing: 2},
          kicker,
        ),
        el('div', {fontSize: title.length > 45 ? 62 : 74, fontWeight: 700, lineHeight: 1.1, marginTop: 24}, title),
        el('div', {fontSize: 32, lineHeight: 1.4, marginTop: 32, color: '#dcefF5'}, summary),
      ]),
      el('div', {display: 'flex', alignItems: 'center', fontSize: 30, fontWeight: 700}, [
        {
          type: 'img',
          props: {
            src: `data:image/svg+xml;base64,${Buffer.from(brand.logoSvg).toString('base64')}`,
            width: 44,
            height: 44,
            style: {marginRight: 18},
          },
        } as Node,
        el('div', {}, brand.name),
      ]),
    ],
  );
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], {
    width: CARD_SIZE.width,
    height: CARD_SIZE.height,
    fonts: await loadFonts(),
  });
  // Rasterised on libuv's thread pool: the next card's layout goes on meanwhile.
  return (await renderAsync(svg, {fitTo: {mode: 'width', value: CARD_SIZE.width}})).asPng();
}

/**
 * Writes every card to `outDir` from a worker thread, reusing a cached PNG when nothing on the
 * card changed. Laying a card out is JavaScript (satori, about 16 ms a card): on the main
 * thread it queued behind the search plugin's indexing of every page; here it runs beside it
 * (1,000 patterns: postBuild 36 -> 24 s). The cache lives outside the build folder (which
 * Docusaurus empties), in node_modules/.cache.
 */
export function writeSocialCards(
  cards: SocialCard[],
  brand: CardBrand,
  outDir: string,
  cacheDir: string,
): Promise<{drawn: number; reused: number}> {
  const worker = new Worker(path.join(__dirname, 'social-cards-worker.cjs'), {
    workerData: {cards, brand, outDir, cacheDir},
  });
  return new Promise((resolve, reject) => {
    worker.once('message', (result: {drawn: number; reused: number} | {error: string}) =>
      'error' in result ? reject(new Error(`social cards: ${result.error}`)) : resolve(result),
    );
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`social cards: the worker stopped (exit code ${code})`)));
  });
}

/** What writeSocialCards' worker runs. */
export async function drawSocialCards(
  cards: SocialCard[],
  brand: CardBrand,
  outDir: string,
  cacheDir: string,
): Promise<{drawn: number; reused: number}> {
  await fs.mkdir(outDir, {recursive: true});
  await fs.mkdir(cacheDir, {recursive: true});
  let drawn = 0;
  const writeCard = async (card: SocialCard) => {
    const key = crypto
      .createHash('sha256')
      .update(JSON.stringify([DESIGN_VERSION, brand, card.title, card.kicker, card.summary]))
      .digest('hex')
      .slice(0, 16);
    const cached = path.join(cacheDir, `${card.name}-${key}.png`);
    try {
      await fs.copyFile(cached, path.join(outDir, `${card.name}.png`));
      return;
    } catch {
      // Not cached yet: draw it below.
    }
    const png = await renderCard(card, brand);
    await fs.writeFile(cached, png);
    await fs.writeFile(path.join(outDir, `${card.name}.png`), png);
    drawn += 1;
  };
  // A few cards in flight, so that rasterising (on libuv's threads) overlaps layout.
  const queue = [...cards];
  await Promise.all(
    Array.from({length: CARDS_IN_FLIGHT}, async () => {
      for (let card = queue.shift(); card; card = queue.shift()) await writeCard(card);
    }),
  );
  return {drawn, reused: cards.length - drawn};
}
