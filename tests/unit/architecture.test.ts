import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {moduleReferences} from '../support/imports';

const ROOT = path.resolve(__dirname, '..', '..');
/**
 * The folders whose code may reach the browser bundle. Everything else under src/ is Node
 * only (build-time plugins, the catalog model, the reference, the config), like a Docusaurus
 * package's code outside its `src/client/`.
 */
const BROWSER_DIRS = [
  'src/components',
  'src/hooks',
  'src/theme',
  'src/client',
  'src/catalog/client',
  'src/finder/client',
  'src/search/client',
  'src/search/theme',
  'src/pages',
];
/** Packages that must not reach the browser, even from a browser folder. */
const NODE_ONLY_PACKAGES = [
  'zod',
  'js-yaml',
  'unified',
  'algoliasearch',
  'node-html-parser',
  'jsonc-parser',
  'typescript',
  'elkjs',
];

function sourceFiles(dir: string): string[] {
  const absolute = path.join(ROOT, dir);
  if (!fs.existsSync(absolute)) return [];
  return fs
    .readdirSync(absolute, {recursive: true, encoding: 'utf8'})
    .filter((file) => /\.(tsx?|jsx?|mjs|cjs)$/.test(file))
    .map((file) => path.join(dir, file));
}

/** The import as a path from the project root (without extension), or the package name. */
function resolveImport(file: string, specifier: string): string {
  if (specifier.startsWith('.')) return path.relative(ROOT, path.resolve(ROOT, path.dirname(file), specifier));
  if (specifier.startsWith('@site/')) return specifier.slice('@site/'.length);
  return specifier;
}

const inBrowserDir = (target: string) => BROWSER_DIRS.some((dir) => target === dir || target.startsWith(`${dir}/`));

/** Whether browser code may load `target` at run time. */
function isNodeOnly(target: string): boolean {
  if (target.startsWith('node:') || NODE_ONLY_PACKAGES.includes(target.split('/')[0]!)) return true;
  if (['fs', 'path', 'os', 'child_process', 'crypto', 'url', 'zlib'].includes(target)) return true;
  // The site's own modules: only those in a browser folder.
  const own = ['src/', 'scripts/', 'tests/', 'docusaurus.config', 'sidebars'].some((prefix) =>
    target.startsWith(prefix),
  );
  return own && !inBrowserDir(target);
}

/** Run-time imports, in any form, from browser code to Node-only code. */
function offences(files: readonly string[], read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8')) {
  return files.flatMap((file) =>
    moduleReferences(file, read(file))
      .filter(({specifier, typeOnly}) => !typeOnly && isNodeOnly(resolveImport(file, specifier)))
      .map(({specifier, line}) => `${file}:${line} imports ${specifier}`),
  );
}

describe('architecture', () => {
  const files = BROWSER_DIRS.flatMap(sourceFiles);

  it('keeps Node-only code (fs, schema validation, plugins, the catalog model) out of every browser folder', () => {
    assert.deepEqual(offences(files), []);
  });

  it('catches every import form, and lets types through', () => {
    const file = 'src/hooks/x.ts';
    const source = [
      "import {loadCatalog} from '../catalog/load';",
      "import '@site/src/plugins/patterns/derive';",
      "export {checkExample} from '@site/src/reference/example-checker';",
      "const lazy = () => import('../catalog/schema');",
      "const yaml = require('js-yaml');",
      "import fs from 'node:fs';",
      "import type {Catalog} from '../catalog/load';",
      "import {type PatternMap} from '../catalog/map';",
      "export type {LinkTable} from '../catalog/link-table';",
      "type T = import('../catalog/graph').Edge;",
      "import {search} from '../catalog/client/search';",
      "import React from 'react';",
    ].join('\n');
    assert.deepEqual(
      offences([file], () => source),
      [
        `${file}:1 imports ../catalog/load`,
        `${file}:2 imports @site/src/plugins/patterns/derive`,
        `${file}:3 imports @site/src/reference/example-checker`,
        `${file}:4 imports ../catalog/schema`,
        `${file}:5 imports js-yaml`,
        `${file}:6 imports node:fs`,
      ],
    );
  });

  it('checks a real set of browser files, in every browser folder that exists', () => {
    assert.ok(files.length >= 30, `${files.length} files`);
    for (const dir of BROWSER_DIRS.filter((d) => fs.existsSync(path.join(ROOT, d))))
      assert.ok(
        files.some((file) => file.startsWith(`${dir}/`)),
        `${dir} has files`,
      );
  });
});

describe('the generated files folder', () => {
  it('is named only by Docusaurus: the site code takes its place from the plugin context', () => {
    const files = [...sourceFiles('src'), 'docusaurus.config.ts', 'sidebars.ts'];
    // `.docusaurus` as a folder name, not `window.docusaurus` (the client API) or a spread.
    const literal = /(^|[\s'"`/(])\.docusaurus\b/;
    const offenders = files.filter((file) =>
      fs
        .readFileSync(path.join(ROOT, file), 'utf8')
        .split('\n')
        .some((line) => literal.test(line)),
    );
    assert.deepEqual(offenders, []);
  });
});
