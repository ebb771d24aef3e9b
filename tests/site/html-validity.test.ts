import {before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {BUILD_DIR, builtHtmlFiles} from '../../scripts/harness/server';

// Every HTML file of the build through the Nu HTML Checker (the W3C validator), which must
// report no error. There is no allowlist: the errors a plain Docusaurus site has were ours to
// fix (code block lines are <span>s: src/plugins/remark-highlight-code). Warnings and info
// messages are not errors and are left out.

const VNU_JAR = path.resolve(__dirname, '..', '..', 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');
const FIXTURE = path.resolve(__dirname, '..', 'fixtures', 'html-validity', 'invalid.html');

interface VnuMessage {
  type: string;
  url: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

/** Errors per file, from one run of the checker over all `files` (Java is slow to start). */
function validate(files: string[]): Map<string, VnuMessage[]> {
  const result = spawnSync('java', ['-jar', VNU_JAR, '--format', 'json', '--errors-only', '--stdout', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) {
    throw new Error(`Could not run java (${result.error.message}). The check needs Java 17 or later on the PATH.`);
  }
  let report: {messages: VnuMessage[]};
  try {
    report = JSON.parse(result.stdout) as {messages: VnuMessage[]};
  } catch {
    throw new Error(`The Nu HTML Checker failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  const byFile = new Map<string, VnuMessage[]>(files.map((file) => [file, []]));
  for (const message of report.messages) {
    // Errors about the run itself (a file it could not read) have no file: keep them visible.
    const file = message.url?.startsWith('file:') ? fileURLToPath(message.url) : '(no file)';
    byFile.set(file, [...(byFile.get(file) ?? []), message]);
  }
  return byFile;
}

/** `file:line:column: message`, with the code around it. */
function describeErrors(byFile: Map<string, VnuMessage[]>): string {
  return [...byFile]
    .flatMap(([file, messages]) =>
      messages.map(
        (m) =>
          `  ${path.relative(process.cwd(), file)}:${m.lastLine ?? '?'}:${m.firstColumn ?? '?'}: ${m.message}` +
          (m.extract ? `\n      ${JSON.stringify(m.extract)}` : ''),
      ),
    )
    .join('\n');
}

describe('HTML validity (Nu HTML Checker)', () => {
  const files = builtHtmlFiles().map((file) => path.join(BUILD_DIR, file));
  let errors: Map<string, VnuMessage[]>;

  before(() => {
    errors = validate([FIXTURE, ...files]);
  });

  it('reports the known errors of a broken page, so the check can fail', () => {
    const messages = errors.get(FIXTURE)!.map((m) => `${m.lastLine}: ${m.message}`);
    assert.equal(messages.length, 2, messages.join('\n'));
    assert.match(messages[0]!, /^11: Element “div” not allowed as child of element “code”/);
    assert.match(messages[1]!, /^13: Duplicate ID “title”/);
  });

  it('checks every HTML file of the build', () => {
    assert.ok(files.length > 40, `${files.length} files`);
    assert.ok(files.some((file) => file.endsWith(`patterns${path.sep}continuation-pattern.html`)));
  });

  it('finds no error in any page of the build', () => {
    const found = new Map([...errors].filter(([file, messages]) => file !== FIXTURE && messages.length > 0));
    const count = [...found.values()].reduce((sum, messages) => sum + messages.length, 0);
    assert.equal(count, 0, `${count} HTML errors in ${found.size} files:\n${describeErrors(found)}`);
  });
});
