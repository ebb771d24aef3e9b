import React, {type ReactNode} from 'react';
import Heading from '@theme/Heading';
import PatternCard from '@site/src/components/PatternCard';
import {CATEGORY_INFO} from '@site/src/catalog/categories';
import type {CatalogSection} from '@site/src/catalog/types';
import styles from './styles.module.css';

/** A category of the index: heading, one-line introduction and a grid of cards in catalog order. */
export default function PatternSection({section}: {section: CatalogSection}): ReactNode {
  const {title, intro} = CATEGORY_INFO[section.category];
  const headingId = section.category;
  return (
    <section className={styles.section} aria-labelledby={headingId} data-category={section.category}>
      <Heading as="h2" id={headingId} className={styles.heading}>
        {title} patterns
      </Heading>
      <p className={styles.intro}>{intro}</p>
      <ul className={styles.grid}>
        {section.patterns.map((pattern) => (
          <li key={pattern.label} className={styles.cell}>
            <PatternCard pattern={pattern} />
          </li>
        ))}
      </ul>
    </section>
  );
}
