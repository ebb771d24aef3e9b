import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Where the site relies on Docusaurus internals that no public API covers, the code says which
 * version it was checked against. These tests pin each of them, so that an upgrade fails here,
 * loudly, and not as a slower or broken site.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const CHECKED = '3.10.2';
const installed = (pkg: string) => path.join(ROOT, 'node_modules', pkg);
const read = (file: string) => fs.readFileSync(file, 'utf8');
const version = (pkg: string) =>
  (JSON.parse(read(path.join(installed(pkg), 'package.json'))) as {version: string}).version;

const COUPLED_FILES = [
  'src/plugins/code-theme/index.ts',
  'src/client/prefetch-on-intent.ts',
  'src/plugins/patterns/index.ts',
  'src/plugins/page-scripts/index.ts',
  'src/config/page-template.ts',
  'src/theme/DocSidebar/Mobile/index.tsx',
];

describe('the Docusaurus internals the site relies on', () => {
  it(`are those of Docusaurus ${CHECKED}, the version each coupled file names`, () => {
    for (const pkg of ['@docusaurus/core', '@docusaurus/theme-classic', '@docusaurus/plugin-content-docs'])
      assert.equal(version(pkg), CHECKED, `${pkg}: re-check the files below, then update their comments and this test`);
    for (const file of COUPLED_FILES)
      assert.match(
        read(path.join(ROOT, file)),
        new RegExp(`checked\\s+(?:\\/\\/\\s*)?against Docusaurus ${CHECKED.replace(/\./g, '\\.')}`),
        file,
      );
  });

  it("code-theme: theme-classic's Prism client module is still that private file", () => {
    const file = path.join(installed('@docusaurus/theme-classic'), 'lib', 'prism-include-languages.js');
    assert.ok(fs.existsSync(file), 'the file the code theme aliases to an empty module');
    assert.match(
      read(path.join(installed('@docusaurus/theme-classic'), 'lib', 'index.js')),
      /getClientModules\(\)[\s\S]*'\.\/prism-include-languages'/,
    );
  });

  it('prefetch-on-intent: Link still prefetches in view through window.docusaurus.prefetch', () => {
    const link = read(path.join(installed('@docusaurus/core'), 'lib', 'client', 'exports', 'Link.js'));
    assert.match(link, /IntersectionObserver[\s\S]*window\.docusaurus\.prefetch\(/);
    const client = read(path.join(installed('@docusaurus/core'), 'lib', 'client', 'docusaurus.js'));
    assert.match(client, /prefetch,\s*preload,/, 'the client global offers prefetch and preload');
  });

  it("page-scripts: the template's scripts come from manifest origins keyed by the modules the render reports", () => {
    const core = path.join(installed('@docusaurus/core'), 'lib');
    assert.match(
      read(path.join(core, 'ssg', 'ssgTemplate.js')),
      /modulesToBeLoaded = \[\.\.\.manifest\.entrypoints, \.\.\.Array\.from\(modules\)\][\s\S]*getBundles\)\(manifest, modulesToBeLoaded\)/,
    );
    assert.match(
      read(path.join(core, 'client', 'serverEntry.js')),
      /<Loadable\.Capture report=\{\(moduleName\) => modules\.add\(moduleName\)\}>/,
    );
    // The names reported are the registry's import paths; the manifest's keys are chunk names.
    const creator = read(path.join(core, 'client', 'exports', 'ComponentCreator.js'));
    assert.match(creator, /modules\.push\(chunkRegistry\[1\]\)/);
    assert.match(read(path.join(core, 'webpack', 'client.js')), /client-manifest\.json/);
  });

  it('DocSidebar/Mobile: the secondary menu filler still sorts its prop names with localeCompare', () => {
    const common = path.join(installed('@docusaurus/theme-common'), 'lib');
    assert.match(
      read(path.join(common, 'contexts', 'navbarSecondaryMenu', 'content.js')),
      /useShallowMemoObject\(props\)/,
    );
    assert.match(
      read(path.join(common, 'utils', 'reactUtils.js')),
      /deps\.sort\(\(a, b\) => a\[0\]\.localeCompare\(b\[0\]\)\)/,
    );
    const original = read(
      path.join(installed('@docusaurus/theme-classic'), 'lib', 'theme', 'DocSidebar', 'Mobile', 'index.js'),
    );
    assert.match(
      original,
      /<NavbarSecondaryMenuFiller\s+component=\{DocSidebarMobileSecondaryMenu\}\s+props=\{props\}/,
    );
  });

  it('MDXComponents: the theme still takes code and pre from the components the site ejects', () => {
    const list = read(path.join(installed('@docusaurus/theme-classic'), 'lib', 'theme', 'MDXComponents', 'index.js'));
    assert.match(list, /import MDXCode from '@theme\/MDXComponents\/Code'/);
    assert.match(list, /import MDXPre from '@theme\/MDXComponents\/Pre'/);
    for (const name of ['Code', 'Pre'])
      assert.ok(fs.existsSync(path.join(ROOT, 'src', 'theme', 'MDXComponents', `${name}.tsx`)));
  });

  it('patterns plugin: the docs plugin parses front matter with the parser of the context it is given', () => {
    const lib = path.join(installed('@docusaurus/plugin-content-docs'), 'lib');
    assert.match(read(path.join(lib, 'docs.js')), /siteConfig: \{ markdown: \{ parseFrontMatter \}/);
    assert.match(
      read(path.join(lib, 'index.js')),
      /const \{[^}]*siteConfig[^}]*\} = context;[\s\S]*markdownConfig: siteConfig\.markdown/,
    );
  });
});

describe('the offline search internals the site search relies on (src/search/client/load.ts)', () => {
  const pkg = '@easyops-cn/docusaurus-search-local';
  const CHECKED_SEARCH = '0.55.3';

  it(`are those of ${pkg} ${CHECKED_SEARCH}: the worker module, its two calls, and the result types`, () => {
    assert.equal(
      version(pkg),
      CHECKED_SEARCH,
      're-check src/search/client (load.ts, results.ts), then update this test',
    );
    assert.match(
      read(path.join(ROOT, 'src/search/client/load.ts')),
      new RegExp(`checked against ${pkg} ${CHECKED_SEARCH.replace(/\./g, '\\.')}`),
    );
    const client = path.join(installed(pkg), 'dist', 'client');
    const worker = read(path.join(client, 'client', 'theme', 'searchByWorker.js'));
    assert.match(worker, /export async function fetchIndexesByWorker\(baseUrl, searchContext\)/);
    assert.match(worker, /export async function searchByWorker\(baseUrl, searchContext, input, limit\)/);
    const types = read(path.join(client, 'shared', 'interfaces.js'));
    for (const [name, value] of [
      ['Title', 0],
      ['Heading', 1],
      ['Description', 2],
      ['Content', 4],
    ] as const)
      assert.match(types, new RegExp(`\\["${name}"\\] = ${value}\\]`), `${name} is ${value}`);
  });
});
