/**
 * Data-flow diagrams of pattern pages: a small text format, parsed and laid out at build time
 * (by remark-dataflow), so pages ship the finished geometry and no layout code.
 *
 *   system crm "CRM API"
 *   pipe all "crm-contact-all" key
 *   crm -> all "GET ?since=…"
 */

export const NODE_KINDS = ['system', 'pipe', 'dataset', 'event', 'note'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export interface FlowNode {
  id: string;
  kind: NodeKind;
  label: string;
  /** The pattern's key step, drawn heavier and badged. */
  key: boolean;
}

export interface FlowEdge {
  from: string;
  to: string;
  label?: string;
}

export interface Flow {
  nodes: FlowNode[];
  edges: FlowEdge[];
}

export interface PlacedNode extends FlowNode {
  x: number;
  y: number;
  /** The label broken into at most two lines. */
  lines: string[];
}

export interface PlacedEdge extends FlowEdge {
  /** SVG path data. */
  path: string;
  labelX: number;
  labelY: number;
  /** Side lanes' labels read inwards so the diagram's edge does not clip them. */
  labelAnchor: 'start' | 'middle' | 'end';
}

/** What the page renders: geometry in SVG user units, plus the text alternative. */
export interface DataflowLayout {
  width: number;
  height: number;
  nodeWidth: number;
  nodeHeight: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  title: string;
  description: string;
}

export class DataflowError extends Error {
  constructor(
    message: string,
    /** 1-based line within the block. */
    readonly line: number,
  ) {
    super(message);
    this.name = 'DataflowError';
  }
}

const NODE_LINE = /^(\w+)\s+([a-z0-9-]+)\s+"([^"]+)"(\s+key)?$/;
const EDGE_LINE = /^([a-z0-9-]+)\s*->\s*([a-z0-9-]+)(?:\s+"([^"]+)")?$/;
export const MAX_LABEL = 28;
export const MAX_EDGE_LABEL = 24;

export function parseFlow(source: string): Flow {
  const nodes: FlowNode[] = [];
  const edges: FlowEdge[] = [];
  const lineOf = new Map<string, number>();
  source.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    const at = index + 1;
    if (!line || line.startsWith('#')) return;
    const edge = EDGE_LINE.exec(line);
    if (edge) {
      const [, from, to, label] = edge;
      if (label && label.length > MAX_EDGE_LABEL)
        throw new DataflowError(`edge label "${label}" is longer than ${MAX_EDGE_LABEL} characters`, at);
      edges.push({from: from!, to: to!, ...(label ? {label} : {})});
      lineOf.set(`${from}->${to}`, at);
      return;
    }
    const node = NODE_LINE.exec(line);
    if (!node)
      throw new DataflowError(
        `cannot read "${line}": write \`<kind> <id> "<label>"\` or \`<from> -> <to> "<label>"\``,
        at,
      );
    const [, kind, id, label, key] = node;
    if (!(NODE_KINDS as readonly string[]).includes(kind!))
      throw new DataflowError(`"${kind}" is not a node kind; use one of ${NODE_KINDS.join(', ')}`, at);
    if (lineOf.has(id!)) throw new DataflowError(`node "${id}" is defined twice`, at);
    if (label!.length > MAX_LABEL)
      throw new DataflowError(`label "${label}" is longer than ${MAX_LABEL} characters`, at);
    lineOf.set(id!, at);
    nodes.push({id: id!, kind: kind as NodeKind, label: label!, key: Boolean(key)});
  });
  const ids = new Set(nodes.map((n) => n.id));
  for (const edge of edges) {
    for (const end of [edge.from, edge.to]) {
      if (!ids.has(end))
        throw new DataflowError(
          `edge ${edge.from} -> ${edge.to} names "${end}", which is not a node`,
          lineOf.get(`${edge.from}->${edge.to}`)!,
        );
    }
  }
  if (nodes.length < 2) throw new DataflowError('a diagram needs at least two nodes', 1);
  if (nodes.filter((n) => n.key).length !== 1)
    throw new DataflowError('mark exactly one node as the key step with ` key`', 1);
  const connected = new Set(edges.flatMap((e) => [e.from, e.to]));
  const loose = nodes.find((n) => !connected.has(n.id));
  if (loose) throw new DataflowError(`node "${loose.id}" has no edge`, lineOf.get(loose.id)!);
  return {nodes, edges};
}

/** Layer of each node: the longest path from a node without incoming edges. Rejects cycles. */
function layers({nodes, edges}: Flow): Map<string, number> {
  const layer = new Map(nodes.map((n) => [n.id, 0]));
  for (let pass = 0; pass <= nodes.length; pass += 1) {
    let changed = false;
    for (const {from, to} of edges) {
      if (layer.get(to)! < layer.get(from)! + 1) {
        layer.set(to, layer.get(from)! + 1);
        changed = true;
      }
    }
    if (!changed) return layer;
  }
  throw new DataflowError('the flow has a cycle; show loops with an edge label or a note instead', 1);
}

export const NODE_WIDTH = 190;
export const NODE_HEIGHT = 50;
const COLUMN_GAP = 28;
const ROW_GAP = 58;
const MARGIN = 12;
const LINE_LENGTH = 25;
const LANE = 40;

/** Break a label into at most two lines at spaces or hyphens. */
export function wrapLabel(label: string): string[] {
  if (label.length <= LINE_LENGTH) return [label];
  const cut = Math.max(label.lastIndexOf(' ', LINE_LENGTH), label.lastIndexOf('-', LINE_LENGTH - 1) + 1);
  const at = cut > 4 ? cut : LINE_LENGTH;
  return [label.slice(0, at).trim(), label.slice(at).trim()];
}

/** A sentence a screen reader can read instead of the picture. */
export function describeFlow({nodes, edges}: Flow): string {
  const name = (id: string) => {
    const node = nodes.find((n) => n.id === id)!;
    return `${node.label} (${node.kind})`;
  };
  const key = nodes.find((n) => n.key)!;
  const flows = edges.map((e) => `${name(e.from)} to ${name(e.to)}${e.label ? `: ${e.label}` : ''}`);
  return `Data flows from ${flows.join('; from ')}. Key step: ${name(key.id)}.`;
}

/** Top-to-bottom layered layout: sources at the top, each layer centred. */
export function layoutFlow(flow: Flow, title: string): DataflowLayout {
  const layerOf = layers(flow);
  const rows: FlowNode[][] = [];
  for (const node of flow.nodes) (rows[layerOf.get(node.id)!] ??= []).push(node);
  // Edges that skip a layer run down a lane at the side, not through the nodes in between.
  const skips = flow.edges.filter((e) => layerOf.get(e.to)! - layerOf.get(e.from)! > 1);
  const lane = skips.length > 0 ? LANE : 0;
  const widest = Math.max(...rows.map((row) => row.length));
  const width = MARGIN * 2 + lane * 2 + widest * NODE_WIDTH + (widest - 1) * COLUMN_GAP;
  const placed = new Map<string, PlacedNode>();
  rows.forEach((row, r) => {
    const rowWidth = row.length * NODE_WIDTH + (row.length - 1) * COLUMN_GAP;
    row.forEach((node, c) => {
      placed.set(node.id, {
        ...node,
        x: (width - rowWidth) / 2 + c * (NODE_WIDTH + COLUMN_GAP),
        y: MARGIN + r * (NODE_HEIGHT + ROW_GAP),
        lines: wrapLabel(node.label),
      });
    });
  });
  // Edges leave and enter a node at points spread along its bottom and top sides, so edges
  // that share a node do not share a line or an arrowhead.
  const spread = (edgeList: FlowEdge[], edge: FlowEdge) => {
    const index = edgeList.indexOf(edge);
    return ((index + 1) / (edgeList.length + 1) - 0.5) * (NODE_WIDTH * 0.6);
  };
  const edges = flow.edges.map((edge): PlacedEdge => {
    const from = placed.get(edge.from)!;
    const to = placed.get(edge.to)!;
    const leaving = flow.edges.filter((e) => e.from === edge.from);
    const entering = flow.edges.filter((e) => e.to === edge.to);
    const [x1, y1] = [from.x + NODE_WIDTH / 2 + spread(leaving, edge), from.y + NODE_HEIGHT];
    const [x2, y2] = [to.x + NODE_WIDTH / 2 + spread(entering, edge), to.y - 4];
    if (skips.includes(edge)) {
      const left = (x1 + x2) / 2 <= width / 2;
      const x = left ? MARGIN + lane / 2 : width - MARGIN - lane / 2;
      const turn = ROW_GAP / 2;
      return {
        ...edge,
        path: `M${x1} ${y1} C${x1} ${y1 + turn} ${x} ${y1} ${x} ${y1 + turn} L${x} ${y2 - turn} C${x} ${y2} ${x2} ${y2 - turn} ${x2} ${y2}`,
        labelX: round(left ? x + 6 : x - 6),
        labelY: round((y1 + y2) / 2),
        labelAnchor: left ? 'start' : 'end',
      };
    }
    const bend = (y2 - y1) / 2;
    // Labels go where the edge is furthest from its siblings: near the source when several
    // edges meet at the target, near the target when several leave the source.
    const t =
      leaving.length > 1 && entering.length === 1 ? 0.72 : entering.length > 1 && leaving.length === 1 ? 0.28 : 0.5;
    return {
      ...edge,
      path: `M${x1} ${y1} C${x1} ${y1 + bend} ${x2} ${y2 - bend} ${x2} ${y2}`,
      labelX: round(x1 + (x2 - x1) * t),
      labelY: round(y1 + (y2 - y1) * (t < 0.5 ? 0.42 : t > 0.5 ? 0.58 : 0.5)),
      labelAnchor: 'middle',
    };
  });
  return {
    width,
    nodeWidth: NODE_WIDTH,
    nodeHeight: NODE_HEIGHT,
    height: MARGIN * 2 + rows.length * NODE_HEIGHT + (rows.length - 1) * ROW_GAP,
    nodes: [...placed.values()],
    edges,
    title,
    description: describeFlow(flow),
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
