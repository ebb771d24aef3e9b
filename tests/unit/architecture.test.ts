import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
/** Code that ends up in the browser bundle. */
const BROWSER_DIRS = ['src/components', 'src/hooks', 'src/theme', 'src/pages'];
/** Catalog modules that hold only plain data, types and pure functions. */
const BROWSER_SAFE_CATALOG = new Set([
  'src/catalog/types',
  'src/catalog/categories',
  'src/catalog/template',
  'src/catalog/search',
  'src/catalog/suggest',
]);
const NODE_ONLY_PACKAGES = ['fs', 'path', 'zod', 'js-yaml', 'unified', 'algoliasearch', 'node-html-parser'];

function sourceFiles(dir: string): string[] {
  const absolute = path.join(ROOT, dir);
  if (!fs.existsSync(absolute)) return [];
  return fs
    .readdirSync(absolute, {recursive: true, encoding: 'utf8'})
    .filter((file) => /\.(tsx?|jsx?)$/.test(file))
    .map((file) => path.join(dir, file));
}

/** The import as a path from the project root (without extension), or the package name. */
function resolveImport(file: string, specifier: string): string {
  if (specifier.startsWith('.')) return path.relative(ROOT, path.resolve(ROOT, path.dirname(file), specifier));
  if (specifier.startsWith('@site/')) return specifier.slice('@site/'.length);
  return specifier;
}

function isNodeOnly(target: string): boolean {
  if (target.startsWith('node:') || NODE_ONLY_PACKAGES.includes(target)) return true;
  if (target.startsWith('src/catalog/')) return !BROWSER_SAFE_CATALOG.has(target.replace(/\.tsx?$/, ''));
  // src/reference/ holds the whole page list and vocabulary of the Sesam documentation: build-time
  // data that pages receive already resolved, never something to ship.
  return ['src/plugins/', 'src/config/', 'src/reference/', 'scripts/'].some((prefix) => target.startsWith(prefix));
}

describe('architecture', () => {
  const files = BROWSER_DIRS.flatMap(sourceFiles);

  it('keeps Node-only code (fs, schema validation, plugins, scripts) out of the browser bundle', () => {
    const offences: string[] = [];
    for (const file of files) {
      const source = fs.readFileSync(path.join(ROOT, file), 'utf8');
      for (const [, typeOnly, specifier] of source.matchAll(/^import\s+(type\s+)?[^'"]*?from\s+'([^']+)'/gm)) {
        if (!typeOnly && isNodeOnly(resolveImport(file, specifier!))) offences.push(`${file} imports ${specifier}`);
      }
    }
    assert.deepEqual(offences, []);
  });

  it('recognises an offending import', () => {
    assert.ok(isNodeOnly(resolveImport('src/hooks/x.ts', '../catalog/load')));
    assert.ok(isNodeOnly(resolveImport('src/components/X/index.tsx', '@site/src/plugins/patterns/derive')));
    assert.ok(!isNodeOnly(resolveImport('src/hooks/x.ts', '../catalog/search')));
    assert.ok(isNodeOnly(resolveImport('src/components/X/index.tsx', '@site/src/reference/example-checker')));
  });

  it('checks a real set of browser files', () => {
    assert.ok(files.length >= 10, `${files.length} files`);
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
