import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {dayOf, formatDay} from '@site/src/catalog/client/dates';
import styles from './styles.module.css';

/**
 * "Checked against the Sesam documentation on …" under the title, linking to the page's
 * Reference section, and beside it the day of the page's last commit (Docusaurus'
 * `lastUpdatedAt`, absent when the build had no full git history). The checked date is
 * formatted at build time; the last update in UTC and en-GB, so server and browser agree.
 */
export default function ReferenceChecked({date, text}: {date: string; text: string}): ReactNode {
  const {lastUpdatedAt} = useDoc().metadata;
  const updated = lastUpdatedAt ? dayOf(lastUpdatedAt) : undefined;
  return (
    <p className={styles.checked} data-testid="reference-checked">
      Checked against the <Link to="#reference">Sesam documentation</Link> on <time dateTime={date}>{text}</time>
      {updated && (
        <>
          {' · '}
          <span data-testid="last-updated">
            Last updated on <time dateTime={updated}>{formatDay(updated)}</time>
          </span>
        </>
      )}
    </p>
  );
}
