import React, {memo, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import clsx from 'clsx';
import type {PatternCardData} from '@site/src/catalog/client/types';
import styles from './styles.module.css';

/** One pattern on the index: the whole card is a single link (one tab stop). */
function PatternCard({pattern}: {pattern: PatternCardData}): ReactNode {
  return (
    <Link to={pattern.path} className={clsx('card', styles.card)} data-label={pattern.label}>
      <div className={clsx('card__body', styles.body)}>
        {/* A plain h3: Heading would add an anchor link inside the card's link. */}
        {/* eslint-disable-next-line @docusaurus/prefer-docusaurus-heading */}
        <h3 className={styles.title}>{pattern.title}</h3>
        <p className={styles.summary}>{pattern.summary}</p>
      </div>
      <div className="card__footer">
        {/* Looks like a button, but it is part of the card's link, not a second control. */}
        <span className="button button--outline button--primary button--block" aria-hidden="true">
          Read more
        </span>
      </div>
    </Link>
  );
}

// The filter re-renders the grid on every keystroke; a card's data never changes.
export default memo(PatternCard);
