import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {unified, type Plugin} from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkDirective from 'remark-directive';
import remarkStringify from 'remark-stringify';
import {VFile} from 'vfile';
import type {Root} from 'mdast';
import remarkPatternLink from '../../src/plugins/remark-pattern-link';
import remarkPatternSections from '../../src/plugins/remark-pattern-sections';
import remarkWorkedExample from '../../src/plugins/remark-worked-example';
import type {LinkTable, LinkTableOptions} from '../../src/catalog/link-table';

/**
 * Each remark plugin on its output, one folder per case, as remark's own plugins are tested:
 * `tests/fixtures/remark/<plugin>/<case>/input.mdx` goes through the plugin and comes out as
 * `output.mdx`, or fails with the one line in `error.txt` (`<line>: <message>`). A case may
 * bring its own `link-table.json` and `page.txt` (the page's path; docs/some-pattern.mdx if
 * absent). `UPDATE_FIXTURES=1` rewrites the expected files from what the plugins do now.
 */
const FIXTURES = path.resolve(__dirname, '..', 'fixtures', 'remark');
const PLUGINS: Record<string, Plugin<[LinkTableOptions], Root>> = {
  'pattern-link': remarkPatternLink,
  'pattern-sections': remarkPatternSections,
  // Takes no options; the link table the others get is ignored.
  'worked-example': remarkWorkedExample as Plugin<[LinkTableOptions], Root>,
};
const update = process.env.UPDATE_FIXTURES === '1';

const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(file, 'utf8')) as T;
const optional = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined);

/** The case's result: the page as MDX again, or the error as one line. */
function run(plugin: Plugin<[LinkTableOptions], Root>, dir: string): {output: string} | {error: string} {
  const ownTable = path.join(dir, 'link-table.json');
  const table = readJson<LinkTable>(fs.existsSync(ownTable) ? ownTable : path.join(FIXTURES, 'link-table.json'));
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkMdx)
    .use(remarkDirective)
    .use(plugin, {linkTable: () => table})
    .use(remarkStringify);
  const page = optional(path.join(dir, 'page.txt'))?.trim() ?? 'docs/some-pattern.mdx';
  const file = new VFile({path: page, value: fs.readFileSync(path.join(dir, 'input.mdx'), 'utf8')});
  try {
    return {output: String(processor.processSync(file))};
  } catch (error) {
    const {message, line} = error as Error & {line?: number};
    return {error: `${line ?? '-'}: ${message.split('\n')[0]}\n`};
  }
}

for (const name of fs.readdirSync(FIXTURES).filter((entry) => fs.statSync(path.join(FIXTURES, entry)).isDirectory())) {
  describe(`remark-${name} fixtures`, () => {
    const plugin = PLUGINS[name];
    it('is a plugin the fixtures know', () => assert.ok(plugin, `tests/fixtures/remark/${name}: no such plugin`));
    if (!plugin) return;
    for (const item of fs.readdirSync(path.join(FIXTURES, name)).sort()) {
      const dir = path.join(FIXTURES, name, item);
      it(item.replace(/-/g, ' '), () => {
        const result = run(plugin, dir);
        const [kind, actual] = 'output' in result ? ['output.mdx', result.output] : ['error.txt', result.error];
        const expectedFile = path.join(dir, kind);
        if (update) {
          for (const stale of ['output.mdx', 'error.txt']) fs.rmSync(path.join(dir, stale), {force: true});
          fs.writeFileSync(expectedFile, actual);
        }
        const expected = optional(expectedFile);
        assert.ok(
          expected !== undefined,
          `${path.relative(FIXTURES, dir)}: the plugin gave ${kind}, which the case does not expect`,
        );
        assert.equal(actual, expected);
      });
    }
  });
}
