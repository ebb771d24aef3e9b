// Preloaded into a build (NODE_OPTIONS=--require): writes one line per read of a file under
// RECORD_READS_DIR to RECORD_READS_LOG, naming who read it: Docusaurus' docs plugin, the
// site's own code (src/, the config, the sidebars), or some other package.
const fs = require('node:fs');
const path = require('node:path');

const log = process.env.RECORD_READS_LOG;
const dir = process.env.RECORD_READS_DIR;
const site = path.dirname(dir);

function reader() {
  const stack = new Error().stack ?? '';
  if (stack.includes(`${path.sep}@docusaurus${path.sep}plugin-content-docs${path.sep}`)) return 'docs-plugin';
  const ours = ['src', 'sidebars.ts', 'docusaurus.config.ts'].map((name) => path.join(site, name));
  if (ours.some((prefix) => stack.includes(prefix))) return 'site';
  return 'other';
}

function record(file) {
  const name = String(file);
  if (name.startsWith(dir + path.sep)) fs.appendFileSync(log, `${reader()} ${path.relative(dir, name)}\n`);
}

for (const name of ['readFile', 'readFileSync']) {
  const original = fs[name];
  fs[name] = function (file, ...rest) {
    record(file);
    return original.call(this, file, ...rest);
  };
}
const original = fs.promises.readFile;
fs.promises.readFile = function (file, ...rest) {
  record(file);
  return original.call(this, file, ...rest);
};
