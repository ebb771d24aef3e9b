// npm run new-pattern -- <label> [--title "…"] [--categories collect,share] [--summary "…"]
// Writes docs/<label>.mdx: valid front matter and TODOs that the content tests refuse until done.
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline/promises';
import {answersFrom, checkNewLabel, newPatternPage} from '../src/catalog/new-pattern';
import {CatalogError} from '../src/catalog/errors';

const ROOT = path.resolve(__dirname, '..');

async function main(): Promise<void> {
  const prompt = process.stdin.isTTY
    ? readline.createInterface({input: process.stdin, output: process.stdout})
    : undefined;
  try {
    const docsDir = path.join(ROOT, 'docs');
    // A taken or malformed label fails before any question is asked.
    const label = process.argv.slice(2).find((arg, i, all) => !arg.startsWith('--') && !all[i - 1]?.startsWith('--'));
    if (label !== undefined) checkNewLabel(docsDir, label);
    const answers = await answersFrom(process.argv.slice(2), prompt && ((q) => prompt.question(q)));
    const {file, source} = newPatternPage(docsDir, answers, new Date().toISOString().slice(0, 10));
    fs.writeFileSync(file, source);
    const relative = path.relative(ROOT, file);
    console.log(`Wrote ${relative}. Preview it with npm start; the content tests fail until its TODOs are done.`);
  } finally {
    prompt?.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof CatalogError ? error.message : String(error));
  process.exitCode = 1;
});
