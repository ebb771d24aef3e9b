import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {aliasOrigins, type ClientManifest, type NamedChunkGroup} from './manifest';

const NAME = 'sesam-page-scripts';

/** The part of a webpack or Rspack compiler this plugin uses. */
interface Compiler {
  hooks: {
    afterEmit: {
      tap(name: string, fn: (compilation: {namedChunkGroups: Iterable<[string, NamedChunkGroup]>}) => void): void;
    };
  };
}

/**
 * Every page's own scripts named in its HTML. Docusaurus writes only `runtime~main` and `main`
 * into a page: its build manifest keys a route's chunks by chunk name, while the server render
 * reports the modules it used by import path, so no page chunk is ever found. The browser then
 * learns of them only once `main.js` has run, fetches them one round trip later and adds a
 * `<script>` for each while `main.js` is still evaluating (11 ms of appends on a desktop CPU,
 * measured with a CPU profile). This adds the import paths to the manifest after the client
 * build writes it, so Docusaurus' own template lists the page's chunks as deferred scripts; the
 * webpack runtime finds those tags and waits for them instead of adding new ones. The
 * manifest's keys and the names the render reports are internals, both of them
 * checked against Docusaurus 3.10.2 (tests/unit/docusaurus-couplings.test.ts fails on an upgrade).
 */
export default function pageScriptsPlugin(context: LoadContext): Plugin {
  const manifestFile = path.join(context.generatedFilesDir, 'client-manifest.json');
  return {
    name: NAME,
    configureWebpack: (config, isServer) =>
      isServer || config.mode !== 'production'
        ? {}
        : {
            plugins: [
              {
                apply(compiler: Compiler) {
                  compiler.hooks.afterEmit.tap(NAME, ({namedChunkGroups}) => {
                    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as ClientManifest;
                    fs.writeFileSync(manifestFile, JSON.stringify(aliasOrigins(manifest, namedChunkGroups)));
                  });
                },
              },
            ],
          },
  };
}
