import React, {memo, type ReactNode} from 'react';
import Heading from '@theme/Heading';
import PatternCard from '@site/src/components/PatternCard';
import {CATEGORY_INFO} from '@site/src/catalog/client/categories';
import type {CatalogSection} from '@site/src/catalog/client/types';
import styles from './styles.module.css';

interface Props {
  section: CatalogSection;
  hidden?: boolean;
  /** Results of the filter carry no heading ids, so anchors like /#share stay on the grid. */
  results?: boolean;
  /** Per result, the other name the query matched (shown on its card). */
  matchedAliases?: Record<string, string>;
}

/** A category of the index: heading, one-line introduction and a grid of cards. */
function PatternSection({section, hidden = false, results = false, matchedAliases = {}}: Props): ReactNode {
  const {title, intro} = CATEGORY_INFO[section.category];
  const headingId = results ? `${section.category}-results` : section.category;
  return (
    <section className={styles.section} aria-labelledby={headingId} data-category={section.category} hidden={hidden}>
      <Heading as="h2" id={headingId} className={styles.heading}>
        {title} patterns
      </Heading>
      {/* Results come first, without the introductions. */}
      {!results && <p className={styles.intro}>{intro}</p>}
      <ul className={styles.grid}>
        {section.patterns.map((pattern) => (
          <li key={pattern.label} className={styles.cell}>
            <PatternCard pattern={pattern} matchedAlias={matchedAliases[pattern.label]} />
          </li>
        ))}
      </ul>
    </section>
  );
}

// The full grid stays mounted (hidden) while the filter shows results; it must not re-render
// on every keystroke.
export default memo(PatternSection);
