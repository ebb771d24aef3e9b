import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The valid three-page catalog in tests/fixtures/catalog. */
export const FIXTURE_SITE = path.resolve(__dirname, '..', 'fixtures', 'catalog');

/**
 * A temporary copy of the fixture site, changed by `edit`, for a test that needs one broken
 * page. Returns the site directory; it lives in the OS temp folder.
 */
export function fixtureSite(edit: (docsDir: string) => void = () => {}): string {
  const siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sesam-patterns-fixture-'));
  fs.cpSync(FIXTURE_SITE, siteDir, {recursive: true});
  edit(path.join(siteDir, 'docs'));
  return siteDir;
}

/** Replace `search` in a page of the fixture copy; fails loudly if it is not there. */
export function rewrite(docsDir: string, file: string, search: string | RegExp, replacement: string): void {
  const target = path.join(docsDir, file);
  const source = fs.readFileSync(target, 'utf8');
  const changed = source.replace(search, replacement);
  if (changed === source) throw new Error(`fixture edit did not apply: ${String(search)} in ${file}`);
  fs.writeFileSync(target, changed);
}
