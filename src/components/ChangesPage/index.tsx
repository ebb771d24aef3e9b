import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import CodeSpans from '@site/src/components/CodeSpans';
import {formatDay} from '@site/src/catalog/client/dates';
import {CHANGES_FEED, type CatalogChange} from '@site/src/catalog/client/types';
import styles from './styles.module.css';

const TITLE = 'Changes';
const DESCRIPTION = 'What changed in the catalog, newest first: new patterns and corrections that matter to a reader.';

/** The changes, grouped by day in the order given (newest first). */
function byDay(changes: readonly CatalogChange[]): [string, CatalogChange[]][] {
  const days = new Map<string, CatalogChange[]>();
  for (const change of changes) days.set(change.date, [...(days.get(change.date) ?? []), change]);
  return [...days];
}

/** /changes: every page's `changes` entries, newest first, each linking its pattern. */
export default function ChangesPage({changes}: {changes: CatalogChange[]}): ReactNode {
  return (
    <Layout title={TITLE} description={DESCRIPTION}>
      <main className="container margin-vert--lg">
        <article className={styles.article}>
          <Heading as="h1">{TITLE}</Heading>
          <p>
            New patterns and the corrections a reader should know about, newest first. Follow them in a feed reader or a
            chat channel with the{' '}
            {/* pathname://: a file beside the site, not a route (Link still adds the base path). */}
            <Link to={`pathname:///${CHANGES_FEED}`} target="_self">
              Atom feed
            </Link>
            .
          </p>
          {byDay(changes).map(([day, entries]) => (
            <section key={day} data-testid="changes-day">
              <Heading as="h2" id={`day-${day}`}>
                <time dateTime={day}>{formatDay(day)}</time>
              </Heading>
              <ul className={styles.list}>
                {entries.map((change) => (
                  <li key={change.id} id={change.id} data-testid="change">
                    <Link to={change.path} data-label={change.label}>
                      {change.title}
                    </Link>
                    : <CodeSpans text={change.what} />
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </article>
      </main>
    </Layout>
  );
}
