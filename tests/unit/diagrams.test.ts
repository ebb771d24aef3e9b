import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import {VFile} from 'vfile';
import type {Root} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import {
  DataflowError,
  KEY_HEIGHT,
  KEY_WIDTH,
  describeFlow,
  layoutFlow,
  parseFlow,
  textWidth,
  wrapLabel,
  type PlacedNode,
} from '../../src/diagrams/dataflow';
import remarkDataflow from '../../src/plugins/remark-dataflow';
import {layoutMap, relationsOf} from '../../src/catalog/map';
import type {Pattern} from '../../src/catalog/client/types';
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
        () => parseFlow(spec),
        (error: unknown) => {
          assert.ok(error instanceof DataflowError);
          assert.match(error.message, new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
          assert.equal(error.line, line);
          return true;
        },
      );
    });
  }

  it('lays out sources above targets, nodes apart, edges from bottom to top, labels clear of every node', async () => {
    const layout = await layoutFlow(parseFlow(SPEC), 'Title');
    const at = Object.fromEntries(layout.nodes.map((n) => [n.id, n]));
    assert.ok(at.all!.y >= Math.max(at.crm!.y + at.crm!.height, at.rescan!.y + at.rescan!.height));
    assert.ok(at.ds!.y >= at.all!.y + at.all!.height);
    assert.equal(at.all!.height, KEY_HEIGHT, 'the key step has room for its badge');
    assert.equal(at.all!.width, KEY_WIDTH, 'and for its bold label');
    const apart = (a: PlacedNode, b: PlacedNode) =>
      a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
    for (const [i, a] of layout.nodes.entries()) {
      assert.ok(
        a.x >= 0 && a.x + a.width <= layout.width && a.y >= 0 && a.y + a.height <= layout.height,
        `${a.id} fits`,
      );
      for (const b of layout.nodes.slice(i + 1)) assert.ok(apart(a, b), `${a.id} and ${b.id} do not overlap`);
    }
    assert.equal(layout.edges.length, 3);
    for (const edge of layout.edges) {
      const numbers = edge.path.match(/-?[\d.]+/g)!.map(Number);
      const [from, to] = [at[edge.from]!, at[edge.to]!];
      assert.match(edge.path, /^M[\d.]+ [\d.]+( [LQ][\d. ]+)+$/, 'an orthogonal path with rounded corners');
      assert.ok(Math.abs(numbers[1]! - (from.y + from.height)) <= 7, `${edge.from}->${edge.to} leaves the bottom`);
      assert.ok(Math.abs(numbers.at(-1)! - to.y) <= 7, `${edge.from}->${edge.to} enters the top`);
      if (!edge.label) continue;
      const half = textWidth(edge.label, 11.5) / 2;
      const box = {x: edge.labelX - half, y: edge.labelY - 7, width: 2 * half, height: 14};
      for (const node of layout.nodes)
        assert.ok(apart({...node, ...box}, node), `label "${edge.label}" clear of ${node.id}`);
    }
  });

  it('spends no crossing on a flow that needs none', async () => {
    // Two chains side by side, listed interleaved: a naive order would cross them.
    const layout = await layoutFlow(
      parseFlow('system a "A" key\nsystem b "B"\npipe c "C"\npipe d "D"\na -> d "x"\nb -> c "y"'),
      't',
    );
    const at = Object.fromEntries(layout.nodes.map((n) => [n.id, n]));
    assert.equal(at.a!.x < at.b!.x, at.d!.x < at.c!.x, 'each chain keeps its side');
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
  const run = async (markdown: string) => {
    const processor = unified().use(remarkParse).use(remarkMdx).use(remarkDataflow);
    const file = new VFile({path: 'docs/x-pattern.mdx', value: markdown});
    return (await processor.run(processor.parse(file), file)) as Root;
  };

  it('replaces the block with a DataflowDiagram carrying the finished layout', async () => {
    const tree = await run(`Lead.\n\n\`\`\`dataflow title="What flows"\n${SPEC}\n\`\`\`\n`);
    const element = tree.children[1] as MdxJsxFlowElement;
    assert.equal(element.name, 'DataflowDiagram');
    const layout = JSON.parse(String((element.attributes[0] as {value: string}).value));
    assert.equal(layout.title, 'What flows');
    assert.equal(layout.nodes.length, 4);
  });

  it('leaves other code blocks alone', async () => {
    assert.equal((await run('```json\n{}\n```\n')).children[0]!.type, 'code');
  });

  it('fails with the file line of a mistake inside the block', async () => {
    await assert.rejects(
      run('Lead.\n\n```dataflow title="T"\nsystem a "A" key\nsystem b "B"\na -> c\n```\n'),
      (error: Error & {line?: number}) => {
        assert.match(error.message, /dataflow: edge a -> c names "c"/);
        assert.equal(error.line, 6);
        return true;
      },
    );
  });

  it('requires a title', async () => {
    await assert.rejects(run(`\`\`\`dataflow\n${SPEC}\n\`\`\`\n`), /A dataflow block needs a title/);
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

  it('puts collect patterns in the left column and share patterns in the right, as data flows', () => {
    const at = Object.fromEntries(map.nodes.map((n) => [n.label, n]));
    assert.ok(at['alpha-pattern']!.x < map.width / 3);
    assert.ok(at['beta-pattern']!.x > (2 * map.width) / 3 - 200);
    assert.deepEqual(at['beta-pattern']!.neighbours.sort(), ['alpha-pattern', 'gamma-pattern']);
  });

  it('draws each node inside its group, and one line per pair of related groups with their count', () => {
    for (const node of map.nodes) {
      const group = map.groups.find((g) => g.id === node.group)!;
      assert.ok(
        node.x > group.x && node.x < group.x + group.width && node.y > group.y && node.y < group.y + group.height,
      );
    }
    const between = (a: string, b: string) =>
      map.nodes.find((n) => n.label === a)!.group !== map.nodes.find((n) => n.label === b)!.group;
    const expected = relationsOf(catalog).filter((r) => between(r.from, r.to)).length;
    assert.equal(
      map.groupEdges.reduce((n, e) => n + e.count, 0),
      expected,
      'every relation across groups is counted once',
    );
    assert.ok(
      map.groupEdges.every((e) => e.from < e.to),
      'one line per pair, whichever way the relations go',
    );
  });
});

describe('pattern map groups', () => {
  const pattern = (label: string, categories: Pattern['categories'], related: string[], order: number): Pattern =>
    ({
      label,
      title: `${label} pattern`,
      path: `/patterns/${label}`,
      categories,
      order,
      related: related.map((l) => ({label: l, why: 'x'})),
      crossLinks: [],
    }) as unknown as Pattern;

  it('puts patterns that relate mostly to each other in one group, from the relations alone', () => {
    // Two triangles joined by one link, all collect: two groups, named after their hubs.
    const map = layoutMap({
      patterns: [
        pattern('a', ['collect'], ['b', 'c'], 1),
        pattern('b', ['collect'], ['c'], 2),
        pattern('c', ['collect'], ['d'], 3),
        pattern('d', ['collect'], ['e', 'f'], 4),
        pattern('e', ['collect'], ['f'], 5),
        pattern('f', ['collect'], [], 6),
      ],
      backlinks: {},
    });
    const groupOf = (l: string) => map.nodes.find((n) => n.label === l)!.group;
    assert.equal(groupOf('a'), groupOf('b'));
    assert.equal(groupOf('b'), groupOf('c'));
    assert.equal(groupOf('d'), groupOf('e'));
    assert.notEqual(groupOf('a'), groupOf('e'));
    assert.deepEqual(
      map.groupEdges.map((e) => e.count),
      [1],
    );
    assert.deepEqual(
      map.groups.map((g) => g.title),
      ['Around c', 'Around d'],
    );
  });
});
