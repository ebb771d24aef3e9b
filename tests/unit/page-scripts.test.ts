import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {aliasOrigins, type ClientManifest} from '../../src/plugins/page-scripts/manifest';

const manifest: ClientManifest = {
  entrypoints: ['main'],
  origins: {main: ['1', '2'], '17896441': ['6', '106'], '6889': ['6'], bc8a3c73: ['8788']},
  assets: {},
};

describe('page scripts: the client manifest keyed by import path too', () => {
  it("adds each named chunk's import() requests as keys of the same chunks", () => {
    const aliased = aliasOrigins(manifest, [
      ['17896441', {origins: [{request: '@theme/DocItem'}]}],
      ['bc8a3c73', {origins: [{request: '@site/docs/delete-pattern.mdx'}, {}]}],
    ]);
    assert.deepEqual(aliased.origins['@theme/DocItem'], ['6', '106']);
    assert.deepEqual(aliased.origins['@site/docs/delete-pattern.mdx'], ['8788']);
    assert.deepEqual(Object.keys(aliased.origins).length, 6, 'the chunk names stay, nothing else is added');
    assert.deepEqual(aliased.entrypoints, ['main']);
  });

  it('leaves groups the manifest does not know and keys it already has, and does not change its input', () => {
    const before = JSON.stringify(manifest);
    const aliased = aliasOrigins(manifest, [
      ['not-in-manifest', {origins: [{request: '@theme/Unknown'}]}],
      ['6889', {origins: [{request: 'main'}]}],
    ]);
    assert.equal(aliased.origins['@theme/Unknown'], undefined);
    assert.deepEqual(aliased.origins.main, ['1', '2'], 'an existing key keeps its chunks');
    assert.equal(JSON.stringify(manifest), before);
  });
});
