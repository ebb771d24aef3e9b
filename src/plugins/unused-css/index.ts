import fs from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {filesUnder} from '../build-files';
import {addWords, pruneCss, usedWords} from './prune';

/** Where the stylesheets as built are kept, for the test that renders the site with both. */
export const ORIGINAL_CSS_DIR = path.join('node_modules', '.cache', 'unused-css');

/**
 * After the build, removes from its stylesheets what no page and no script can use: most of
 * Infima, which Docusaurus ships whole. Every page loads the one stylesheet first, so each byte
 * less comes sooner to the first paint. The file keeps its name: the same build input always
 * gives the same pruned file.
 */
export default function unusedCssPlugin(context: LoadContext): Plugin {
  return {
    name: 'sesam-unused-css',
    async postBuild({outDir}) {
      const sources = [
        ...(await filesUnder(outDir, '.html')),
        ...(await filesUnder(path.join(outDir, 'assets', 'js'), '.js')),
      ];
      // One file at a time: at 1,000 patterns the build holds over 250 MB of text.
      const words = new Set<string>();
      for (const file of sources) addWords(words, await fs.readFile(file, 'utf8'));
      const used = usedWords(words);
      const keep = path.join(context.siteDir, ORIGINAL_CSS_DIR);
      await fs.mkdir(keep, {recursive: true});
      for (const file of await filesUnder(path.join(outDir, 'assets', 'css'), '.css')) {
        const css = await fs.readFile(file, 'utf8');
        await fs.writeFile(path.join(keep, path.basename(file)), css);
        const pruned = pruneCss(css, used);
        await fs.writeFile(file, pruned);
        const kib = (n: number) => (n / 1024).toFixed(1);
        console.log(`[unused-css] ${path.basename(file)}: ${kib(css.length)} KiB -> ${kib(pruned.length)} KiB`);
      }
    },
  };
}
