import fs from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {headersFile, inlineScriptsOf} from './headers';

export interface SecurityHeadersOptions {
  algoliaAppId?: string;
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, {withFileTypes: true, recursive: true});
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name));
}

/**
 * Writes `build/_headers`: security headers whose Content-Security-Policy allows exactly the
 * inline scripts this build emitted (by hash), and cache headers.
 */
export default function securityHeadersPlugin(context: LoadContext, options: SecurityHeadersOptions): Plugin {
  return {
    name: 'sesam-security-headers',
    async postBuild({outDir}) {
      // One page at a time: at 1,000 patterns the pages are over 100 MB of text.
      const inlineScripts: ReturnType<typeof inlineScriptsOf> = [];
      for (const file of await htmlFiles(outDir))
        inlineScripts.push(...inlineScriptsOf(await fs.readFile(file, 'utf8')));
      await fs.writeFile(
        path.join(outDir, '_headers'),
        headersFile({baseUrl: context.baseUrl, inlineScripts, algoliaAppId: options.algoliaAppId}),
      );
    },
  };
}
