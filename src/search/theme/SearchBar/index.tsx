// The navbar search of the offline mode (this theme is only installed without Algolia): it
// replaces the offline search's own box, because its dropdown can neither list the catalog's
// names and aliases the way the index filter matches them nor list each pattern once. Its
// full-text index and web worker are still the offline search's, loaded on first use.
import React, {useCallback, useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {useHistory} from '@docusaurus/router';
import {useBaseUrlUtils} from '@docusaurus/useBaseUrl';
import {useCatalogSearch} from '../../client/useCatalogSearch';
import type {SearchEntry} from '../../client/results';
import {entryTarget} from '../../client/entry';
import styles from './styles.module.css';

const LIMIT = 8;

function EntryLine({entry}: {entry: SearchEntry}): ReactNode {
  const detail = entry.alias ? `Also known as: ${entry.alias}` : (entry.excerpt ?? entry.summary);
  return (
    <>
      <span className={styles.title}>
        {entry.title}
        {entry.section && <span className={styles.section}> › {entry.section}</span>}
      </span>
      {detail && <span className={styles.detail}>{detail}</span>}
    </>
  );
}

export default function SearchBar(): ReactNode {
  const id = useId();
  const history = useHistory();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(false);
  const [open, setOpen] = useState(false);
  const [selected, setSelected] = useState(0);
  const isBrowser = useIsBrowser();
  const mac = isBrowser && /Mac|iPhone|iPad/.test(navigator.platform);
  const {entries, pending, failed} = useCatalogSearch(query, LIMIT, active);
  const trimmed = query.trim();
  const encoded = encodeURIComponent(trimmed);
  const {withBaseUrl} = useBaseUrlUtils();

  const go = useCallback(
    (to: string) => {
      setOpen(false);
      input.current?.blur();
      history.push(withBaseUrl(to));
    },
    [history, withBaseUrl],
  );

  // Ctrl+K (⌘K on a Mac) from anywhere: bound after hydration, like every key handler.
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key.toLowerCase() === 'k' && (mac ? event.metaKey : event.ctrlKey) && !event.altKey) {
        event.preventDefault();
        setActive(true);
        input.current?.focus();
        input.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [mac]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (entries.length > 0)
        setSelected((i) => (i + (event.key === 'ArrowDown' ? 1 : entries.length - 1)) % entries.length);
    } else if (event.key === 'Enter' && trimmed !== '') {
      event.preventDefault();
      const entry = entries[selected];
      // With nothing listed yet, the search page answers (and waits for the index itself).
      go(entry ? entryTarget(entry) : `/search?q=${encoded}`);
    } else if (event.key === 'Escape') {
      if (open && trimmed !== '') setOpen(false);
      else {
        setQuery('');
        input.current?.blur();
      }
    }
  };

  const listId = `${id}-results`;
  const showPanel = open && trimmed !== '';
  const status = pending
    ? 'Searching…'
    : entries.length === 0
      ? `No pattern matches “${trimmed}”.`
      : `${entries.length} ${entries.length === 1 ? 'pattern' : 'patterns'}`;

  return (
    <div
      className={clsx('navbar__search', styles.search)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}>
      <input
        ref={input}
        // A combobox is a text input to the HTML checker; the keyboard still offers "search".
        type="text"
        inputMode="search"
        enterKeyHint="search"
        className={clsx('navbar__search-input', styles.input)}
        placeholder="Search"
        aria-label="Search patterns"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={showPanel}
        aria-controls={listId}
        aria-activedescendant={showPanel && entries[selected] ? `${id}-${selected}` : undefined}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onPointerEnter={() => setActive(true)}
        onFocus={() => {
          setActive(true);
          setOpen(true);
        }}
        onChange={(event) => {
          setQuery(event.target.value);
          setSelected(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
      />
      {isBrowser && query === '' && (
        <kbd className={styles.shortcut} aria-hidden="true">
          {mac ? '⌘ K' : 'ctrl K'}
        </kbd>
      )}
      <div className={styles.panel} hidden={!showPanel} data-testid="navbar-search-panel">
        <ul role="listbox" id={listId} aria-label="Patterns" className={styles.list}>
          {showPanel &&
            entries.map((entry, i) => (
              <li
                key={entry.path}
                id={`${id}-${i}`}
                role="option"
                aria-selected={i === selected}
                data-via={entry.via}
                className={styles.option}
                // Keep the focus in the box, so the click lands before the panel closes.
                onMouseDown={(event) => event.preventDefault()}
                onMouseMove={() => setSelected(i)}
                onClick={() => go(entryTarget(entry))}>
                <EntryLine entry={entry} />
              </li>
            ))}
        </ul>
        <p className={styles.status} role="status">
          {showPanel && status}
          {showPanel && failed && ' The full-text index did not load; names and aliases still match.'}
        </p>
        <p className={styles.more}>
          <Link to={`/search?q=${encoded}`} onClick={() => setOpen(false)}>
            All results
          </Link>
          <Link to={`/?q=${encoded}`} onClick={() => setOpen(false)}>
            Filter the catalog
          </Link>
        </p>
      </div>
    </div>
  );
}
