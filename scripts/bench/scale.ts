// The catalog at 1,000 patterns: a cold build, the size of the index page that lists them all,
// and the index filter's latency per keystroke.
import fs from 'node:fs';
import path from 'node:path';
import {serveBuild} from '../harness/server';
import {measureFilterLatency, type FilterLatency} from './filter';
import {coldBuild, generateSite} from './generated-site';
import {measurePageWeights, type Bytes, type PageWeight} from './page-weight';
import {gzipBytes} from './stats';

export interface ScaleFigures {
  patterns: number;
  buildSeconds: number;
  /** build/index.html as written (the grid of every card is in the HTML). */
  indexHtml: Bytes;
  filter: FilterLatency;
  /** What a first visit to the home page and `docPath` loads, as for the 38-pattern site. */
  weights: PageWeight[];
}

export async function measureScale(
  patterns: number,
  docPath: string,
  log: (line: string) => void,
): Promise<ScaleFigures> {
  log(`Generating a ${patterns}-pattern site`);
  const siteDir = generateSite(patterns);
  try {
    log(`Cold build of the ${patterns}-pattern site (a few minutes)`);
    const buildSeconds = coldBuild(siteDir);
    const html = fs.readFileSync(path.join(siteDir, 'build', 'index.html'));
    log(`Filter latency on the ${patterns}-pattern index`);
    const filter = await measureFilterLatency(path.join(siteDir, 'build'));
    if (filter.patterns !== patterns) throw new Error(`The index shows ${filter.patterns} patterns, not ${patterns}`);
    log(`Page weight of the ${patterns}-pattern site`);
    const server = await serveBuild(path.join(siteDir, 'build'));
    try {
      const weights = await measurePageWeights(server.url, ['/', docPath]);
      return {patterns, buildSeconds, indexHtml: {raw: html.length, gzip: gzipBytes(html)}, filter, weights};
    } finally {
      await server.close();
    }
  } finally {
    fs.rmSync(siteDir, {recursive: true, force: true});
  }
}
