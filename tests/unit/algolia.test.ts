import {after, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {buildRecords} from '../../scripts/algolia/records';
import {pushRecords, pushSettingsFromEnv} from '../../scripts/algolia/push';
import {algoliaFromEnv, searchConfig} from '../../src/config/search';
import {startFakeAlgolia} from '../support/fake-algolia';

const FIXTURE_BUILD = path.resolve(__dirname, '..', 'fixtures', 'build');
const SETTINGS = {appId: 'TESTAPP', adminKey: 'test-admin-key', indexName: 'sesam-patterns'};

describe('DocSearch records from the build', () => {
  const records = buildRecords(FIXTURE_BUILD);

  it('makes one record per pattern and one per section', () => {
    assert.deepEqual(
      records.map((r) => [r.objectID, r.type]),
      [
        ['alpha-pattern', 'lvl1'],
        ['alpha-pattern#problem', 'lvl2'],
        ['alpha-pattern#why-it-hurts', 'lvl3'],
        ['alpha-pattern#solution', 'lvl2'],
      ],
    );
  });

  it('gives each record the DocSearch hierarchy, an absolute URL with its anchor, and its text', () => {
    assert.deepEqual(records[2], {
      objectID: 'alpha-pattern#why-it-hurts',
      url: 'https://patterns.example.com/sesam/patterns/alpha-pattern#why-it-hurts',
      url_without_anchor: 'https://patterns.example.com/sesam/patterns/alpha-pattern',
      anchor: 'why-it-hurts',
      type: 'lvl3',
      hierarchy: {
        lvl0: 'Collect / Share',
        lvl1: 'Alpha pattern',
        lvl2: 'Problem',
        lvl3: 'Why it hurts',
        lvl4: null,
        lvl5: null,
        lvl6: null,
      },
      content: 'Rate limits.',
    });
    assert.equal(records[1]!.content, 'The source is large. Every run reads it all.');
    assert.equal(
      records[0]!.content,
      'A fixture pattern that reads from a source and links to both other fixtures. Alpha keeps a since marker.',
    );
  });

  it('says to build first when there is no build', () => {
    assert.throws(
      () => buildRecords('/nonexistent-build'),
      /No \/nonexistent-build\/patterns\.json: run `npm run build` before `npm run search:push`\./,
    );
  });
});

describe('npm run search:push', () => {
  const servers: {close(): Promise<void>}[] = [];
  after(() => Promise.all(servers.map((s) => s.close())));

  it('replaces the records atomically: fills a temporary index, then moves it over the live one', async () => {
    const algolia = await startFakeAlgolia();
    servers.push(algolia);
    const records = buildRecords(FIXTURE_BUILD);
    await pushRecords(SETTINGS, records, algolia.client);

    const writes = algolia.requests.filter((r) => r.method !== 'GET');
    const batches = writes.filter((r) => r.path.endsWith('/batch'));
    const temporary = /^\/1\/indexes\/(sesam-patterns_tmp_\d+)\/batch$/.exec(batches[0]!.path)?.[1];
    assert.ok(temporary, `records go to a temporary index, not ${batches[0]!.path}`);
    const sent = batches.flatMap((b) => (b.body as {requests: {action: string; body: {objectID: string}}[]}).requests);
    assert.deepEqual(
      sent.map((r) => r.action),
      records.map(() => 'addObject'),
    );
    assert.deepEqual(
      sent.map((r) => r.body.objectID),
      records.map((r) => r.objectID),
    );

    const last = writes.at(-1)!;
    assert.equal(last.path, `/1/indexes/${temporary}/operation`);
    assert.deepEqual(last.body, {operation: 'move', destination: 'sesam-patterns'});
    const touchesLive = writes.filter((r) => r.path.startsWith('/1/indexes/sesam-patterns/'));
    assert.ok(touchesLive.length > 0);
    for (const request of touchesLive) {
      assert.deepEqual(
        (request.body as {operation: string}).operation,
        'copy',
        `the live index is only copied from: ${request.path}`,
      );
    }
    assert.ok(
      !algolia.requests.some((r) => r.method === 'DELETE' || r.path.endsWith('/clear')),
      'nothing empties the live index',
    );
  });

  it('explains a 403 as a bad key', async () => {
    const algolia = await startFakeAlgolia({status: 403});
    servers.push(algolia);
    await assert.rejects(
      pushRecords(SETTINGS, buildRecords(FIXTURE_BUILD), algolia.client),
      new Error(
        'Algolia refused the key (HTTP 403): check that ALGOLIA_ADMIN_API_KEY is an admin or write key of application TESTAPP with the addObject, deleteIndex and editSettings rights.',
      ),
    );
  });

  const complete = {ALGOLIA_APP_ID: 'TESTAPP', ALGOLIA_ADMIN_API_KEY: 'key', ALGOLIA_INDEX_NAME: 'sesam-patterns'};
  for (const [variable, purpose] of [
    ['ALGOLIA_APP_ID', 'the Algolia application id'],
    ['ALGOLIA_ADMIN_API_KEY', 'an Algolia API key that may write and delete indices (not the search-only key)'],
    ['ALGOLIA_INDEX_NAME', 'the name of the index the site searches'],
  ] as const) {
    it(`says what ${variable} is when it is missing`, () => {
      assert.throws(
        () => pushSettingsFromEnv({...complete, [variable]: ''}),
        new Error(`${variable} is not set: set it to ${purpose}.`),
      );
    });
  }

  it('reads the settings when all are there', () => {
    assert.deepEqual(pushSettingsFromEnv(complete), {appId: 'TESTAPP', adminKey: 'key', indexName: 'sesam-patterns'});
  });
});

describe('search configuration', () => {
  it('uses the offline index when no Algolia variable is set', () => {
    const config = searchConfig({});
    assert.equal(config.algolia, undefined);
    assert.equal((config.themes[0] as [string, unknown])[0], '@easyops-cn/docusaurus-search-local');
  });

  it('switches to Algolia DocSearch when all three variables are set', () => {
    const config = searchConfig({
      ALGOLIA_APP_ID: 'APP',
      ALGOLIA_SEARCH_API_KEY: 'search-key',
      ALGOLIA_INDEX_NAME: 'idx',
    });
    assert.deepEqual(config.themes, []);
    assert.deepEqual(config.algolia, {appId: 'APP', apiKey: 'search-key', indexName: 'idx', contextualSearch: false});
  });

  it('refuses a half configuration, naming what is missing', () => {
    assert.throws(
      () => algoliaFromEnv({ALGOLIA_APP_ID: 'APP'}),
      new Error(
        'Algolia search is half configured: ALGOLIA_SEARCH_API_KEY and ALGOLIA_INDEX_NAME are not set. Set all of ALGOLIA_APP_ID, ALGOLIA_SEARCH_API_KEY, ALGOLIA_INDEX_NAME to use Algolia, or none to use the built-in offline search.',
      ),
    );
  });
});
