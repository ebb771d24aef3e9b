// An Rspack loader for pattern pages: it changes nothing, but makes each page depend on the
// catalog's link table (titles, paths, related lists, backlinks), which the remark plugins
// read into the page. Without it the persistent build cache would keep a page whose links
// changed because another page did (a new title, a new link to it).
module.exports = function linkTableDependencyLoader(source) {
  this.addDependency(this.getOptions().linkTable);
  return source;
};
