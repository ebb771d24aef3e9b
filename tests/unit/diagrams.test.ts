import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import {VFile} from 'vfile';
import type {Root} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import {DataflowError, describeFlow, layoutFlow, parseFlow, wrapLabel} from '../../src/diagrams/dataflow';
import remarkDataflow from '../../src/plugins/remark-dataflow';
import {layoutMap, relationsOf} from '../../src/catalog/map';
import {loadCatalog} from '../../src/catalog/load';
import {FIXTURE_SITE} from '../support/fixtures';

const SPEC = `system crm "CRM API"
pipe all "crm-contact-all" key
dataset ds "crm-contact-all"
note rescan "Nightly full rescan"
crm -> all "GET ?since=…"
rescan -> all
all -> ds "changed contacts"`;

describe('dataflow format', () => {
  it('reads nodes, the key step and labelled edges', () => {
    const flow = parseFlow(SPEC);
    assert.deepEqual(
      flow.nodes.map((n) => [n.id, n.kind, n.key]),
      [
        ['crm', 'system', false],
        ['all', 'pipe', true],
        ['ds', 'dataset', false],
        ['rescan', 'note', false],
      ],
    );
    assert.deepEqual(flow.edges, [
      {from: 'crm', to: 'all', label: 'GET ?since=…'},
      {from: 'rescan', to: 'all'},
      {from: 'all', to: 'ds', label: 'changed contacts'},
    ]);
  });

  for (const [name, spec, message, line] of [
    ['an unknown kind', 'server a "A" key\nsystem b "B"\na -> b', '"server" is not a node kind', 1],
    ['an edge to a missing node', 'system a "A" key\nsystem b "B"\na -> c', 'names "c", which is not a node', 3],
    ['no key step', 'system a "A"\nsystem b "B"\na -> b', 'mark exactly one node as the key step', 1],
    ['a loose node', 'system a "A" key\nsystem b "B"\nsystem c "C"\na -> b', 'node "c" has no edge', 3],
    ['a cycle', 'system a "A" key\nsystem b "B"\na -> b\nb -> a', 'the flow has a cycle', 1],
    ['a line it cannot read', 'system a "A" key\nsystem b "B"\na => b', 'cannot read "a => b"', 3],
    [
      'a label that is too long',
      'system a "An unusually long label for a box" key\nsystem b "B"\na -> b',
      'is longer than 28 characters',
      1,
    ],
  ] as const) {
    it(`rejects ${name}, with the line`, () => {
      assert.throws(
        () => layoutFlow(parseFlow(spec), 't'),
        (error: unknown) => {
          assert.ok(error instanceof DataflowError);
          assert.match(error.message, new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
          assert.equal(error.line, line);
          return true;
        },
      );
    });
  }

  it('lays out sources above targets, nodes of a layer side by side without overlap', () => {
    const layout = layoutFlow(parseFlow(SPEC), 'Title');
    const at = Object.fromEntries(layout.nodes.map((n) => [n.id, n]));
    assert.equal(at.crm!.y, at.rescan!.y, 'both sources in the first layer');
    assert.ok(at.all!.y > at.crm!.y && at.ds!.y > at.all!.y);
    assert.ok(Math.abs(at.crm!.x - at.rescan!.x) >= layout.nodeWidth, 'no overlap');
    for (const node of layout.nodes) {
      assert.ok(node.x >= 0 && node.x + layout.nodeWidth <= layout.width, `${node.id} fits`);
      assert.ok(node.y >= 0 && node.y + layout.nodeHeight <= layout.height);
    }
    assert.equal(layout.edges.length, 3);
    assert.match(layout.edges[0]!.path, /^M[\d.]+ [\d.]+ C/);
  });

  it('describes the flow in words for screen readers', () => {
    assert.equal(
      describeFlow(parseFlow(SPEC)),
      'Data flows from CRM API (system) to crm-contact-all (pipe): GET ?since=…; from Nightly full rescan (note) to crm-contact-all (pipe); from crm-contact-all (pipe) to crm-contact-all (dataset): changed contacts. Key step: crm-contact-all (pipe).',
    );
  });

  it('breaks long labels into two lines', () => {
    assert.deepEqual(wrapLabel('crm-contact-all'), ['crm-contact-all']);
    assert.deepEqual(wrapLabel('hubspot-dealcontactassociation-share'), ['hubspot-', 'dealcontactassociation-share']);
  });
});

describe('remark-dataflow', () => {
  const run = (markdown: string) => {
    const processor = unified().use(remarkParse).use(remarkMdx).use(remarkDataflow);
    const file = new VFile({path: 'docs/x-pattern.mdx', value: markdown});
    return processor.runSync(processor.parse(file), file) as Root;
  };

  it('replaces the block with a DataflowDiagram carrying the finished layout', () => {
    const tree = run(`Lead.\n\n\`\`\`dataflow title="What flows"\n${SPEC}\n\`\`\`\n`);
    const element = tree.children[1] as MdxJsxFlowElement;
    assert.equal(element.name, 'DataflowDiagram');
    const layout = JSON.parse(String((element.attributes[0] as {value: string}).value));
    assert.equal(layout.title, 'What flows');
    assert.equal(layout.nodes.length, 4);
  });

  it('leaves other code blocks alone', () => {
    assert.equal(run('```json\n{}\n```\n').children[0]!.type, 'code');
  });

  it('fails with the file line of a mistake inside the block', () => {
    assert.throws(
      () => run('Lead.\n\n```dataflow title="T"\nsystem a "A" key\nsystem b "B"\na -> c\n```\n'),
      (error: Error & {line?: number}) => {
        assert.match(error.message, /dataflow: edge a -> c names "c"/);
        assert.equal(error.line, 6);
        return true;
      },
    );
  });

  it('requires a title', () => {
    assert.throws(() => run(`\`\`\`dataflow\n${SPEC}\n\`\`\`\n`), /A dataflow block needs a title/);
  });
});

describe('pattern map layout', () => {
  const catalog = loadCatalog({siteDir: FIXTURE_SITE});
  const map = layoutMap(catalog);

  it('has one node per pattern and one edge per relation', () => {
    assert.equal(map.nodes.length, 3);
    assert.deepEqual(
      relationsOf(catalog)
        .map((r) => `${r.from}>${r.to}`)
        .sort(),
      [
        'alpha-pattern>beta-pattern',
        'alpha-pattern>gamma-pattern',
        'beta-pattern>alpha-pattern',
        'gamma-pattern>beta-pattern',
      ],
    );
    assert.equal(map.edges.length, 4, 'alpha lists beta as related and links it in prose: one edge');
  });

  it('puts collect patterns on the left, the others on the right, as data flows, labels reading outwards', () => {
    const at = Object.fromEntries(map.nodes.map((n) => [n.label, n]));
    assert.ok(at['alpha-pattern']!.x < map.width / 2 && at['alpha-pattern']!.anchor === 'end');
    assert.ok(at['beta-pattern']!.x > map.width / 2 && at['beta-pattern']!.anchor === 'start');
    assert.deepEqual(at['beta-pattern']!.neighbours.sort(), ['alpha-pattern', 'gamma-pattern']);
  });
});
