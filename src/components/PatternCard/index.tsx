import React, {memo, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import clsx from 'clsx';
import type {PatternCardData} from '@site/src/catalog/client/types';
import styles from './styles.module.css';

/**
 * One pattern on the index: the whole card is a single link (one tab stop), with the title
 * and summary, and the other name a query matched when it was not the title.
 */
function PatternCard({pattern, matchedAlias}: {pattern: PatternCardData; matchedAlias?: string}): ReactNode {
  return (
    <Link to={pattern.path} className={clsx('card', styles.card)} data-label={pattern.label}>
      <div className={clsx('card__body', styles.body)}>
        {/* A plain h3: Heading would add an anchor link inside the card's link. */}
        {/* eslint-disable-next-line @docusaurus/prefer-docusaurus-heading */}
        <h3 className={styles.title}>{pattern.title}</h3>
        <p className={styles.summary}>{pattern.summary}</p>
        {matchedAlias && (
          <p className={styles.alias} data-testid="matched-alias">
            Also known as: {matchedAlias}
          </p>
        )}
      </div>
    </Link>
  );
}

// The filter re-renders the grid on every keystroke; a card's data never changes.
export default memo(PatternCard);
