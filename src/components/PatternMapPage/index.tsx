import React, {useState, type ReactNode} from 'react';
import clsx from 'clsx';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import {CATEGORY_INFO} from '@site/src/catalog/client/categories';
import {CATEGORIES} from '@site/src/catalog/client/types';
import type {PatternMap} from '@site/src/catalog/map';
import LinkSeries from '@site/src/components/LinkSeries';
import styles from './styles.module.css';

const DESCRIPTION =
  'Every data synchronization pattern in the catalog and how they relate, grouped by collect, transform and share.';

function categoryClass(categories: string[]): string {
  return categories.length > 1 ? styles.both! : styles[categories[0]!]!;
}

/**
 * The pattern map. The layout was computed at build time, so nothing moves on load. At rest it
 * shows groups and the lines between them; focusing or hovering a pattern draws its own
 * relations and lights its neighbours; each pattern is a link (Enter opens it).
 * Below the picture, the same graph as a list, which is all a browser without JavaScript or
 * a screen reader needs.
 */
export default function PatternMapPage({map}: {map: PatternMap}): ReactNode {
  const [active, setActive] = useState<string>();
  const activeNode = map.nodes.find((n) => n.label === active);
  const lit = new Set(activeNode ? [activeNode.label, ...activeNode.neighbours] : []);
  const byLabel = new Map(map.nodes.map((n) => [n.label, n]));
  return (
    <Layout title="Pattern map" description={DESCRIPTION}>
      <main className="container margin-vert--lg">
        <Heading as="h1">Pattern map</Heading>
        <p className={styles.lead}>
          Patterns in the order data flows, collect to share, in groups of patterns that mostly relate to each other; a
          line joins two groups with related patterns, wider the more relations they share. Hover or focus a pattern to
          see its own relations, and open it with a click or Enter.
        </p>
        <ul className={styles.legend} aria-label="Categories">
          {[
            ...CATEGORIES.map((c) => [[c], CATEGORY_INFO[c].title] as const),
            [['collect', 'share'], 'Collect and share'] as const,
          ].map(([categories, name]) => (
            <li key={name} className={categoryClass([...categories])}>
              <svg className={styles.swatch} viewBox="0 0 20 20" aria-hidden="true">
                <circle cx={10} cy={10} r={7} />
              </svg>
              {name}
            </li>
          ))}
        </ul>
        <div className={styles.scroll}>
          <svg
            className={clsx(styles.map, activeNode && styles.focused)}
            viewBox={`0 0 ${map.width} ${map.height}`}
            role="group"
            aria-label={`Map of ${map.nodes.length} patterns and ${map.edges.length} relations`}
            data-testid="pattern-map">
            <g aria-hidden="true">
              {map.groups.map((group) => (
                <g key={group.id} data-group={group.id}>
                  <rect
                    className={styles.group}
                    x={group.x}
                    y={group.y}
                    width={group.width}
                    height={group.height}
                    rx={10}
                  />
                  <text className={styles.groupTitle} x={group.x + 14} y={group.y + 22} data-group-title>
                    {group.title}
                  </text>
                </g>
              ))}
              {map.groupEdges.map((edge) => (
                <path
                  key={`${edge.from}|${edge.to}`}
                  d={edge.path}
                  className={styles.groupEdge}
                  style={{strokeWidth: Math.min(1 + edge.count, 9)}}
                  data-group-edge={`${edge.from}|${edge.to}`}
                />
              ))}
              {/* Every relation, drawn only while one of its patterns is lit. */}
              {map.edges.map((edge) => (
                <path
                  key={`${edge.from}>${edge.to}`}
                  d={edge.path}
                  className={clsx(
                    styles.edge,
                    activeNode && (edge.from === active || edge.to === active) && styles.litEdge,
                  )}
                  data-edge={`${edge.from}>${edge.to}`}
                />
              ))}
            </g>
            {map.nodes.map((node) => (
              // Hover is caught on a group around the link: Docusaurus' Link sets its own
              // onMouseEnter (to preload the page) and would replace one given to it.
              <g key={node.label} onMouseEnter={() => setActive(node.label)} onMouseLeave={() => setActive(undefined)}>
                {/* React creates this anchor in the SVG namespace; Link gives it client-side
                    navigation and puts it under the build's broken-link check. */}
                <Link
                  to={node.path}
                  className={clsx(styles.node, categoryClass(node.categories), lit.has(node.label) && styles.lit)}
                  data-node={node.label}
                  aria-label={`${node.title} pattern, ${node.neighbours.length} related`}
                  onFocus={() => setActive(node.label)}
                  onBlur={() => setActive(undefined)}>
                  <circle cx={node.x} cy={node.y} r={8} />
                  <text x={node.textX} y={node.textY} textAnchor={node.anchor} dominantBaseline="middle">
                    {node.title}
                  </text>
                </Link>
              </g>
            ))}
          </svg>
        </div>
        <section className={styles.list} aria-labelledby="map-list">
          <Heading as="h2" id="map-list">
            Patterns and their relations
          </Heading>
          <ul>
            {map.nodes.map((node) => (
              <li key={node.label}>
                <Link to={node.path}>{node.title} pattern</Link>
                {node.neighbours.length > 0 && (
                  <>
                    {' '}
                    relates to <LinkSeries items={node.neighbours.map((label) => byLabel.get(label)!)} />
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      </main>
    </Layout>
  );
}
