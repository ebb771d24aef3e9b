import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {BUILD_DIR, serveBuild, type StaticServer} from '../../scripts/harness/server';

// The benchmark measures the build served as hosts serve it: compressed. fetch() asks for
// gzip and undoes it, so the body must come back whole and the headers must say gzip.
describe('the test server with compression on', () => {
  let server: StaticServer;
  before(async () => {
    server = await serveBuild(BUILD_DIR, {compress: true});
  });
  after(() => server.close());

  it('gzips a page and a script, and they read back whole', async () => {
    const main = fs.readdirSync(path.join(BUILD_DIR, 'assets', 'js')).find((f) => f.startsWith('main.'))!;
    for (const [route, file] of [
      ['/patterns/continuation-pattern', 'patterns/continuation-pattern.html'],
      [`/assets/js/${main}`, `assets/js/${main}`],
    ] as const) {
      const response = await fetch(server.url + route);
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-encoding'), 'gzip', route);
      assert.ok(Number(response.headers.get('content-length')) < fs.statSync(path.join(BUILD_DIR, file)).size / 2);
      assert.equal(await response.text(), fs.readFileSync(path.join(BUILD_DIR, file), 'utf8'), route);
    }
  });

  it('sends an error page as it is', async () => {
    const response = await fetch(`${server.url}/patterns/no-such-pattern`);
    assert.equal(response.status, 404);
    assert.equal(response.headers.get('content-encoding'), null);
    assert.match(await response.text(), /Page not found/);
  });
});
