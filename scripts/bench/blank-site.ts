// The baseline: a blank Docusaurus site, made from create-docusaurus' own template, with as
// many doc pages of the same sizes as ours, built with our node_modules (the same Docusaurus).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {linkNodeModules, ROOT} from '../harness/build-copy';

const TEMPLATES = path.join(ROOT, 'node_modules', 'create-docusaurus', 'templates');

/**
 * The pattern page measured: the longest (most bytes of MDX). The blank site has a doc page of
 * the same label and size, so the two are compared like for like.
 */
export function longestPage(pages: readonly SourcePage[]): string {
  return [...pages].sort((a, b) => b.bytes - a.bytes || a.label.localeCompare(b.label))[0]!.label;
}

export interface SourcePage {
  label: string;
  bytes: number;
}

/** Our pattern pages: their labels (file names) and sizes, which the blank pages copy. */
export function ourPages(): SourcePage[] {
  const docsDir = path.join(ROOT, 'docs');
  return fs
    .readdirSync(docsDir)
    .filter((file) => file.endsWith('.mdx'))
    .sort()
    .map((file) => ({label: file.replace(/\.mdx$/, ''), bytes: fs.statSync(path.join(docsDir, file)).size}));
}

/**
 * Writes the blank site into a new temporary folder and returns it. Like create-docusaurus
 * (lib/index.js, copyTemplate): `shared` first, then `classic-typescript` over it, then
 * `gitignore` renamed to `.gitignore` (npm drops dotfiles from packages).
 */
export function generateBlankSite(pages: readonly SourcePage[]): string {
  const siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'docusaurus-blank-'));
  fs.cpSync(path.join(TEMPLATES, 'shared'), siteDir, {recursive: true});
  fs.cpSync(path.join(TEMPLATES, 'classic-typescript'), siteDir, {recursive: true});
  fs.renameSync(path.join(siteDir, 'gitignore'), path.join(siteDir, '.gitignore'));

  const docsDir = path.join(siteDir, 'docs');
  fs.rmSync(docsDir, {recursive: true});
  fs.mkdirSync(docsDir);
  pages.forEach((page, index) => {
    fs.writeFileSync(path.join(docsDir, `${page.label}.mdx`), docPage(page, index));
  });

  // The home page and the footer link the template's docs/intro, which is gone; the build
  // throws on broken links, so point them at the first generated page instead.
  for (const file of ['src/pages/index.tsx', 'docusaurus.config.ts']) {
    const filePath = path.join(siteDir, file);
    const text = fs.readFileSync(filePath, 'utf8');
    if (!text.includes("'/docs/intro'") && !text.includes('"/docs/intro"')) {
      throw new Error(`The template's ${file} no longer links /docs/intro; update blank-site.ts.`);
    }
    fs.writeFileSync(filePath, text.replaceAll('/docs/intro', `/docs/${pages[0]!.label}`));
  }

  linkNodeModules(siteDir, {ownCache: true});
  return siteDir;
}

// Plausible prose for the generated pages: sentences drawn from a fixed vocabulary with a
// seeded generator, so every run builds exactly the same site.
const SUBJECTS = ['The pipe', 'A source system', 'The dataset', 'Each entity', 'The target API', 'A scheduled job'];
const VERBS = ['reads', 'updates', 'compares', 'stores', 'rejects', 'forwards', 'tracks', 'merges'];
const OBJECTS = ['the changed records', 'every row', 'the last offset', 'a batch of entities', 'the full table'];
const TAILS = [
  'before the next run starts',
  'so that nothing is read twice',
  'when the remote side times out',
  'without blocking other pipes',
  'after a successful write',
  'as long as the keys are stable',
];

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function docPage({label, bytes}: SourcePage, index: number): string {
  const next = random(index + 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const sentence = () => `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(TAILS)}.`;
  const paragraph = () => Array.from({length: 4 + Math.floor(next() * 3)}, sentence).join(' ');
  const title = label.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
  const code = [
    '```json title="example.json"',
    JSON.stringify({_id: label, type: 'pipe', source: {type: 'rest', system: 'crm'}, pump: {interval: 60}}, null, 2),
    '```',
  ].join('\n');

  // A lead and four sections, one with a list and one with a code block; sections then get
  // one more paragraph in turn until the page is as long as ours.
  const sections: string[][] = [
    ['## Overview', paragraph()],
    ['## How it works', paragraph(), `- ${sentence()}\n- ${sentence()}\n- ${sentence()}`],
    ['## Example', paragraph(), code],
    ['## Caveats', '### Limits', paragraph()],
  ];
  const head = `---\ntitle: ${title}\nsidebar_position: ${index + 1}\n---\n\n# ${title}\n\n${paragraph()}`;
  const render = () => [head, ...sections.map((section) => section.join('\n\n'))].join('\n\n') + '\n';
  for (let turn = 0; Buffer.byteLength(render()) < bytes; turn += 1)
    sections[turn % sections.length]!.push(paragraph());
  return render();
}
