import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import type {Configuration} from 'webpack';
import preactClientPlugin from '../../src/plugins/preact-client';

type Configure = (config: Configuration, isServer: boolean) => Configuration;
const configure = preactClientPlugin().configureWebpack as unknown as Configure;

describe('the Preact client plugin', () => {
  it('swaps React for Preact in the production browser bundle', () => {
    assert.deepEqual(configure({mode: 'production'}, false), {
      resolve: {alias: {react: 'preact/compat', 'react-dom': 'preact/compat'}},
    });
  });
  it('leaves the server rendering with React', () => {
    assert.deepEqual(configure({mode: 'production'}, true), {});
  });
  it('leaves `npm start` with React, its fast refresh and its warnings', () => {
    assert.deepEqual(configure({mode: 'development'}, false), {});
  });
});
