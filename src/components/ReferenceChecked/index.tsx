import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import styles from './styles.module.css';

/**
 * "Checked against the Sesam documentation on …" under the title, linking to the page's
 * Reference section. The date is formatted at build time, so server and browser agree.
 */
export default function ReferenceChecked({date, text}: {date: string; text: string}): ReactNode {
  return (
    <p className={styles.checked} data-testid="reference-checked">
      Checked against the <Link to="#reference">Sesam documentation</Link> on <time dateTime={date}>{text}</time>
    </p>
  );
}
