import fs from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {filesUnder} from '../build-files';
import {headersFile, inlineScriptsOf} from './headers';

export interface SecurityHeadersOptions {
  algoliaAppId?: string;
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
      for (const file of await filesUnder(outDir, '.html'))
        inlineScripts.push(...inlineScriptsOf(await fs.readFile(file, 'utf8')));
      await fs.writeFile(
        path.join(outDir, '_headers'),
        headersFile({baseUrl: context.baseUrl, inlineScripts, algoliaAppId: options.algoliaAppId}),
      );
    },
  };
}
