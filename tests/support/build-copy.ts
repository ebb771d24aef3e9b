import {spawnSync, type SpawnSyncReturns} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const SITE_FILES = ['docusaurus.config.ts', 'sidebars.ts', 'tsconfig.json', 'package.json', 'docs', 'src', 'static'];

/** A throw-away copy of this site (sharing node_modules), for builds with changed content. */
export function copySite(prefix = 'sesam-patterns-site-'): string {
  const siteDir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const name of SITE_FILES) fs.cpSync(path.join(ROOT, name), path.join(siteDir, name), {recursive: true});
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(siteDir, 'node_modules'));
  return siteDir;
}

/** `docusaurus build <args>` with extra environment variables, output captured. */
export function docusaurusBuild(args: string[], env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  return spawnSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'build', ...args],
    {
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
