import {CATEGORIES, type Catalog, type Category, type Pattern} from './client/types';

/** One relation between two patterns: a `related` entry or a prose cross-link. */
export interface MapEdge {
  from: string;
  to: string;
  /** SVG path data. */
  path: string;
}

export interface MapNode {
  label: string;
  title: string;
  path: string;
  categories: Category[];
  /** The id of the group it is drawn in. */
  group: string;
  x: number;
  y: number;
  /** Where the title goes (it reads rightwards from there). */
  textX: number;
  textY: number;
  anchor: 'start' | 'end';
  /** Labels of the patterns this one relates to, either way. */
  neighbours: string[];
}

/** Patterns of one column that relate mostly to each other, drawn in one box. */
export interface MapGroup {
  id: string;
  /** Named after its most connected pattern. */
  title: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The relations between two groups, drawn as one line whose width grows with their number. */
export interface MapGroupEdge {
  from: string;
  to: string;
  count: number;
  path: string;
}

export interface PatternMap {
  width: number;
  height: number;
  nodes: MapNode[];
  /** Every relation; drawn when one of its patterns is lit. */
  edges: MapEdge[];
  groups: MapGroup[];
  /** What the picture shows at rest. */
  groupEdges: MapGroupEdge[];
}

const MARGIN = 24;
const BOX_WIDTH = 440;
const COLUMN_GAP = 90;
/** Room right of the share column for the lines that join two of its groups. */
const BOW_ROOM = 50;
const ROW = 26;
const BOX_TOP = 40; // room for the group's title
const BOX_GAP = 36;

/** Every distinct (from, to) pair of patterns joined by `related` or a prose cross-link. */
export function relationsOf({patterns}: Catalog): {from: string; to: string}[] {
  const seen = new Set<string>();
  return patterns.flatMap((p) =>
    [...p.related.map((r) => r.label), ...p.crossLinks.map((r) => r.label)]
      .filter((to) => to !== p.label && !seen.has(`${p.label}>${to}`) && seen.add(`${p.label}>${to}`))
      .map((to) => ({from: p.label, to})),
  );
}

/** The group of a column's patterns that relate only to other groups. */
const SINGLES_TITLE = ['More collect patterns', 'Transform, and collect and share', 'More share patterns'];

/** The map's three columns, the way data flows: collect, then transform and both, then share. */
const columnOf = (categories: readonly Category[]): number =>
  categories.length > 1 ? 1 : [0, 1, 2][CATEGORIES.indexOf(categories[0]!)]!;

/**
 * Groups within one column, from the relations alone: greedy modularity (Clauset, Newman and
 * Moore): start with a group per pattern and keep merging the two groups whose merge adds most
 * modularity, while any merge adds some. Deterministic (ties go to the pair that sorts first),
 * and a step costs one pass over the pairs of related groups, so 1,000 patterns stay quick.
 * Patterns merged with nothing share one group. Each group says whether two of its patterns
 * relate: a merged group always does (merges follow relations).
 */
function groupsOf(column: Pattern[], neighbours: Map<string, Set<string>>): {patterns: Pattern[]; related: boolean}[] {
  const index = new Map(column.map((p, i) => [p.label, i]));
  const between = new Map<string, number>(); // "i,j" (i < j) -> relations between groups i and j
  const degree = column.map(() => 0);
  for (const p of column) {
    for (const n of neighbours.get(p.label) ?? []) {
      const [i, j] = [index.get(p.label)!, index.get(n)];
      if (j === undefined || i >= j) continue;
      between.set(`${i},${j}`, 1);
      degree[i]! += 1;
      degree[j]! += 1;
    }
  }
  const m = between.size;
  const members = column.map((p) => [p]);
  while (m > 0) {
    let best: {key: string; gain: number} | undefined;
    for (const [key, e] of between) {
      const [i, j] = key.split(',').map(Number) as [number, number];
      const gain = e / m - (degree[i]! * degree[j]!) / (2 * m * m);
      if (gain > 1e-12 && (!best || gain > best.gain + 1e-12)) best = {key, gain};
    }
    if (!best) break;
    const [keep, gone] = best.key.split(',').map(Number) as [number, number];
    // Group `gone` joins `keep`: its relations to other groups become `keep`'s.
    for (const [key, e] of [...between]) {
      const [i, j] = key.split(',').map(Number) as [number, number];
      if (i !== gone && j !== gone) continue;
      between.delete(key);
      const other = i === gone ? j : i;
      if (other === keep) continue;
      const merged = keep < other ? `${keep},${other}` : `${other},${keep}`;
      between.set(merged, (between.get(merged) ?? 0) + e);
    }
    degree[keep]! += degree[gone]!;
    members[keep]!.push(...members[gone]!);
    members[gone] = [];
  }
  const groups = members.filter((g) => g.length > 1);
  const alone = members.filter((g) => g.length === 1).flat();
  const byOrder = (a: Pattern, b: Pattern) => a.order - b.order;
  return [
    ...groups.map((g) => ({patterns: g.sort(byOrder), related: true})),
    // Two patterns whose merge would add no modularity stay alone, though related to each other.
    ...(alone.length > 0
      ? [
          {
            patterns: alone.sort(byOrder),
            related: alone.some((p) => alone.some((q) => neighbours.get(p.label)?.has(q.label))),
          },
        ]
      : []),
  ];
}

/**
 * The pattern map, laid out at build time so the page never moves on load: three columns in the
 * order data flows (collect, then transform and the patterns of both sides, then share), each a
 * stack of groups of patterns that relate mostly to each other. At rest it draws one line per
 * pair of related groups, as wide as their relations are many, so the structure reads at a
 * glance; a pattern's own relations are drawn when it is hovered or focused.
 */
export function layoutMap(catalog: Catalog): PatternMap {
  const relations = relationsOf(catalog);
  const neighbours = new Map<string, Set<string>>();
  for (const {from, to} of relations) {
    neighbours.set(from, (neighbours.get(from) ?? new Set()).add(to));
    neighbours.set(to, (neighbours.get(to) ?? new Set()).add(from));
  }
  const degree = (p: Pattern) => neighbours.get(p.label)?.size ?? 0;
  const nodes: MapNode[] = [];
  const groups: MapGroup[] = [];
  let height = 0;
  for (const column of [0, 1, 2]) {
    const members = catalog.patterns.filter((p) => columnOf(p.categories) === column);
    const x = MARGIN + column * (BOX_WIDTH + COLUMN_GAP);
    let y = MARGIN;
    groupsOf(members, neighbours).forEach(({patterns, related}, g) => {
      const id = `${column}-${g}`;
      const hub = [...patterns].sort((a, b) => degree(b) - degree(a) || a.order - b.order)[0]!;
      const boxHeight = BOX_TOP + patterns.length * ROW + 8;
      groups.push({
        id,
        title: related ? `Around ${hub.title.replace(/ pattern$/, '')}` : SINGLES_TITLE[column]!,
        x,
        y,
        width: BOX_WIDTH,
        height: boxHeight,
      });
      patterns.forEach((pattern, i) => {
        const cy = y + BOX_TOP + ROW * i + ROW / 2;
        nodes.push({
          label: pattern.label,
          title: pattern.title.replace(/ pattern$/, ''),
          path: pattern.path,
          categories: pattern.categories,
          group: id,
          x: x + 20,
          y: cy,
          textX: x + 36,
          textY: cy,
          anchor: 'start',
          neighbours: [...(neighbours.get(pattern.label) ?? [])],
        });
      });
      y += boxHeight + BOX_GAP;
    });
    height = Math.max(height, y - BOX_GAP + MARGIN);
  }
  // The middle column is short: at the bottom, it stays out of the way of the lines that join
  // collect groups to share groups, which meet the (shorter) share column near the top.
  const middle = groups.filter((g) => g.id.startsWith('1-'));
  const shift = height - MARGIN - Math.max(...middle.map((g) => g.y + g.height));
  for (const g of middle) g.y += shift;
  for (const n of nodes.filter((node) => node.group.startsWith('1-'))) {
    n.y += shift;
    n.textY += shift;
  }
  const at = new Map(nodes.map((n) => [n.label, n]));
  const box = new Map(groups.map((g) => [g.id, g]));
  const edges = relations.map(({from, to}): MapEdge => {
    const [a, b] = [at.get(from)!, at.get(to)!];
    // Within a column the curve bows out to the left; across columns it bends gently.
    const cx = a.x === b.x ? a.x - 60 - Math.abs(a.y - b.y) * 0.15 : (a.x + b.x) / 2;
    return {from, to, path: `M${a.x} ${a.y} Q${round(cx)} ${round((a.y + b.y) / 2)} ${b.x} ${b.y}`};
  });
  const counts = new Map<string, number>();
  for (const {from, to} of relations) {
    const [g, h] = [at.get(from)!.group, at.get(to)!.group].sort();
    if (g !== h) counts.set(`${g}|${h}`, (counts.get(`${g}|${h}`) ?? 0) + 1);
  }
  const groupEdges = [...counts].map(([key, count]): MapGroupEdge => {
    const [from, to] = key.split('|') as [string, string];
    const [a, b] = [box.get(from)!, box.get(to)!];
    return {from, to, count, path: groupPath(a, b)};
  });
  return {width: MARGIN * 2 + 3 * BOX_WIDTH + 2 * COLUMN_GAP + BOW_ROOM, height, nodes, edges, groups, groupEdges};
}

/** From the side of one box that faces the other; boxes in one column join on their right side. */
function groupPath(a: MapGroup, b: MapGroup): string {
  const [ay, by] = [a.y + a.height / 2, b.y + b.height / 2];
  if (a.x === b.x) {
    const x = a.x + a.width;
    const bow = x + 30 + Math.abs(ay - by) * 0.12;
    return `M${x} ${round(ay)} C${round(bow)} ${round(ay)} ${round(bow)} ${round(by)} ${x} ${round(by)}`;
  }
  const [left, right] = a.x < b.x ? [a, b] : [b, a];
  const [ly, ry] = a.x < b.x ? [ay, by] : [by, ay];
  const [x1, x2] = [left.x + left.width, right.x];
  const mid = (x1 + x2) / 2;
  return `M${x1} ${round(ly)} C${mid} ${round(ly)} ${mid} ${round(ry)} ${x2} ${round(ry)}`;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
