/**
 * For authors: prints what each worked-example sample of the given pages computes to, and any
 * problem the build would report. `npm run worked-examples -- docs/delete-pattern.mdx`
 */
import fs from 'node:fs';
import {parseMdx} from '../../src/catalog/parse';
import {dtlPipesOf, fencesOf, workedExamplesOf} from '../../src/worked-examples/compute';
import {formatInline} from '../../src/worked-examples/format';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run worked-examples -- docs/<page>.mdx …');
  process.exit(2);
}
let failed = false;
for (const file of files) {
  const fences = fencesOf(parseMdx(fs.readFileSync(file, 'utf8')));
  const pipes = dtlPipesOf(fences);
  console.log(
    `${file}: pipes with DTL: ${pipes.map((p) => `${p.id} (transforms ${p.transforms.map((t) => t.position).join(', ')})`).join('; ') || 'none'}`,
  );
  const {examples, problems} = workedExamplesOf(fences);
  for (const example of examples) {
    console.log(`  ${example.pipe}, transform ${example.transform}:`);
    for (const {caption, outcome} of example.samples) {
      const result = outcome.dropped
        ? `dropped: ${outcome.dropped.by}`
        : outcome.halted
          ? `trips: ${outcome.halted.message}`
          : `output: ${outcome.output.length === 1 ? formatInline(outcome.output[0]) : formatInline(outcome.output)}`;
      console.log(`    - ${caption}\n      ${result}`);
    }
  }
  for (const {line, problem, fix} of problems) {
    failed = true;
    console.log(`${file}:${line}: worked example: ${problem} Fix: ${fix}`);
  }
}
process.exit(failed ? 1 : 0);
