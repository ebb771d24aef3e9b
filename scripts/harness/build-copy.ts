import {spawnSync, type SpawnSyncReturns} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** This checkout: the site the tests and benchmarks build. */
export const ROOT = path.resolve(__dirname, '..', '..');
const SITE_FILES = ['docusaurus.config.ts', 'sidebars.ts', 'tsconfig.json', 'package.json', 'docs', 'src', 'static'];

export interface LinkOptions {
  /**
   * Give the copy its own, empty `node_modules/.cache` (the Rspack persistent cache and the
   * social cards live there), for cold builds that must neither reuse nor change this
   * checkout's caches. It links each package instead of the whole folder.
   */
  ownCache?: boolean;
}

/** Let a site folder use this site's packages (the same Docusaurus), without installing any. */
export function linkNodeModules(siteDir: string, {ownCache = false}: LinkOptions = {}): void {
  const from = path.join(ROOT, 'node_modules');
  const to = path.join(siteDir, 'node_modules');
  if (!ownCache) {
    fs.symlinkSync(from, to);
    return;
  }
  fs.mkdirSync(to);
  for (const name of fs.readdirSync(from)) {
    if (name !== '.cache') fs.symlinkSync(path.join(from, name), path.join(to, name));
  }
}

/** A throw-away copy of this site (sharing node_modules), for builds with changed content. */
export function copySite(prefix = 'sesam-patterns-site-', options: LinkOptions = {}): string {
  const siteDir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const name of SITE_FILES) fs.cpSync(path.join(ROOT, name), path.join(siteDir, name), {recursive: true});
  linkNodeModules(siteDir, options);
  return siteDir;
}

/**
 * `docusaurus build <args>` with extra environment variables, output captured. Rspack keeps its
 * persistent cache under `<cwd>/node_modules/.cache`, so pass the site folder as `cwd` to keep
 * a copy's cache with the copy.
 */
export function docusaurusBuild(args: string[], env: NodeJS.ProcessEnv = {}, cwd?: string): SpawnSyncReturns<string> {
  return spawnSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'build', ...args],
    {
      cwd,
      encoding: 'utf8',
      env: {...process.env, ...env, FORCE_COLOR: '0'},
    },
  );
}

/**
 * Run the real `docusaurus build` on a copy of this site with one change to its pages and
 * extra environment variables; `inspect` looks at the output before the copy is removed.
 */
export function buildCopy(
  edit: (docsDir: string) => void,
  env: NodeJS.ProcessEnv = {},
  inspect: (buildDir: string) => void = () => {},
): {status: number | null; output: string} {
  const siteDir = copySite();
  edit(path.join(siteDir, 'docs'));
  const result = docusaurusBuild([siteDir], env);
  try {
    if (result.status === 0) inspect(path.join(siteDir, 'build'));
  } finally {
    fs.rmSync(siteDir, {recursive: true, force: true});
  }
  return {status: result.status, output: `${result.stdout}\n${result.stderr}`};
}

/** Build this site into `outDir` with extra environment variables (e.g. another BASE_URL). */
export function buildInto(outDir: string, env: NodeJS.ProcessEnv): void {
  const result = docusaurusBuild(['--out-dir', outDir, ROOT], env);
  if (result.status !== 0) throw new Error(`build into ${outDir} failed:\n${result.stdout}\n${result.stderr}`);
}
