import type {Plugin} from '@docusaurus/types';

/**
 * The browser runs the site's React code on Preact's compatibility layer; the server still
 * renders every page with React. React DOM was half of the script every first visit
 * downloads: with Preact, main.js goes from 117.6 to 60.5 KiB gzip, the pattern page fits its
 * 120 KiB budget, and a phone has half the framework to parse before the page answers.
 *
 * The code keeps importing `react`: the aliases below swap the package for the browser bundle
 * only (`react/jsx-runtime` and `react-dom/client` follow the prefix). A page the browser
 * takes over must look exactly as the server drew it, because Preact does not repair what
 * differs: tests/browser/hydration.test.ts compares the two on every kind of page.
 */
export default function preactClientPlugin(): Plugin {
  return {
    name: 'sesam-preact-client',
    // `npm start` keeps React: its fast refresh and its warnings about server/browser
    // differences are what an author editing a page needs.
    configureWebpack: (config, isServer) =>
      isServer || config.mode !== 'production'
        ? {}
        : {resolve: {alias: {react: 'preact/compat', 'react-dom': 'preact/compat'}}},
  };
}
