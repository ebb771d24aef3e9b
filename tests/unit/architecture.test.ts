import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
/** Code that ends up in the browser bundle. */
const BROWSER_DIRS = ['src/components', 'src/hooks', 'src/theme', 'src/pages'];
/** Catalog modules that hold only plain data and types. */
const BROWSER_SAFE_CATALOG = new Set(['types', 'categories', 'template']);

function sourceFiles(dir: string): string[] {
  const absolute = path.join(ROOT, dir);
  if (!fs.existsSync(absolute)) return [];
  return fs.readdirSync(absolute, {recursive: true, encoding: 'utf8'})
    .filter((file) => /\.(tsx?|jsx?)$/.test(file))
    .map((file) => path.join(dir, file));
}

describe('architecture', () => {
  it('keeps Node-only code (fs, schema validation, plugins) out of the browser bundle', () => {
    const offences: string[] = [];
    for (const file of BROWSER_DIRS.flatMap(sourceFiles)) {
      const source = fs.readFileSync(path.join(ROOT, file), 'utf8');
      for (const match of source.matchAll(/^import\s+(type\s+)?[^'"]*?from\s+'([^']+)'/gm)) {
        const [, typeOnly, specifier] = match as unknown as [string, string | undefined, string];
        if (typeOnly) continue;
        const catalogModule = /src\/catalog\/([\w-]+)$/.exec(specifier)?.[1];
        const nodeOnly =
          specifier.startsWith('node:') ||
          ['fs', 'path', 'zod', 'js-yaml', 'unified'].includes(specifier) ||
          specifier.includes('src/plugins/') ||
          (catalogModule !== undefined && !BROWSER_SAFE_CATALOG.has(catalogModule));
        if (nodeOnly) offences.push(`${file} imports ${specifier}`);
      }
    }
    assert.deepEqual(offences, []);
  });

  it('checks a real set of browser files', () => {
    assert.ok(BROWSER_DIRS.flatMap(sourceFiles).length >= 8);
  });
});
