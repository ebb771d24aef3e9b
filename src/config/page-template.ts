import docusaurusTemplate from '@docusaurus/core/lib/ssg/ssgTemplate.html';

/**
 * Docusaurus ships the whole site config to the browser, this template included: the line
 * breaks and indentation go (every line of both ends a statement or a tag).
 */
function compact(text: string): string {
  return text.replace(/\n\s*/g, '');
}

/**
 * Runs in the page, and must be the same on every page: the Content-Security-Policy allows
 * inline scripts by hash (src/plugins/security-headers). Once the document is parsed and its
 * first contentful paint is on the screen (a paint timing entry arrives only after that frame
 * is presented), it adds the scripts the head preloads, in their order; `async = false` keeps
 * that order as they run. A hidden tab draws nothing, so there they start at once (or when the
 * tab is hidden while it waits); a browser without paint timing waits two frames; and none
 * waits more than a second past the load event (a window that draws no frame while visible).
 * Waiting for the first paint also waits for the stylesheet, as deferred scripts do. The `src`
 * is the attribute as written, which is what the webpack runtime compares when it looks for a
 * chunk's script before adding one of its own.
 */
export const START_SCRIPTS = compact(`(function () {
  var started = false;
  function start() {
    if (started) return;
    started = true;
    document.querySelectorAll('link[rel="preload"][as="script"][data-start]').forEach(function (link) {
      var script = document.createElement('script');
      script.src = link.getAttribute('href');
      script.async = false;
      document.head.appendChild(script);
    });
  }
  function afterFirstPaint() {
    if (document.hidden) return start();
    document.addEventListener('visibilitychange', function () {
      if (document.hidden) start();
    });
    window.addEventListener('load', function () { setTimeout(start, 1000); });
    var types = window.PerformanceObserver && PerformanceObserver.supportedEntryTypes;
    if (types && types.indexOf('paint') >= 0) {
      new PerformanceObserver(function (list, observer) {
        if (list.getEntriesByName('first-contentful-paint').length === 0) return;
        observer.disconnect();
        setTimeout(start, 0);
      }).observe({type: 'paint', buffered: true});
    } else {
      requestAnimationFrame(function () { requestAnimationFrame(function () { setTimeout(start, 0); }); });
    }
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', afterFirstPaint);
  else afterFirstPaint();
})();`);

// Docusaurus' own page template, the one `ssrTemplate` replaces: an internal file, checked
// against Docusaurus 3.10.2 (tests/unit/docusaurus-couplings.test.ts fails on an upgrade).
const DOCUSAURUS_TEMPLATE_FILE = '@docusaurus/core/lib/ssg/ssgTemplate.html';
const DEFERRED_SCRIPT = '<script src="<%= it.baseUrl %><%= script %>" defer></script>';
const PRELOADED_SCRIPT =
  '<link rel="preload" as="script" fetchpriority="low" href="<%= it.baseUrl %><%= script %>" data-start>';

/**
 * The page template (Docusaurus' `ssrTemplate`, an Eta template given the same data as its
 * own): Docusaurus' template with one change. The page's scripts are fetched at once, at low
 * priority as deferred scripts are, but run only after the first paint. With `defer` they run
 * as soon as the document is parsed, and on a fast connection the first paint of a server-drawn
 * page then waited for main.js to evaluate and the app to start taking the page over.
 */
function pageTemplate(template: string): string {
  if (!template.includes(DEFERRED_SCRIPT) || !template.includes('</body>'))
    throw new Error(
      `${DOCUSAURUS_TEMPLATE_FILE}: Docusaurus' page template no longer writes its scripts as \`${DEFERRED_SCRIPT}\` before </body>. Fix: bring src/config/page-template.ts in line with it.`,
    );
  return compact(
    template
      .trim()
      .replace(DEFERRED_SCRIPT, PRELOADED_SCRIPT)
      .replace('</body>', `<script>${START_SCRIPTS}</script></body>`),
  );
}

export const PAGE_TEMPLATE = pageTemplate(docusaurusTemplate);
