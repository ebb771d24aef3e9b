import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {buildCopy} from '../../scripts/harness/build-copy';
import {rewrite} from '../support/fixtures';

describe('docusaurus build on bad content', () => {
  it('fails on an unknown cross-link with one line naming the file, line and nearest label', () => {
    const {status, output} = buildCopy((docs) =>
      rewrite(docs, 'continuation-pattern.mdx', ':pattern[pagination-pattern]', ':pattern[paginaton-pattern]'),
    );
    assert.notEqual(status, 0);
    assert.match(
      output,
      /^.*docs\/continuation-pattern\.mdx:\d+: body: :pattern\[paginaton-pattern\] links to an unknown pattern\. Fix: did you mean "pagination-pattern"\?.*$/m,
    );
    assert.doesNotMatch(output, /at loadCatalog/, 'no stack trace into the loader');
  });

  it('fails when a published pattern loses its page', () => {
    const {status, output} = buildCopy((docs) => fs.rmSync(path.join(docs, 'register-webhook-pattern.mdx')));
    assert.notEqual(status, 0);
    assert.match(output, /docs\/: label: the published pattern "register-webhook-pattern" has no page/);
  });

  it('fails on an example the reference does not back, one line per mistake at its line', () => {
    // Appended to a real page, so the test does not depend on the wording of its own example.
    const example = [
      {
        _id: 'crm-contact-share',
        type: 'pipe',
        batchsize: 1,
        source: {type: 'dataset', dataset: 'crm-contact-transform'},
        transform: [
          {type: 'dtl', rules: {default: [['copy', '*'], ['discard', ['is-nul', '_S.id']]]}},
          {
            type: 'template',
            template: 'transform-share-rest',
            properties: {rest_system: 'crm', primary_key: 'id', share_dataset: 'crm-contact-share'},
          },
        ],
      },
    ];
    const block = `\n\`\`\`json title="broken"\n${JSON.stringify(example, null, 2)}\n\`\`\`\n`;
    let fence = 0;
    const {status, output} = buildCopy((docs) => {
      const file = path.join(docs, 'delete-pattern.mdx');
      fence = fs.readFileSync(file, 'utf8').split('\n').length + 1;
      fs.appendFileSync(file, block);
    });
    const lineOf = (text: string) => fence + JSON.stringify(example, null, 2).split('\n').findIndex((l) => l.includes(text)) + 1;
    assert.notEqual(status, 0);
    const where = (text: string) => `docs/delete-pattern\\.mdx:${lineOf(text)}: example: `;
    assert.match(output, new RegExp(`${where('"batchsize"')}"batchsize" is not a documented property of a pipe\\. Fix: rename it to "batch_size"`));
    assert.match(output, new RegExp(`${where('"is-nul"')}"is-nul" is not a DTL function of the reference\\. Fix: use "is-null"`));
    assert.match(
      output,
      new RegExp(`${where('"share_dataset"')}the "transform-share-rest" template's "share_dataset" hops to "crm-contact-share", the pipe's own sink dataset, but the pipe lacks "batch_size": 1 on the pipe and "set_initial_offset": "onload" on its sink\\.`),
    );
  });

  it('fails when a page states an output its DTL does not produce, at the sample, with both outputs', () => {
    // The inverted discard that once sent a DELETE for every live record.
    const rule = '["discard", ["eq", "_S._deleted", true]],';
    let sample = 0;
    const {status, output} = buildCopy((docs) => {
      const file = path.join(docs, 'delete-pattern.mdx');
      rewrite(docs, 'delete-pattern.mdx', `            ${rule}`, `            ${rule.replace('"eq"', '"neq"')}`);
      sample = fs.readFileSync(file, 'utf8').split('\n').indexOf('- caption: A live contact never reaches the delete branch') + 1;
    });
    assert.notEqual(status, 0);
    assert.ok(sample > 0, 'the page has the live-contact sample');
    assert.match(
      output,
      new RegExp(
        `docs/delete-pattern\\.mdx:${sample}: worked example: sample "A live contact never reaches the delete branch": ` +
          'the DTL of pipe "crm-contact-share-delete" gives \\[\\{"_id":"crm-contact:504".*\\}\\], but the page states dropped by discard\\. ' +
          'Fix: state what the DTL produces, or correct the DTL if the page is right\\.',
      ),
    );
  });
});
