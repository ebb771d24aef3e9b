import React, {useEffect, useRef, type ReactNode} from 'react';
import clsx from 'clsx';
import {useHistory} from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {CATEGORY_INFO} from '@site/src/catalog/client/categories';
import {CATEGORIES} from '@site/src/catalog/client/types';
import type {CatalogFilter} from '@site/src/hooks/useCatalogFilter';
import styles from './styles.module.css';

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/** The cards on screen, in reading order (the full grid is hidden while results show). */
const visibleCards = () =>
  [...document.querySelectorAll<HTMLElement>('main a[data-label]')].filter((card) => card.offsetParent !== null);

/**
 * The search box and category chips above the index. `/` focuses the box, Esc clears it,
 * Enter opens the best match and ArrowDown moves to it, so a keyboard needs no Tabs to get
 * from a query to a pattern.
 */
export default function PatternFilter({
  filter: state,
  setQuery,
  toggleCategory,
  count,
  searching,
  results,
  totals,
}: CatalogFilter): ReactNode {
  const input = useRef<HTMLInputElement>(null);
  const history = useHistory();
  const {baseUrl} = useDocusaurusContext().siteConfig;

  useEffect(() => {
    const focusOnSlash = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      event.preventDefault();
      input.current?.focus();
    };
    document.addEventListener('keydown', focusOnSlash);
    return () => document.removeEventListener('keydown', focusOnSlash);
  }, []);

  const filtered = searching || state.categories.length > 0;
  return (
    <div className={styles.filter} role="search" aria-label="Patterns">
      <div className={styles.field}>
        <label htmlFor="pattern-filter" className={styles.label}>
          Filter patterns
        </label>
        <input
          id="pattern-filter"
          ref={input}
          className={styles.input}
          type="search"
          value={state.query}
          placeholder="Name, alias or problem, e.g. paging"
          autoComplete="off"
          spellCheck={false}
          aria-keyshortcuts="/"
          aria-describedby="pattern-filter-count"
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && state.query) {
              event.preventDefault();
              setQuery('');
            }
            const best = results[0]?.patterns[0];
            if (event.key === 'Enter' && searching && best) {
              event.preventDefault();
              history.push(`${baseUrl}${best.path.replace(/^\//, '')}`);
            }
            if (event.key === 'ArrowDown') {
              const [first] = visibleCards();
              if (first) {
                event.preventDefault();
                first.focus();
              }
            }
          }}
        />
        <kbd className={styles.shortcut} aria-hidden="true">
          /
        </kbd>
      </div>
      <div className={styles.chips} role="group" aria-label="Categories">
        {CATEGORIES.map((category) => (
          <button
            key={category}
            type="button"
            className={clsx(
              'button button--sm',
              state.categories.includes(category) ? 'button--primary' : 'button--outline button--secondary',
            )}
            aria-pressed={state.categories.includes(category)}
            onClick={() => toggleCategory(category)}>
            {CATEGORY_INFO[category].title} <span className={styles.total}>{totals[category]}</span>
          </button>
        ))}
      </div>
      <p id="pattern-filter-count" className={styles.count} role="status" aria-live="polite" aria-atomic="true">
        {count === 1 ? '1 pattern' : `${count} patterns`}
        {filtered ? ' match' + (count === 1 ? 'es' : '') : ''}
      </p>
    </div>
  );
}
