/**
 * Data-flow diagrams of pattern pages: a small text format, parsed and laid out at build time
 * (by remark-dataflow), so pages ship the finished geometry and no layout code.
 *
 *   system crm "CRM API"
 *   pipe all "crm-contact-all" key
 *   crm -> all "GET ?since=…"
 */

import ELK, {type ElkNode, type ElkPoint, type LayoutOptions} from 'elkjs/lib/elk.bundled.js';

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
  width: number;
  height: number;
  /** The label broken into at most two lines. */
  lines: string[];
}

export interface PlacedEdge extends FlowEdge {
  /** SVG path data. */
  path: string;
  /** The label's centre, in the box the layout kept free for it. */
  labelX: number;
  labelY: number;
}

/** What the page renders: geometry in SVG user units, plus the text alternative. */
export interface DataflowLayout {
  width: number;
  height: number;
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
  rejectCycles({nodes, edges});
  return {nodes, edges};
}

/** Data flows one way: a loop would leave the layout no top to start from. */
function rejectCycles({nodes, edges}: Flow): void {
  const layer = new Map(nodes.map((n) => [n.id, 0]));
  for (let pass = 0; pass <= nodes.length; pass += 1) {
    let changed = false;
    for (const {from, to} of edges) {
      if (layer.get(to)! < layer.get(from)! + 1) {
        layer.set(to, layer.get(from)! + 1);
        changed = true;
      }
    }
    if (!changed) return;
  }
  throw new DataflowError('the flow has a cycle; show loops with an edge label or a note instead', 1);
}

export const NODE_WIDTH = 190;
export const NODE_HEIGHT = 50;
/** The key step is larger: its "KEY STEP" badge sits inside, where no edge or label can cover
 * it, and its label is bold, so wider. */
export const KEY_HEIGHT = 66;
export const KEY_WIDTH = 210;
const LINE_LENGTH = 25;
/** Edge labels are 11.5 px; this over-estimates Inter's widest characters, so the box the
 * layout keeps free is never narrower than the text the browser draws. */
const EDGE_FONT = 11.5;
const LABEL_PAD = 3;

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

/** Width of a text in em, by character class, erring wide. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const c of text) em += /[il.,:;'|!]/.test(c) ? 0.32 : /[A-Z@$%&→…{}mwMW]/.test(c) ? 0.86 : 0.6;
  return em * fontSize;
}

const elk = new ELK();

/** ELK's layered (Sugiyama) layout, top to bottom, with orthogonal edges and labels given room. */
const FLOW_OPTIONS: LayoutOptions = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.padding': '[top=12,left=12,bottom=12,right=12]',
  'elk.spacing.nodeNode': '28',
  'elk.layered.spacing.nodeNodeBetweenLayers': '36',
  'elk.spacing.edgeNode': '14',
  'elk.layered.spacing.edgeNodeBetweenLayers': '14',
  'elk.spacing.edgeEdge': '12',
  'elk.layered.spacing.edgeEdgeBetweenLayers': '10',
  'elk.spacing.edgeLabel': '4',
  'elk.layered.thoroughness': '30',
  // Authors list nodes roughly in reading order; keep it where it costs no crossing.
  'elk.layered.considerModelOrder.strategy': 'PREFER_EDGES',
  'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
  'elk.edgeLabels.inline': 'false',
};

/** Top-to-bottom layered layout by ELK: sources at the top, edges routed around the nodes. */
export async function layoutFlow(flow: Flow, title: string): Promise<DataflowLayout> {
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: FLOW_OPTIONS,
    children: flow.nodes.map((n) => ({
      id: n.id,
      width: n.key ? KEY_WIDTH : NODE_WIDTH,
      height: n.key ? KEY_HEIGHT : NODE_HEIGHT,
    })),
    edges: flow.edges.map((e, i) => ({
      id: `e${i}`,
      sources: [e.from],
      targets: [e.to],
      labels: e.label
        ? [
            {
              text: e.label,
              width: Math.ceil(textWidth(e.label, EDGE_FONT) + 2 * LABEL_PAD),
              height: Math.ceil(EDGE_FONT * 1.3 + 2 * LABEL_PAD),
              layoutOptions: {'elk.edgeLabels.placement': 'CENTER'},
            },
          ]
        : [],
    })),
  };
  const laid = await elk.layout(graph);
  const nodes = flow.nodes.map((node): PlacedNode => {
    const box = laid.children!.find((c) => c.id === node.id)!;
    return {...node, x: box.x!, y: box.y!, width: box.width!, height: box.height!, lines: wrapLabel(node.label)};
  });
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges = flow.edges.map((edge, i): PlacedEdge => {
    const laidEdge = laid.edges!.find((e) => e.id === `e${i}`)!;
    const section = laidEdge.sections![0]!;
    const points = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map((p) => ({...p}));
    fitToOutline(points[0]!, byId.get(edge.from)!);
    fitToOutline(points[points.length - 1]!, byId.get(edge.to)!);
    const label = laidEdge.labels?.[0];
    return {
      ...edge,
      path: roundedPath(points),
      labelX: label ? round(label.x! + label.width! / 2) : 0,
      labelY: label ? round(label.y! + label.height! / 2) : 0,
    };
  });
  return {
    width: Math.ceil(laid.width!),
    height: Math.ceil(laid.height!),
    nodes,
    edges,
    title,
    description: describeFlow(flow),
  };
}

/** ELK ends edges on the node's box; a cylinder's top and bottom are curved, so follow the curve. */
function fitToOutline(point: ElkPoint, node: PlacedNode): void {
  if (node.kind !== 'dataset') return;
  const dx = (point.x - (node.x + node.width / 2)) / (node.width / 2);
  const sag = 7 - 7 * Math.sqrt(Math.max(0, 1 - dx * dx));
  point.y += point.y <= node.y + 1 ? sag : -sag;
}

/** A polyline with its corners rounded, as SVG path data. */
function roundedPath(points: ElkPoint[], radius = 6): string {
  let d = `M${round(points[0]!.x)} ${round(points[0]!.y)}`;
  for (let i = 1; i < points.length - 1; i += 1) {
    const [a, b, c] = [points[i - 1]!, points[i]!, points[i + 1]!];
    const r = Math.min(radius, Math.hypot(b.x - a.x, b.y - a.y) / 2, Math.hypot(c.x - b.x, c.y - b.y) / 2);
    const towards = (p: ElkPoint, q: ElkPoint) => {
      const length = Math.hypot(q.x - p.x, q.y - p.y) || 1;
      return [round(p.x + ((q.x - p.x) * r) / length), round(p.y + ((q.y - p.y) * r) / length)];
    };
    const [x1, y1] = towards(b, a);
    const [x2, y2] = towards(b, c);
    d += ` L${x1} ${y1} Q${round(b.x)} ${round(b.y)} ${x2} ${y2}`;
  }
  const end = points[points.length - 1]!;
  return `${d} L${round(end.x)} ${round(end.y)}`;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
