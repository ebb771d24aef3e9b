// Used by the static redirect pages (/p/<short>, /<label>): go to the page's target, keeping
// the query string and the #section. An external file, so the strict Content-Security-Policy
// needs no exception for it; the pages' meta refresh covers browsers without JavaScript.
(function () {
  var target = document.currentScript && document.currentScript.getAttribute('data-target');
  if (target) window.location.replace(target + window.location.search + window.location.hash);
})();
