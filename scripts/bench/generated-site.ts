import fs from 'node:fs';
import path from 'node:path';
import {copySite, docusaurusBuild} from '../harness/build-copy';

/**
 * A copy of this site grown to `total` patterns: the real 38 plus generated pages that reuse
 * a real page's body (so cross-links stay valid) under a new label, title and order. It has
 * its own node_modules/.cache, so its build neither reuses nor fills this checkout's caches.
 */
export function generateSite(total: number): string {
  const siteDir = copySite(`sesam-patterns-${total}-`, {ownCache: true});
  const docsDir = path.join(siteDir, 'docs');
  const pages = fs
    .readdirSync(docsDir)
    .filter((file) => file.endsWith('.mdx'))
    .sort();
  for (let n = pages.length; n < total; n += 1) {
    const source = fs.readFileSync(path.join(docsDir, pages[n % pages.length]!), 'utf8');
    const label = `generated-${String(n).padStart(4, '0')}-pattern`;
    const page = source
      .replace(/^label: .*$/m, `label: ${label}`)
      .replace(/^title: (.*) pattern$/m, `title: $1 variant ${n} pattern`)
      .replace(/^order: .*$/m, `order: ${1000 + n}`);
    fs.writeFileSync(path.join(docsDir, `${label}.mdx`), page);
  }
  return siteDir;
}

/**
 * `docusaurus build` of a site folder; returns the wall-clock seconds. It runs in the site
 * folder because Rspack puts its persistent cache under `<cwd>/node_modules/.cache`.
 */
export function buildSite(siteDir: string): number {
  const started = process.hrtime.bigint();
  const result = docusaurusBuild([siteDir], {}, siteDir);
  if (result.status !== 0) throw new Error(`build of ${siteDir} failed:\n${result.stdout}\n${result.stderr}`);
  return Number(process.hrtime.bigint() - started) / 1e9;
}

/**
 * What `docusaurus clear` removes: the generated files, the build and the bundler's (and our
 * social cards') cache. Only for site folders with a node_modules of their own: through a
 * symlinked node_modules it would empty this checkout's cache.
 */
export function clearSite(siteDir: string): void {
  const nodeModules = path.join(siteDir, 'node_modules');
  if (fs.lstatSync(nodeModules).isSymbolicLink()) {
    throw new Error(`${siteDir} shares node_modules with this checkout; clearing it would empty our cache.`);
  }
  for (const name of ['.docusaurus', 'build', 'node_modules/.cache']) {
    fs.rmSync(path.join(siteDir, name), {recursive: true, force: true});
  }
}

/** A build from nothing, as after `docusaurus clear`; returns the wall-clock seconds. */
export function coldBuild(siteDir: string): number {
  clearSite(siteDir);
  return buildSite(siteDir);
}
