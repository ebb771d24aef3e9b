// Docusaurus fetches the code of every page whose link scrolls into view. A pattern page shows
// dozens of links (sidebar, related patterns, backlinks), so a visit loaded about 330 KB of
// other pages' code it mostly never used, on phones too. Here pages are fetched on intent
// only: hover, focus or touch of a link (Docusaurus' `preload`), early enough for a fast
// navigation. `window.docusaurus` is set by the client entry after this module has run, so
// the override is applied as it is set. Docusaurus has no option to turn the viewport
// prefetching of its Link off, so this replaces `prefetch` on its documented client global:
// checked against Docusaurus 3.10.2 (tests/unit/docusaurus-couplings.test.ts fails on an upgrade).
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

type DocusaurusGlobal = {prefetch(path: string): boolean; preload(path: string): boolean};

const withoutPrefetch = (docusaurus: DocusaurusGlobal): DocusaurusGlobal => ({...docusaurus, prefetch: () => false});

if (ExecutionEnvironment.canUseDOM) {
  const global = window as unknown as {docusaurus?: DocusaurusGlobal};
  let current = global.docusaurus && withoutPrefetch(global.docusaurus);
  Object.defineProperty(global, 'docusaurus', {
    configurable: true,
    enumerable: true,
    get: () => current,
    set: (value: DocusaurusGlobal) => {
      current = withoutPrefetch(value);
    },
  });
}
