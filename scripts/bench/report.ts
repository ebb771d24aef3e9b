// Turns the figures into what people read: side-by-side tables (ours | blank | ratio), the
// verdict against the targets, a Markdown table for the README, and the JSON it comes from.
import type {FormFactor, LighthouseFigures} from './lighthouse';
import type {Bytes, PageWeight} from './page-weight';
import type {ScaleFigures} from './scale';
import {SITE} from '../../src/config/site';

export type SiteName = 'ours' | 'blank';
export const PAGE_ROLES = ['home', 'doc', 'map', 'finder'] as const;
export type PageRole = (typeof PAGE_ROLES)[number];
const ROLE_NAMES: Record<PageRole, string> = {
  home: 'home page',
  doc: 'pattern / doc page (the longest)',
  map: 'pattern map',
  finder: 'pattern finder',
};

export interface PageFigures {
  path: string;
  weight: PageWeight;
  /** Median-of-N Lighthouse figures; absent with --skip-lighthouse. */
  lighthouse?: Record<FormFactor, LighthouseFigures>;
}

export interface SiteFigures {
  /** Median of the cold builds, and each of them. */
  buildSeconds: number;
  buildRuns: number[];
  /** Scripts of the build that hold DTL evaluator code (ours only; none is the target). */
  evaluatorScripts?: number;
  /** The blank site has a home and a doc page only. */
  pages: Partial<Record<PageRole, PageFigures>>;
}

export interface Check {
  id: string;
  target: string;
  measured: string;
  status: 'PASS' | 'MISS' | 'SKIP';
}

export interface Results {
  date: string;
  environment: Record<string, string | number>;
  options: {runs: number; sites: SiteName[]; scale: boolean; lighthouse: boolean};
  method: string[];
  sites: Partial<Record<SiteName, SiteFigures>>;
  scale?: ScaleFigures;
  verdict: Check[];
}

const LABELS: Record<SiteName, string> = {ours: SITE.title, blank: 'blank Docusaurus'};

/** The targets: checked by the verdict, shown in the README table. */
export const TARGETS = {
  /** Lighthouse mobile performance on every page: the median of the runs, and the worst run. */
  mobilePerformance: 98,
  mobilePerformanceWorstRun: 95,
  /** First-visit JS and CSS of the pattern page, gzip, in KiB. */
  patternPageJsKiB: 120,
  patternPageCssKiB: 10,
  /** JS of the pattern page at 1,000 patterns, as a multiple of the same page's at 38. */
  scalePatternPageJs: 1.3,
  /** Cold build, as a multiple of the blank site's. */
  coldBuild: 1.5,
  /** Cold build of the 1,000-pattern site, in seconds. */
  scaleBuildSeconds: 120,
  /** Index filter latency per keystroke at 1,000 patterns, p95, in ms. */
  scaleFilterP95Ms: 16,
} as const;
const SCORE_NAMES = {performance: 'perf', accessibility: 'a11y', 'best-practices': 'BP', seo: 'SEO'} as const;

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (value: number) => `${Math.round(value)} ms`;
const count = (value: number) => value.toLocaleString('en-US');
const seconds = (value: number) => `${value.toFixed(1)} s`;
const ratio = (ours: number, blank: number, digits = 2) =>
  blank === 0 ? (ours === 0 ? '1.00×' : '–') : `${(ours / blank).toFixed(digits)}×`;
const scoreLine = (figures: LighthouseFigures) =>
  (Object.keys(SCORE_NAMES) as (keyof typeof SCORE_NAMES)[]).map((id) => figures.scores[id]).join(' / ');

// ---------------------------------------------------------------------------------------------
// The verdict

export function verdict(results: Omit<Results, 'verdict'>): Check[] {
  const {ours, blank} = results.sites;
  const checks: Check[] = [];
  const check = (id: string, target: string, measured: string | undefined, pass: boolean | undefined) =>
    checks.push(
      measured === undefined || pass === undefined
        ? {id, target, measured: 'not measured', status: 'SKIP'}
        : {id, target, measured, status: pass ? 'PASS' : 'MISS'},
    );
  const runs = results.options.runs;

  for (const role of PAGE_ROLES) {
    const page = ours?.pages[role];
    const where = page?.path ?? ROLE_NAMES[role];
    const mobile = page?.lighthouse?.mobile;
    const desktop = page?.lighthouse?.desktop;
    const worst = mobile && Math.min(...mobile.performanceRuns);
    check(
      `mobile-performance-${role}`,
      `Lighthouse mobile performance: median ≥ ${TARGETS.mobilePerformance}, every run ≥ ${TARGETS.mobilePerformanceWorstRun} on ${where} (${runs} runs)`,
      mobile && `${mobile.scores.performance} (runs: ${mobile.performanceRuns.join(', ')})`,
      mobile && mobile.scores.performance >= TARGETS.mobilePerformance && worst! >= TARGETS.mobilePerformanceWorstRun,
    );
    check(
      `mobile-others-${role}`,
      `Lighthouse mobile accessibility / best practices / SEO = 100 on ${where}`,
      mobile &&
        `${mobile.scores.accessibility} / ${mobile.scores['best-practices']} / ${mobile.scores.seo}` +
          (mobile.failing.length ? ` (failing: ${mobile.failing.join(', ')})` : ''),
      mobile &&
        mobile.scores.accessibility === 100 &&
        mobile.scores['best-practices'] === 100 &&
        mobile.scores.seo === 100,
    );
    check(
      `desktop-${role}`,
      `Lighthouse desktop perf / a11y / BP / SEO = 100 on ${where}`,
      desktop && scoreLine(desktop) + (desktop.failing.length ? ` (failing: ${desktop.failing.join(', ')})` : ''),
      desktop && Object.values(desktop.scores).every((score) => score === 100),
    );
  }

  const ourDoc = ours?.pages.doc?.weight;
  const blankJs = blank?.pages.doc?.weight.js.gzip;
  check(
    'pattern-page-js',
    `JS loaded by the pattern page ≤ ${TARGETS.patternPageJsKiB} KiB gzip`,
    ourDoc && kib(ourDoc.js.gzip) + (blankJs === undefined ? '' : ` (blank doc page ${kib(blankJs)})`),
    ourDoc && ourDoc.js.gzip <= TARGETS.patternPageJsKiB * 1024,
  );
  check(
    'pattern-page-css',
    `CSS loaded by the pattern page ≤ ${TARGETS.patternPageCssKiB} KiB gzip`,
    ourDoc && kib(ourDoc.css.gzip),
    ourDoc && ourDoc.css.gzip <= TARGETS.patternPageCssKiB * 1024,
  );
  const both = ours && blank;
  check(
    'cold-build',
    `Cold build ≤ ${TARGETS.coldBuild} × the blank site’s (median of ${runs})`,
    both
      ? `${seconds(ours.buildSeconds)} vs ${seconds(blank.buildSeconds)} = ${ratio(ours.buildSeconds, blank.buildSeconds, 3)}`
      : undefined,
    both ? ours.buildSeconds <= TARGETS.coldBuild * blank.buildSeconds : undefined,
  );
  check(
    'no-evaluator-in-pages',
    'No script of the built site holds the DTL evaluator (worked examples are computed at build time)',
    ours?.evaluatorScripts === undefined ? undefined : `${ours.evaluatorScripts} scripts`,
    ours?.evaluatorScripts === undefined ? undefined : ours.evaluatorScripts === 0,
  );
  const scale = results.scale;
  check(
    'scale-build',
    `Build with 1,000 patterns < ${TARGETS.scaleBuildSeconds} s (cold)`,
    scale && seconds(scale.buildSeconds),
    scale && scale.buildSeconds < TARGETS.scaleBuildSeconds,
  );
  check(
    'scale-filter',
    `Filter < ${TARGETS.scaleFilterP95Ms} ms per keystroke at 1,000 patterns (p95)`,
    scale && `p95 ${scale.filter.p95Ms.toFixed(1)} ms (median ${scale.filter.medianMs.toFixed(1)} ms)`,
    scale && scale.filter.p95Ms < TARGETS.scaleFilterP95Ms,
  );
  const scaleDoc = scale?.weights[1];
  check(
    'scale-pattern-page-js',
    `JS of the pattern page at 1,000 patterns ≤ ${TARGETS.scalePatternPageJs} × at 38`,
    scaleDoc &&
      ourDoc &&
      `${kib(scaleDoc.js.gzip)} vs ${kib(ourDoc.js.gzip)} = ${ratio(scaleDoc.js.gzip, ourDoc.js.gzip, 3)}`,
    scaleDoc && ourDoc && scaleDoc.js.gzip <= TARGETS.scalePatternPageJs * ourDoc.js.gzip,
  );
  return checks;
}

// ---------------------------------------------------------------------------------------------
// Plain-text report

type Row = [string, string, string, string];

function table(title: string, rows: Row[]): string {
  const all: Row[] = [['', LABELS.ours, LABELS.blank, 'ratio'], ...rows];
  const widths = [0, 1, 2, 3].map((i) => Math.max(...all.map((row) => row[i]!.length)));
  const line = (row: Row) =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('   ');
  return [title, ...all.map((row) => `  ${line(row)}`)].join('\n');
}

/** A row of a figure that both sites have (or not, with --only). */
function row(
  label: string,
  sites: Results['sites'],
  value: (site: SiteFigures) => number | undefined,
  format: (value: number) => string,
  {withRatio = true} = {},
): Row {
  const ours = sites.ours && value(sites.ours);
  const blank = sites.blank && value(sites.blank);
  return [
    label,
    ours === undefined ? '–' : format(ours),
    blank === undefined ? '–' : format(blank),
    ours === undefined || blank === undefined || !withRatio ? '' : ratio(ours, blank),
  ];
}

function bytesRows(label: string, sites: Results['sites'], role: PageRole, pick: (w: PageWeight) => Bytes): Row[] {
  const weight = (s: SiteFigures) => s.pages[role]?.weight;
  return [
    row(`${label} raw`, sites, (s) => weight(s) && pick(weight(s)!).raw, kib),
    row(`${label} gzip`, sites, (s) => weight(s) && pick(weight(s)!).gzip, kib),
  ];
}

export function formatReport(results: Results): string {
  const {sites, scale, options} = results;
  const out: string[] = [];
  out.push(
    table(
      `Cold build (median of ${options.runs}; each: ${LABELS.ours} ${buildRunsText(sites.ours)}, ${LABELS.blank} ${buildRunsText(sites.blank)})`,
      [row('build', sites, (s) => s.buildSeconds, seconds)],
    ),
  );

  for (const role of PAGE_ROLES) {
    if (!sites.ours?.pages[role] && !sites.blank?.pages[role]) continue;
    const paths = (['ours', 'blank'] as const).map((name) => sites[name]?.pages[role]?.path ?? '–').join(' | ');
    out.push(
      table(`Page weight, ${ROLE_NAMES[role]} (${paths}), first visit after network idle`, [
        ...bytesRows('HTML', sites, role, (w) => w.html),
        ...bytesRows('JS', sites, role, (w) => w.js),
        row('  of which prefetched (gzip)', sites, (s) => s.pages[role]?.weight.prefetchedJs.gzip, kib),
        ...bytesRows('CSS', sites, role, (w) => w.css),
        row('scripts', sites, (s) => s.pages[role]?.weight.scripts, String),
        row('other (fonts, images, data) raw', sites, (s) => s.pages[role]?.weight.other.raw, kib),
      ]),
    );
    if (!(sites.ours ?? sites.blank)?.pages[role]?.lighthouse) continue;
    for (const form of ['mobile', 'desktop'] as const) {
      const lh = (s: SiteFigures) => s.pages[role]?.lighthouse?.[form];
      out.push(
        table(`Lighthouse ${form}, ${ROLE_NAMES[role]} (median of ${options.runs} by performance)`, [
          row('performance', sites, (s) => lh(s)?.scores.performance, String),
          row('accessibility', sites, (s) => lh(s)?.scores.accessibility, String),
          row('best practices', sites, (s) => lh(s)?.scores['best-practices'], String),
          row('SEO', sites, (s) => lh(s)?.scores.seo, String),
          row('FCP', sites, (s) => lh(s)?.fcpMs, ms),
          row('LCP', sites, (s) => lh(s)?.lcpMs, ms),
          row('TBT', sites, (s) => lh(s)?.tbtMs, ms),
          row('JS execution, busiest script', sites, (s) => lh(s)?.bootup[0]?.scriptingMs, ms),
          row(
            'CLS',
            sites,
            (s) => lh(s)?.cls,
            (v) => v.toFixed(3),
            {withRatio: false}, // a ratio of two near-zero shifts says nothing
          ),
          [
            'performance of each run',
            sites.ours ? (lh(sites.ours)?.performanceRuns.join(', ') ?? '') : '–',
            sites.blank ? (lh(sites.blank)?.performanceRuns.join(', ') ?? '') : '–',
            '',
          ],
        ]),
      );
    }
  }

  if (scale) {
    out.push(
      [
        `Scale: ${count(scale.patterns)} patterns`,
        `  cold build                     ${seconds(scale.buildSeconds)}`,
        `  index page (/) HTML            ${kib(scale.indexHtml.raw)} raw, ${kib(scale.indexHtml.gzip)} gzip`,
        `  filter latency per keystroke   median ${scale.filter.medianMs.toFixed(2)} ms, p95 ${scale.filter.p95Ms.toFixed(2)} ms, max ${scale.filter.maxMs.toFixed(2)} ms (${scale.filter.keystrokes} keystrokes)`,
        ...scale.weights.map(
          (w) =>
            `  first visit to ${w.path}: JS ${kib(w.js.gzip)} gzip (${w.scripts} scripts, ` +
            `${kib(w.prefetchedJs.gzip)} of it prefetched), CSS ${kib(w.css.gzip)}, HTML ${kib(w.html.gzip)}`,
        ),
      ].join('\n'),
    );
  }

  const width = Math.max(...results.verdict.map((c) => c.target.length));
  out.push(
    [
      'Verdict',
      ...results.verdict.map((c) => `  ${c.status.padEnd(4)}  ${c.target.padEnd(width)}  ${c.measured}`),
      `  ${summary(results.verdict)}`,
    ].join('\n'),
  );
  return out.join('\n\n');
}

function buildRunsText(site: SiteFigures | undefined): string {
  return site ? site.buildRuns.map((s) => s.toFixed(1)).join(', ') : '–';
}

export function summary(checks: Check[]): string {
  const count = (status: Check['status']) => checks.filter((c) => c.status === status).length;
  return `${count('PASS')} met, ${count('MISS')} missed, ${count('SKIP')} not measured`;
}

// ---------------------------------------------------------------------------------------------
// Markdown for the README

export function formatMarkdown(results: Results): string {
  const {sites, scale, verdict: checks, options} = results;
  const {ours, blank} = sites;
  const status = (id: string) => {
    const found = checks.find((c) => c.id === id)?.status;
    return found === 'PASS' ? '✅' : found === 'MISS' ? '❌' : '–';
  };
  const cell = (site: SiteFigures | undefined, value: (s: SiteFigures) => string | undefined) =>
    (site && value(site)) ?? '–';
  const lines = [`| Measure | ${LABELS.ours} | Blank Docusaurus | Target | Met |`, '| --- | --: | --: | --- | :-: |'];
  const add = (measure: string, o: string, b: string, target: string, met: string) =>
    lines.push(`| ${measure} | ${o} | ${b} | ${target} | ${met} |`);

  const build = ours && blank ? ` (${ratio(ours.buildSeconds, blank.buildSeconds)})` : '';
  add(
    'Cold build',
    cell(ours, (s) => seconds(s.buildSeconds)) + build,
    cell(blank, (s) => seconds(s.buildSeconds)),
    `≤ ${TARGETS.coldBuild}× blank`,
    status('cold-build'),
  );
  for (const role of PAGE_ROLES) {
    if (!ours?.pages[role]) continue;
    const name = ROLE_NAMES[role][0]!.toUpperCase() + ROLE_NAMES[role].slice(1);
    const blankPage = blank?.pages[role];
    const js = blankPage ? ` (${ratio(ours.pages[role].weight.js.gzip, blankPage.weight.js.gzip)})` : '';
    add(
      `${name}: JS / CSS / HTML, gzip`,
      weightCell(ours.pages[role].weight) + js,
      blankPage ? weightCell(blankPage.weight) : '–',
      role === 'doc' ? `JS ≤ ${TARGETS.patternPageJsKiB} KiB, CSS ≤ ${TARGETS.patternPageCssKiB} KiB` : '',
      role === 'doc' ? `${status('pattern-page-js')} ${status('pattern-page-css')}` : '',
    );
  }
  for (const form of ['mobile', 'desktop'] as const) {
    for (const role of PAGE_ROLES) {
      if (!ours?.pages[role]) continue;
      const name = ROLE_NAMES[role];
      const lh = (s: SiteFigures) => s.pages[role]?.lighthouse?.[form];
      const met =
        form === 'mobile'
          ? `${status(`mobile-performance-${role}`)} ${status(`mobile-others-${role}`)}`
          : status(`desktop-${role}`);
      add(
        `Lighthouse ${form}, ${name}: perf / a11y / BP / SEO`,
        cell(ours, (s) => lh(s) && scoreLine(lh(s)!)),
        cell(blank, (s) => lh(s) && scoreLine(lh(s)!)),
        form === 'mobile'
          ? `median ≥ ${TARGETS.mobilePerformance}, runs ≥ ${TARGETS.mobilePerformanceWorstRun} / 100 / 100 / 100`
          : '100 / 100 / 100 / 100',
        met,
      );
      add(
        `Lighthouse ${form}, ${name}: LCP / TBT / CLS`,
        cell(ours, (s) => lh(s) && metricsCell(lh(s)!)),
        cell(blank, (s) => lh(s) && metricsCell(lh(s)!)),
        '',
        '',
      );
    }
  }
  if (scale) {
    add(
      `${count(scale.patterns)} patterns: cold build`,
      seconds(scale.buildSeconds),
      '',
      `< ${TARGETS.scaleBuildSeconds} s`,
      status('scale-build'),
    );
    add(
      `${count(scale.patterns)} patterns: index HTML, raw / gzip`,
      `${kib(scale.indexHtml.raw)} / ${kib(scale.indexHtml.gzip)}`,
      '',
      '',
      '',
    );
    add(
      `${count(scale.patterns)} patterns: JS on the home / pattern page, gzip`,
      scale.weights.map((w) => kib(w.js.gzip)).join(' / '),
      '',
      `pattern page ≤ ${TARGETS.scalePatternPageJs}× at 38`,
      status('scale-pattern-page-js'),
    );
    add(
      `${count(scale.patterns)} patterns: filter per keystroke, median / p95`,
      `${scale.filter.medianMs.toFixed(1)} / ${scale.filter.p95Ms.toFixed(1)} ms`,
      '',
      `p95 < ${TARGETS.scaleFilterP95Ms} ms`,
      status('scale-filter'),
    );
  }
  lines.push(
    '',
    `Lighthouse ${results.environment.lighthouse} in Chromium ${results.environment.chromium}, median of ${options.runs} runs; ${results.environment.cpus}, Node ${results.environment.node}, ${results.date.slice(0, 10)}.`,
  );
  return lines.join('\n');
}

const weightCell = (w: PageWeight) => `${kib(w.js.gzip)} / ${kib(w.css.gzip)} / ${kib(w.html.gzip)}`;
const metricsCell = (lh: LighthouseFigures) => `${ms(lh.lcpMs)} / ${ms(lh.tbtMs)} / ${lh.cls.toFixed(3)}`;
