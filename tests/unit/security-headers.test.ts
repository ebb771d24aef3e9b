import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {
  contentSecurityPolicy,
  headersFile,
  inlineScriptsOf,
  scriptHash,
} from '../../src/plugins/security-headers/headers';
import {parseHeadersFile} from '../../scripts/harness/server';

const directives = (policy: string) =>
  Object.fromEntries(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

describe('Content-Security-Policy', () => {
  const script = 'document.documentElement.dataset.theme = "dark";';

  it('finds the inline scripts of a page, not the external ones', () => {
    const html = `<head><script src="/a.js"></script><script>${script}</script><script type="module" src="/b.js"></script></head>`;
    assert.deepEqual(inlineScriptsOf(html), [script]);
  });

  it('allows inline scripts only by hash, never unsafe-inline or unsafe-eval', () => {
    const policy = directives(contentSecurityPolicy({baseUrl: '/', inlineScripts: [script, script]}));
    assert.deepEqual(policy['script-src'], ["'self'", scriptHash(script)]);
    assert.match(scriptHash(script), /^'sha256-[A-Za-z0-9+/]{43}='$/);
    assert.deepEqual(policy['default-src'], ["'self'"]);
    assert.deepEqual(policy['frame-ancestors'], ["'none'"]);
    assert.deepEqual(policy['object-src'], ["'none'"]);
    assert.deepEqual(policy['base-uri'], ["'self'"]);
    assert.deepEqual(policy['connect-src'], ["'self'"]);
    assert.deepEqual(policy['img-src'], ["'self'", 'data:']);
  });

  it('allows exactly the Algolia hosts of the configured application, and only for fetching', () => {
    const policy = directives(contentSecurityPolicy({baseUrl: '/', inlineScripts: [], algoliaAppId: 'ABC123'}));
    assert.deepEqual(policy['connect-src'], [
      "'self'",
      'https://abc123-dsn.algolia.net',
      'https://abc123-1.algolianet.com',
      'https://abc123-2.algolianet.com',
      'https://abc123-3.algolianet.com',
    ]);
    assert.deepEqual(policy['script-src'], ["'self'"]);
  });
});

describe('_headers', () => {
  const rules = parseHeadersFile(headersFile({baseUrl: '/sesam-patterns/', inlineScripts: []}));
  const headersFor = (path: string) =>
    Object.fromEntries(rules.filter((r) => r.pattern.test(path)).flatMap((r) => r.headers.map(([n, v]) => [n, v])));
  const cacheRules = (path: string) =>
    rules.filter((r) => r.pattern.test(path) && r.headers.some(([n]) => n === 'Cache-Control')).length;

  it('sends the security headers everywhere under the base path', () => {
    for (const path of [
      '/sesam-patterns/',
      '/sesam-patterns/patterns/insert-pattern',
      '/sesam-patterns/assets/js/main.1a2b.js',
    ]) {
      const headers = headersFor(path);
      assert.ok(headers['Content-Security-Policy'], path);
      assert.equal(headers['X-Content-Type-Options'], 'nosniff');
      assert.equal(headers['Referrer-Policy'], 'strict-origin-when-cross-origin');
    }
  });

  it('caches fingerprinted assets for a year and revalidates pages and data, with one rule each', () => {
    assert.equal(
      headersFor('/sesam-patterns/assets/css/styles.9f8e.css')['Cache-Control'],
      'public, max-age=31536000, immutable',
    );
    for (const path of [
      '/sesam-patterns/',
      '/sesam-patterns/patterns/insert-pattern',
      '/sesam-patterns/patterns.json',
      '/sesam-patterns/llms.txt',
      '/sesam-patterns/search-index-1a2b3c4d.json',
      '/sesam-patterns/p/insert',
      '/sesam-patterns/insert-pattern',
      '/sesam-patterns/img/social/insert-pattern.png',
    ]) {
      assert.equal(headersFor(path)['Cache-Control'], 'public, max-age=0, must-revalidate', path);
    }
    for (const path of [
      '/sesam-patterns/assets/js/x.js',
      '/sesam-patterns/patterns.json',
      '/sesam-patterns/patterns/insert-pattern',
    ]) {
      assert.equal(
        cacheRules(path),
        1,
        `${path}: hosts that join repeated headers would send two Cache-Control values`,
      );
    }
  });
});
