import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {CATEGORY_INFO} from '@site/src/catalog/client/categories';
import type {Category} from '@site/src/catalog/client/types';
import styles from './styles.module.css';

/**
 * Under a pattern's title: where it sits in the catalog (each category links to its part of
 * the index) and the other names it goes by, so a reader who arrives from a pasted link, or
 * searched for "delta", sees at once that this is the page they meant.
 */
export default function PatternFacts({categories, aliases}: {categories: Category[]; aliases: string[]}): ReactNode {
  return (
    <p className={styles.facts} data-testid="pattern-facts">
      {categories.map((category, i) => (
        <React.Fragment key={category}>
          {i > 0 && ' and '}
          <Link to={`/#${category}`}>
            {i === 0 ? CATEGORY_INFO[category].title : CATEGORY_INFO[category].title.toLowerCase()}
          </Link>
        </React.Fragment>
      ))}{' '}
      pattern
      {aliases.length > 0 && (
        <>
          <span aria-hidden="true"> · </span>
          <span className={styles.aliases}>Also known as: {aliases.join(', ')}</span>
        </>
      )}
    </p>
  );
}
