import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {PrismTheme} from 'prism-react-renderer';
import {prismThemeCss} from './theme-css';

const PRISM_CLIENT_MODULE = '@docusaurus/theme-classic/lib/prism-include-languages.js';

/**
 * Code highlighted at build time needs no highlighter in the browser, only colours: made here
 * from the Prism themes in the site config (`themeConfig.prism.theme` and `darkTheme`).
 */
export default function codeThemePlugin(context: LoadContext): Plugin {
  const {theme, darkTheme} = (context.siteConfig.themeConfig as {prism: {theme: PrismTheme; darkTheme: PrismTheme}})
    .prism;
  const cssFile = path.join(context.generatedFilesDir, 'sesam-code-theme', 'tokens.css');
  fs.mkdirSync(path.dirname(cssFile), {recursive: true});
  fs.writeFileSync(
    cssFile,
    [prismThemeCss(theme, "html:not([data-theme='dark'])"), prismThemeCss(darkTheme, "html[data-theme='dark']")].join(
      '\n',
    ),
  );
  // theme-classic loads Prism into every page (a client module that registers extra
  // languages): about 85 KB of script and, with Lighthouse's 4x CPU slowdown, over 300 ms of
  // start-up, for highlighting this site does at build time. It resolves to an empty module.
  // No public option turns that client module off, so this aliases a private file: checked
  // against Docusaurus 3.10.2 (tests/unit/docusaurus-couplings.test.ts fails on an upgrade).
  const noPrism = path.join(path.dirname(cssFile), 'no-prism.js');
  fs.writeFileSync(noPrism, '// Code is highlighted at build time: see src/plugins/code-theme.\nexport {};\n');
  return {
    name: 'sesam-code-theme',
    getClientModules: () => [cssFile],
    configureWebpack: (_config, isServer) =>
      isServer ? {} : {resolve: {alias: {[require.resolve(PRISM_CLIENT_MODULE)]: noPrism}}},
  };
}
