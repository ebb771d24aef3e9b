/**
 * How much of each pattern page's prose repeats the original page in the Sesam documentation:
 * the share of the page's 8-word runs that also stand in the original. The pages must be our
 * own words (at most 3%).
 *
 *   npx tsx scripts/reference/originality.ts --docs <datanav/docs work tree> [docs/<label>.mdx …]
 *
 * It needs a checkout of the reference, so it is a tool for authors, not part of `npm test`.
 */
import fs from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';

const RUN = 8;
export const MAX_SHARED = 0.03;

/** Lowercase words of running text, without code, markup and front matter. */
export function words(text: string): string[] {
  return (
    text
      .replace(/^---\n[\s\S]*?\n---\n/, '')
      .replace(/```[\s\S]*?```/g, ' ')
      .replace(/^(::|\.\. [\s\S]*?::).*$/gm, ' ')
      .toLowerCase()
      .match(/[a-z0-9$_']+/g) ?? []
  );
}

function runs(list: string[]): Set<string> {
  const result = new Set<string>();
  for (let i = 0; i + RUN <= list.length; i++) result.add(list.slice(i, i + RUN).join(' '));
  return result;
}

/** Share of `page`'s 8-word runs that also occur in `original`. */
export function sharedRatio(page: string, original: string): number {
  const ours = runs(words(page));
  const theirs = runs(words(original));
  if (ours.size === 0) return 0;
  let shared = 0;
  for (const run of ours) if (theirs.has(run)) shared++;
  return shared / ours.size;
}

function main(): void {
  const {values, positionals} = parseArgs({options: {docs: {type: 'string'}}, allowPositionals: true});
  if (!values.docs) throw new Error('originality: pass --docs <path to a datanav/docs work tree>.');
  const originals = path.join(values.docs, 'hub/documentation/data-synchronization');
  const pages = positionals.length > 0 ? positionals : fs.readdirSync('docs').map((f) => path.join('docs', f));
  let failed = 0;
  for (const page of pages.filter((p) => p.endsWith('.mdx'))) {
    const label = path.basename(page, '.mdx');
    const original = path.join(originals, `${label}.rst`);
    if (!fs.existsSync(original)) continue;
    const ratio = sharedRatio(fs.readFileSync(page, 'utf8'), fs.readFileSync(original, 'utf8'));
    const over = ratio > MAX_SHARED;
    if (over) failed++;
    console.log(`${over ? 'OVER' : 'ok  '} ${(ratio * 100).toFixed(1).padStart(5)}%  ${label}`);
  }
  if (failed > 0) process.exitCode = 1;
}

if (import.meta.url === `file://${process.argv[1]}`) main();
