// npm run bench: how this site compares with a blank Docusaurus site, built and measured in
// the same run, and how it holds up at 1,000 patterns. A benchmark, not a test: it prints the
// figures and a verdict against the targets and exits 0 unless it could not measure.
//
//   npm run bench                       everything (40-60 minutes on 2 cores: 5 Lighthouse runs a figure)
//   npm run bench -- --skip-scale       without the 1,000-pattern site
//   npm run bench -- --runs 1           one cold build and one Lighthouse run per figure (default 5)
//   npm run bench -- --only ours        this site only (no ratios)
//   npm run bench -- --skip-lighthouse  builds and page weight only
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {launchBrowser} from '../harness/browser';
import {copySite, ROOT} from '../harness/build-copy';
import {serveBuild, type StaticServer} from '../harness/server';
import {generateBlankSite, longestPage, ourPages} from './blank-site';
import {coldBuild} from './generated-site';
import {FORM_FACTORS, medianRun, runLighthouse, type FormFactor, type LighthouseRun} from './lighthouse';
import {measurePageWeights, VIEWPORT, type PageWeight} from './page-weight';
import {
  formatMarkdown,
  formatReport,
  PAGE_ROLES,
  summary,
  verdict,
  type PageFigures,
  type PageRole,
  type Results,
  type SiteName,
} from './report';
import {measureScale} from './scale';
import {GZIP_LEVEL, median} from './stats';
import {NOT_COVERED} from '../../src/dtl/evaluate';

const SCALE_PATTERNS = 1000;
const RESULTS_FILE = path.join(ROOT, 'bench-results', 'latest.json');

// The pages measured: each site's home page and its longest doc page (same label and size on
// both), and our map and finder, which the blank site has no match for.
const LONGEST = longestPage(ourPages());
const PAGES: Record<SiteName, Partial<Record<PageRole, string>>> = {
  ours: {home: '/', doc: `/patterns/${LONGEST}`, map: '/map', finder: '/finder'},
  blank: {home: '/', doc: `/docs/${LONGEST}`},
};
const rolesOf = (site: SiteName) => PAGE_ROLES.filter((role) => PAGES[site][role] !== undefined);

/** The build's scripts that carry the DTL evaluator: they hold the words of its errors. */
function evaluatorScripts(buildDir: string): number {
  const js = path.join(buildDir, 'assets', 'js');
  return fs.readdirSync(js).filter((f) => fs.readFileSync(path.join(js, f), 'utf8').includes(NOT_COVERED)).length;
}

function options() {
  const {values} = parseArgs({
    options: {
      runs: {type: 'string', default: '5'},
      only: {type: 'string'},
      'skip-scale': {type: 'boolean', default: false},
      'skip-lighthouse': {type: 'boolean', default: false},
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number ≥ 1, not ${values.runs}`);
  if (values.only !== undefined && values.only !== 'ours' && values.only !== 'blank') {
    throw new Error(`--only takes ours or blank, not ${values.only}`);
  }
  return {
    runs,
    sites: (values.only ? [values.only] : ['ours', 'blank']) as SiteName[],
    scale: !values['skip-scale'],
    lighthouse: !values['skip-lighthouse'],
  };
}

const log = (line: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`);

// Temporary site folders go, however the run ends (Ctrl+C included).
const tempDirs: string[] = [];
process.on('exit', () => {
  for (const dir of tempDirs) fs.rmSync(dir, {recursive: true, force: true});
});
process.on('SIGINT', () => process.exit(130));

async function main(): Promise<void> {
  const opts = options();
  const started = Date.now();
  // The default configuration is what we compare: no base path, no Algolia from this shell.
  for (const name of ['BASE_URL', 'ALGOLIA_APP_ID', 'ALGOLIA_SEARCH_API_KEY', 'ALGOLIA_INDEX_NAME']) {
    delete process.env[name];
  }
  const loadAtStart = os.loadavg()[0]!;

  // Copies with their own empty caches: a cold build here neither reuses nor clears ours.
  const dirs: Partial<Record<SiteName, string>> = {};
  if (opts.sites.includes('ours')) dirs.ours = copySite('sesam-patterns-bench-', {ownCache: true});
  if (opts.sites.includes('blank')) dirs.blank = generateBlankSite(ourPages());
  tempDirs.push(...Object.values(dirs));

  // Cold builds, alternating between the sites so that a busy spell hits both.
  const buildRuns: Partial<Record<SiteName, number[]>> = {};
  for (let run = 1; run <= opts.runs; run += 1) {
    for (const site of opts.sites) {
      log(`Cold build ${run}/${opts.runs}: ${site}`);
      (buildRuns[site] ??= []).push(coldBuild(dirs[site]!));
    }
  }

  const servers: Partial<Record<SiteName, StaticServer>> = {};
  const results: Omit<Results, 'verdict'> = {
    date: new Date().toISOString(),
    environment: {},
    options: opts,
    method: [
      `Cold build: a copy of the site with its own node_modules/.cache, cleared as by \`docusaurus clear\` before each build; median of ${opts.runs}.`,
      'Serving: each build on 127.0.0.1, gzip-compressed as static hosts serve it.',
      `Page weight: every response headless Chromium (${VIEWPORT.width}×${VIEWPORT.height}) receives until the network is idle, prefetched chunks included, each URL once; gzip level ${GZIP_LEVEL} of each body.`,
      `Lighthouse: default (mobile) and desktop configs, fresh Chromium per run; the run with the median performance score of ${opts.runs}, and its metrics.`,
      `Blank site: create-docusaurus ${packageVersion('create-docusaurus')} classic-typescript + shared template, its docs replaced by generated pages of the same sizes as ours, built with our node_modules.`,
    ],
    sites: {},
  };
  try {
    // Gzipped, as any static host or CDN serves a site: Lighthouse's simulated network counts bytes sent.
    for (const site of opts.sites) servers[site] = await serveBuild(path.join(dirs[site]!, 'build'), {compress: true});

    const weights: Partial<Record<SiteName, PageWeight[]>> = {};
    for (const site of opts.sites) {
      log(`Page weight: ${site}`);
      weights[site] = await measurePageWeights(
        servers[site]!.url,
        rolesOf(site).map((role) => PAGES[site][role]!),
      );
    }

    // Lighthouse, interleaved (run, site, page, form factor) so that noise spreads evenly.
    const lhRuns: Partial<Record<SiteName, Partial<Record<PageRole, Record<FormFactor, LighthouseRun[]>>>>> = {};
    if (opts.lighthouse) {
      for (let run = 1; run <= opts.runs; run += 1) {
        for (const site of opts.sites) {
          for (const role of rolesOf(site)) {
            for (const form of FORM_FACTORS) {
              log(`Lighthouse ${run}/${opts.runs}: ${site} ${PAGES[site][role]} ${form}`);
              const figures = await runLighthouse(servers[site]!.url + PAGES[site][role]!, form);
              const perRole = ((lhRuns[site] ??= {})[role] ??= {mobile: [], desktop: []});
              perRole[form].push(figures);
            }
          }
        }
      }
    }

    for (const site of opts.sites) {
      const lighthouseOf = (role: PageRole) => {
        const runs = lhRuns[site]?.[role];
        return runs && {mobile: medianRun(runs.mobile), desktop: medianRun(runs.desktop)};
      };
      const pages: Partial<Record<PageRole, PageFigures>> = {};
      rolesOf(site).forEach((role, i) => {
        pages[role] = {path: PAGES[site][role]!, weight: weights[site]![i]!, lighthouse: lighthouseOf(role)};
      });
      results.sites[site] = {
        buildSeconds: median(buildRuns[site]!),
        buildRuns: buildRuns[site]!,
        ...(site === 'ours' ? {evaluatorScripts: evaluatorScripts(path.join(dirs[site]!, 'build'))} : {}),
        pages,
      };
    }
  } finally {
    await Promise.all(Object.values(servers).map((server) => server.close()));
  }

  if (opts.scale) results.scale = await measureScale(SCALE_PATTERNS, PAGES.ours.doc!, log);

  const browser = await launchBrowser();
  const chromium = browser.version();
  await browser.close();
  results.environment = {
    chromium,
    cpus: `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}`,
    node: process.versions.node,
    docusaurus: packageVersion('@docusaurus/core'),
    lighthouse: packageVersion('lighthouse'),
    loadAverageAtStart: Number(loadAtStart.toFixed(2)),
    loadAverageAtEnd: Number(os.loadavg()[0]!.toFixed(2)),
    durationSeconds: Math.round((Date.now() - started) / 1000),
  };
  const full: Results = {...results, verdict: verdict(results)};

  fs.mkdirSync(path.dirname(RESULTS_FILE), {recursive: true});
  fs.writeFileSync(RESULTS_FILE, `${JSON.stringify(full, null, 2)}\n`);

  console.log(formatReport(full));
  console.log(`\nMarkdown for the README:\n\n${formatMarkdown(full)}\n`);
  console.log(
    `${summary(full.verdict)}. Took ${full.environment.durationSeconds} s; load average ${loadAtStart.toFixed(1)} at the start, ` +
      `${full.environment.loadAverageAtEnd} at the end (${os.cpus().length} CPUs). Full results: ${path.relative(process.cwd(), RESULTS_FILE)}`,
  );
}

function packageVersion(name: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
