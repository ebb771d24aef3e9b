import React, {useEffect, useId, useMemo, useRef, type ReactNode} from 'react';
import clsx from 'clsx';
import type {DataflowLayout, PlacedNode} from '@site/src/diagrams/dataflow';
import styles from './styles.module.css';

/** The outline of each kind of node, so kinds differ by shape as well as by style. */
function Shape({node}: {node: PlacedNode}): ReactNode {
  const {x, y, kind, width: W, height: H} = node;
  switch (kind) {
    case 'dataset': // a cylinder
      return (
        <>
          <path
            d={`M${x} ${y + 7} v${H - 14} a${W / 2} 7 0 0 0 ${W} 0 v-${H - 14} a${W / 2} 7 0 0 0 -${W} 0 a${W / 2} 7 0 0 0 ${W} 0`}
          />
        </>
      );
    case 'system': // a box with a double frame
      return (
        <>
          <rect x={x} y={y} width={W} height={H} rx={4} />
          <rect x={x + 4} y={y + 4} width={W - 8} height={H - 8} rx={2} className={styles.inner} />
        </>
      );
    case 'event': // a flag: something pushed in from outside
      return <path d={`M${x} ${y} h${W - 14} l14 ${H / 2} l-14 ${H / 2} h-${W - 14} z`} />;
    case 'note':
      return <rect x={x} y={y} width={W} height={H} rx={2} className={styles.note} />;
    default: // pipe: a pill
      return <rect x={x} y={y} width={W} height={H} rx={H / 2} />;
  }
}

/**
 * A pattern's data flow as inline SVG. The geometry was computed at build time
 * (remark-dataflow); this only draws it. The title and description are what a screen
 * reader reads; the key step is marked by a heavier outline and a "KEY STEP" badge.
 */
export default function DataflowDiagram({layout}: {layout: string}): ReactNode {
  const diagram = useMemo(() => JSON.parse(layout) as DataflowLayout, [layout]);
  const id = useId();
  const scroller = useRef<HTMLDivElement>(null);
  // On a screen narrower than the diagram, start with the key step in the middle of the view
  // rather than cut off at the right edge (the shadows at the edges say there is more).
  useEffect(() => {
    const box = scroller.current;
    const key = diagram.nodes.find((node) => node.key);
    if (!box || !key || box.scrollWidth <= box.clientWidth) return;
    const scale = box.scrollWidth / diagram.width;
    box.scrollLeft = (key.x + key.width / 2) * scale - box.clientWidth / 2;
  }, [diagram]);
  const [titleId, descId, arrowId, captionId] = [`${id}-title`, `${id}-desc`, `${id}-arrow`, `${id}-caption`];
  return (
    <figure className={styles.figure} data-testid="dataflow">
      {/* A wide diagram scrolls sideways; a keyboard scrolls it once the region has focus. */}
      <div ref={scroller} className={styles.scroll} tabIndex={0} role="region" aria-labelledby={captionId}>
        <svg
          className={styles.svg}
          viewBox={`0 0 ${diagram.width} ${diagram.height}`}
          // Never below 90 % of its natural size: a phone scrolls a wide diagram sideways rather
          // than shrink its 13 px text out of legibility.
          style={{maxWidth: diagram.width, minWidth: Math.round(diagram.width * 0.9)}}
          role="img"
          aria-labelledby={titleId}
          aria-describedby={descId}>
          <title id={titleId}>{diagram.title}</title>
          <desc id={descId}>{diagram.description}</desc>
          <defs>
            <marker
              id={arrowId}
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto-start-reverse">
              <path d="M0 0 L10 5 L0 10 z" className={styles.arrowHead} />
            </marker>
          </defs>
          {diagram.edges.map((edge) => (
            <path
              key={`${edge.from}-${edge.to}`}
              data-edge={`${edge.from}>${edge.to}`}
              d={edge.path}
              markerEnd={`url(#${arrowId})`}
              className={styles.edge}
            />
          ))}
          {diagram.nodes.map((node) => {
            const [cx, cy] = [node.x + node.width / 2, node.y + node.height / 2];
            // The key step's badge is its first line, inside the shape.
            const top = cy - ((node.lines.length - 1) * 16) / 2 + (node.key ? 8 : 0);
            return (
              <g
                key={node.id}
                className={clsx(styles.node, node.key && styles.key)}
                data-kind={node.kind}
                data-node={node.id}
                data-key={node.key || undefined}>
                <Shape node={node} />
                <text x={cx} y={top} textAnchor="middle" dominantBaseline="middle">
                  {node.lines.map((line, i) => (
                    <tspan key={i} x={cx} dy={i === 0 ? 0 : 16}>
                      {line}
                    </tspan>
                  ))}
                </text>
                {node.key && (
                  <text x={cx} y={top - 17} textAnchor="middle" dominantBaseline="middle" className={styles.badge}>
                    KEY STEP
                  </text>
                )}
              </g>
            );
          })}
          {/* Edge labels last, on top of everything, each with a halo in the page's background. */}
          {diagram.edges.map(
            (edge) =>
              edge.label && (
                <text
                  key={`${edge.from}-${edge.to}`}
                  x={edge.labelX}
                  y={edge.labelY}
                  className={styles.edgeLabel}
                  data-edge-label={`${edge.from}>${edge.to}`}
                  textAnchor="middle"
                  dominantBaseline="middle">
                  {edge.label}
                </text>
              ),
          )}
        </svg>
      </div>
      <figcaption id={captionId} className={styles.caption}>
        {diagram.title}
      </figcaption>
    </figure>
  );
}
