// Filter latency per keystroke on the index, on this site's build and on a generated
// 1,000-pattern site. Run: npm run bench:filter (npm run bench measures it too, with the rest).
// A benchmark, not a test: it prints figures and exits 0.
import fs from 'node:fs';
import path from 'node:path';
import {measureFilterLatency, type FilterLatency} from './filter';
import {buildSite, generateSite} from './generated-site';
import {TARGETS} from './report';

async function main(): Promise<void> {
  const builtSite = path.resolve(__dirname, '..', '..', 'build');
  if (!fs.existsSync(path.join(builtSite, 'index.html'))) throw new Error('Run `npm run build` first.');
  const rows: (FilterLatency & {site: string; buildSeconds?: number})[] = [
    {site: 'this site', ...(await measureFilterLatency(builtSite))},
  ];

  // BENCH_PATTERNS=0 measures this site only (the generated build takes about two minutes).
  const total = Number(process.env.BENCH_PATTERNS ?? 1000);
  if (total > 0) {
    const generated = generateSite(total);
    try {
      const buildSeconds = buildSite(generated);
      rows.push({
        site: `generated (${total})`,
        buildSeconds,
        ...(await measureFilterLatency(path.join(generated, 'build'))),
      });
    } finally {
      fs.rmSync(generated, {recursive: true, force: true});
    }
  }

  console.log('Filter latency per keystroke (input event -> render + layout), Chromium headless');
  console.table(
    rows.map((r) => ({
      site: r.site,
      patterns: r.patterns,
      keystrokes: r.keystrokes,
      'median ms': r.medianMs.toFixed(2),
      'p95 ms': r.p95Ms.toFixed(2),
      'max ms': r.maxMs.toFixed(2),
      'build s': r.buildSeconds?.toFixed(1) ?? '',
    })),
  );
  const worst = rows.at(-1)!;
  console.log(
    `Verdict: p95 ${worst.p95Ms.toFixed(1)} ms at ${worst.patterns} patterns; target under ${TARGETS.scaleFilterP95Ms} ms: ${worst.p95Ms < TARGETS.scaleFilterP95Ms ? 'met' : 'missed'}.`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
