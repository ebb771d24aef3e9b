import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import PatternSection from '@site/src/components/PatternSection';
import PatternFilter from '@site/src/components/PatternFilter';
import NoMatches from '@site/src/components/NoMatches';
import {useCatalogFilter} from '@site/src/hooks/useCatalogFilter';
import {
  CHANGES_ROUTE,
  FINDER_ROUTE,
  INDEX_PAGE,
  MAP_ROUTE,
  type CatalogIndexData,
} from '@site/src/catalog/client/types';
import styles from './styles.module.css';

const {title: TITLE, description: DESCRIPTION} = INDEX_PAGE;

/** The catalog's home page at `/`: every pattern as a card, grouped by category. */
export default function CatalogIndexPage({catalog}: {catalog: CatalogIndexData}): ReactNode {
  const filter = useCatalogFilter(catalog.sections);
  return (
    <Layout title={TITLE} description={DESCRIPTION}>
      <main className={clsx('container margin-bottom--lg', styles.main)}>
        {/* The first screen is for finding a pattern: one sentence, then the filter and the
            cards. The longer introduction follows the grid. */}
        <header className={styles.header}>
          <Heading as="h1">{TITLE}</Heading>
          <p className={styles.lead}>
            Proven solutions to the problems every Sesam integration meets when it <strong>collects</strong>,{' '}
            <strong>transforms</strong> and <strong>shares</strong> data. <Link to="#about">About the catalog</Link>
          </p>
        </header>
        <PatternFilter {...filter} />
        {/* The full grid is what the server renders; the filter hides it rather than
            unmounting it, so clearing a query is cheap. */}
        <div hidden={filter.searching}>
          {catalog.sections.map((section) => (
            <PatternSection
              key={section.category}
              section={section}
              hidden={filter.hiddenCategories.includes(section.category)}
            />
          ))}
        </div>
        {filter.results.map((section) => (
          <PatternSection key={section.category} section={section} results matchedAliases={filter.matchedAliases} />
        ))}
        {filter.more > 0 && (
          <button type="button" className="button button--secondary margin-bottom--xl" onClick={filter.showAll}>
            Show all {filter.count} matches
          </button>
        )}
        {filter.searching && filter.count === 0 && (
          <NoMatches query={filter.filter.query} suggestions={filter.suggestions} onClear={filter.clear} />
        )}
        <section className={styles.about} aria-labelledby="about">
          <Heading as="h2" id="about">
            About the catalog
          </Heading>
          <p>
            Syncing data between systems raises the same problems again and again: a source that never reports
            deletions, an API that pages, a webhook that must be registered, a target that needs optimistic locking.
            This catalog gives each recurring problem a name and a proven way to solve it in Sesam, so that a team can
            say &ldquo;use the continuation pattern&rdquo; and paste a link.
          </p>
          <p>
            Patterns follow the way data moves through Sesam. <strong>Collect</strong> patterns get data out of source
            systems into datasets. <strong>Transform</strong> patterns work on that data inside Sesam, where datasets
            from many sources are merged into a shared model. <strong>Share</strong> patterns write the result back out
            to the systems that need it. The <Link to={`/${MAP_ROUTE}`}>pattern map</Link> shows how they all relate.
          </p>
          <p>
            Starting an integration? Answer a few questions about its systems in the{' '}
            <Link to={`/${FINDER_ROUTE}`}>pattern finder</Link>, and it lists the patterns the integration needs, each
            with the reason, as a checklist for the ticket.
          </p>
          <p>
            Relying on a pattern? The <Link to={`/${CHANGES_ROUTE}`}>changes</Link> list new patterns and the
            corrections that matter, newest first, also as a feed for a reader or a chat channel.
          </p>
        </section>
      </main>
    </Layout>
  );
}
