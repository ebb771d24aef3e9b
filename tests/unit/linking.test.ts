import {after, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {loadCatalog} from '../../src/catalog/load';
import {closestLabels} from '../../src/catalog/client/suggest';
import {shortUrlsFor} from '../../src/config/short-urls';
import {toLlmsTxt, toSocialCards} from '../../src/plugins/patterns/derive';
import {drawSocialCards, writeSocialCards} from '../../src/plugins/patterns/social-cards';
import {FIXTURE_SITE} from '../support/fixtures';

const catalog = loadCatalog({siteDir: FIXTURE_SITE});
const ROOT = path.resolve(__dirname, '..', '..');
const SITE = {title: 'Sesam Patterns', tagline: 'Data synchronization patterns for Sesam'};

describe('short URLs', () => {
  it('offers /p/<short> and /<label> for a pattern page', () => {
    assert.deepEqual(shortUrlsFor('/patterns/continuation-pattern'), ['/p/continuation', '/continuation-pattern']);
  });

  it('sends /patterns to the index, and leaves other pages alone', () => {
    assert.deepEqual(shortUrlsFor('/'), ['/patterns']);
    assert.deepEqual(shortUrlsFor('/search'), []);
  });
});

describe('404 suggestions', () => {
  const labels = ['continuation-pattern', 'pagination-pattern', 'insert-pattern', 'update-pattern'];

  it('finds the pattern behind a mistyped label, short form or full', () => {
    assert.equal(closestLabels('continuation-patern', labels)[0], 'continuation-pattern');
    assert.equal(closestLabels('contnuation', labels)[0], 'continuation-pattern');
    assert.equal(closestLabels('INSERT', labels)[0], 'insert-pattern');
  });

  it('suggests nothing for an address that resembles no pattern', () => {
    assert.deepEqual(closestLabels('favicon.ico', labels), []);
  });
});

describe('llms.txt and social cards from the catalog', () => {
  it('lists every pattern as a Markdown link with categories and summary', () => {
    const text = toLlmsTxt(catalog, 'https://example.com/docs/', SITE);
    assert.match(text, /^# Sesam Patterns\n\n> Data synchronization patterns for Sesam\. /);
    assert.ok(text.includes('The same list as JSON: https://example.com/docs/patterns.json\n'));
    assert.ok(
      text.includes(
        '- [Gamma pattern](https://example.com/docs/patterns/gamma-pattern) (collect, share): A fixture pattern listed under two categories that nobody lists as related.\n',
      ),
    );
  });

  it('makes a card per pattern, saying its categories, and one for the site', () => {
    const cards = toSocialCards(catalog, SITE);
    assert.deepEqual(
      cards.map((c) => [c.name, c.kicker]),
      [
        ['beta-pattern', 'Share pattern'],
        ['gamma-pattern', 'Collect and share pattern'],
        ['alpha-pattern', 'Collect pattern'],
        ['site', 'A catalog for Sesam'],
      ],
    );
  });
});

describe('social card rendering', () => {
  const dirs: string[] = [];
  after(() => dirs.forEach((dir) => fs.rmSync(dir, {recursive: true, force: true})));

  const brand = () => ({
    name: 'Sesam Patterns',
    logoSvg: fs.readFileSync(path.join(ROOT, 'static', 'img', 'logo.svg'), 'utf8'),
  });

  it('draws 1200x630 PNGs once and reuses them until a card changes', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sesam-cards-'));
    dirs.push(root);
    const [out, cache] = [path.join(root, 'out'), path.join(root, 'cache')];
    const cards = toSocialCards(catalog, SITE).slice(0, 2);

    // What the build's worker thread runs, here on this thread.
    const draw = (list: typeof cards) => drawSocialCards(list, brand(), out, cache);
    assert.deepEqual(await draw(cards), {drawn: 2, reused: 0});
    const png = fs.readFileSync(path.join(out, 'beta-pattern.png'));
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1200, 630]);

    assert.deepEqual(await draw(cards), {drawn: 0, reused: 2});
    const changed = [
      {...cards[0]!, summary: 'A new summary for the first card, so it must be drawn again.'},
      cards[1]!,
    ];
    assert.deepEqual(await draw(changed), {drawn: 1, reused: 1});
  });

  it('draws them on a worker thread for the build, and reports a failure there', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sesam-cards-'));
    dirs.push(root);
    const [out, cache] = [path.join(root, 'out'), path.join(root, 'cache')];
    const cards = toSocialCards(catalog, SITE).slice(0, 1);
    assert.deepEqual(await writeSocialCards(cards, brand(), out, cache), {drawn: 1, reused: 0});
    assert.equal(
      fs
        .readFileSync(path.join(out, `${cards[0]!.name}.png`))
        .subarray(1, 4)
        .toString('latin1'),
      'PNG',
    );
    // A file where the output folder should be: the worker's error reaches the build.
    const blocked = path.join(root, 'file');
    fs.writeFileSync(blocked, '');
    await assert.rejects(
      writeSocialCards(cards, brand(), path.join(blocked, 'out'), cache),
      /social cards: [^]*(EEXIST|ENOTDIR)/,
    );
  });
});
