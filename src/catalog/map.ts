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
  x: number;
  y: number;
  /** Where the title goes, and which way it reads from there. */
  textX: number;
  textY: number;
  anchor: 'start' | 'end';
  /** Labels of the patterns this one relates to, either way. */
  neighbours: string[];
}

export interface PatternMap {
  width: number;
  height: number;
  nodes: MapNode[];
  edges: MapEdge[];
}

const RADIUS = 330;
const LABEL_ROOM = 360;
const MARGIN = 24;

/** Every distinct (from, to) pair of patterns joined by `related` or a prose cross-link. */
export function relationsOf({patterns}: Catalog): {from: string; to: string}[] {
  const seen = new Set<string>();
  return patterns.flatMap((p) =>
    [...p.related.map((r) => r.label), ...p.crossLinks.map((r) => r.label)]
      .filter((to) => to !== p.label && !seen.has(`${p.label}>${to}`) && seen.add(`${p.label}>${to}`))
      .map((to) => ({from: p.label, to})),
  );
}

/**
 * The pattern map, laid out at build time so the page never moves on load. Collect patterns
 * form the left half of a circle and the others (both collect and share, transform, share)
 * the right half, the way data flows: in on the left, out on the right. Nodes are spaced evenly in height, not in angle, so that their labels, which
 * read outwards, never overlap. Relations are curves bending towards the centre.
 */
export function layoutMap(catalog: Catalog): PatternMap {
  // Patterns in two categories come first on the right, nearest the collect side at the top.
  const group = (categories: Category[]) => (categories.length > 1 ? 0.5 : CATEGORIES.indexOf(categories[0]!));
  const byOrder = (a: Pattern, b: Pattern) => group(a.categories) - group(b.categories) || a.order - b.order;
  const left = catalog.patterns.filter((p) => group(p.categories) === 0).sort(byOrder);
  const right = catalog.patterns.filter((p) => group(p.categories) !== 0).sort(byOrder);
  const relations = relationsOf(catalog);
  const centre = MARGIN + LABEL_ROOM + RADIUS;
  const top = MARGIN + 20 + RADIUS;
  const place = (side: Pattern[], direction: 1 | -1) =>
    side.map((pattern, i): MapNode => {
      const dy = side.length === 1 ? 0 : -0.94 + (1.88 * i) / (side.length - 1);
      const dx = direction * Math.sqrt(1 - dy * dy);
      return {
        label: pattern.label,
        title: pattern.title.replace(/ pattern$/, ''),
        path: pattern.path,
        categories: pattern.categories,
        x: round(centre + RADIUS * dx),
        y: round(top + RADIUS * dy),
        textX: round(centre + RADIUS * dx + direction * 14),
        textY: round(top + RADIUS * dy),
        anchor: direction === 1 ? 'start' : 'end',
        neighbours: [
          ...new Set(
            relations.flatMap((r) => (r.from === pattern.label ? [r.to] : r.to === pattern.label ? [r.from] : [])),
          ),
        ],
      };
    });
  const nodes = [...place(left, -1), ...place(right, 1)];
  const at = new Map(nodes.map((n) => [n.label, n]));
  const edges = relations.map(({from, to}): MapEdge => {
    const [a, b] = [at.get(from)!, at.get(to)!];
    // The control point sits between the chord's middle and the centre: short chords stay
    // near the rim, long ones pass close to the middle.
    const [mx, my] = [(a.x + b.x) / 2, (a.y + b.y) / 2];
    const [cx, cy] = [round(mx + (centre - mx) * 0.6), round(my + (top - my) * 0.6)];
    return {from, to, path: `M${a.x} ${a.y} Q${cx} ${cy} ${b.x} ${b.y}`};
  });
  return {width: 2 * centre, height: 2 * top, nodes, edges};
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
