// /search of the offline mode: the navbar's search with room for every result, each pattern once,
// titled by the pattern and the section that matched. The query lives in `?q=`, so a search can
// be pasted. src/theme/SearchPage wraps it (main landmark, notice without JavaScript).
import React, {useEffect, useRef, useState, type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {useHistory, useLocation} from '@docusaurus/router';
import {useCatalogSearch} from '../../client/useCatalogSearch';
import {entryTarget} from '../../client/entry';
import styles from './styles.module.css';

const LIMIT = 50;
const URL_UPDATE_DELAY_MS = 250;

export default function SearchPage(): ReactNode {
  const location = useLocation();
  const history = useHistory();
  const [query, setQuery] = useState('');
  const written = useRef<string | undefined>(undefined);
  // The server renders no query; the URL is read after hydration, so the first render agrees.
  const hydrated = useIsBrowser();
  const {entries, pending, failed} = useCatalogSearch(query, LIMIT, hydrated);
  const trimmed = query.trim();

  useEffect(() => {
    if (location.search !== written.current) setQuery(new URLSearchParams(location.search).get('q') ?? '');
  }, [location.search]);

  useEffect(() => {
    if (!hydrated) return undefined;
    const search = trimmed === '' ? '' : `?q=${encodeURIComponent(trimmed)}`;
    if (search === location.search) return undefined;
    const timer = setTimeout(() => {
      written.current = search;
      history.replace({...location, search});
    }, URL_UPDATE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [trimmed, hydrated, history, location]);

  const encoded = encodeURIComponent(trimmed);
  return (
    // The site's own description: a pasted /search link previews as the catalog.
    <Layout title={trimmed ? `Search: ${trimmed}` : 'Search'}>
      <div className="container margin-vert--lg">
        <Heading as="h1">Search the catalog</Heading>
        <input
          type="search"
          className={styles.input}
          aria-label="Search patterns"
          placeholder="A pattern name, another name, or words of its text"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          autoFocus
        />
        <p role="status" className={styles.status} data-testid="search-status">
          {trimmed === ''
            ? ''
            : pending
              ? 'Searching…'
              : entries.length === 0
                ? `No pattern matches “${trimmed}”.`
                : `${entries.length} ${entries.length === 1 ? 'pattern matches' : 'patterns match'} “${trimmed}”.`}
          {failed && ' The full-text index did not load; names and other names still match.'}
        </p>
        <ol className={styles.results} data-testid="search-results">
          {entries.map((entry) => (
            <li key={entry.path} data-via={entry.via}>
              <Link to={entryTarget(entry)} className={styles.title}>
                {entry.title}
                {entry.section && <span className={styles.section}> › {entry.section}</span>}
              </Link>
              {entry.alias && <p className={styles.detail}>Also known as: {entry.alias}</p>}
              {(entry.excerpt ?? entry.summary) && <p className={styles.detail}>{entry.excerpt ?? entry.summary}</p>}
            </li>
          ))}
        </ol>
        {trimmed !== '' && !pending && (
          <p>
            Looking for a pattern by what it does? <Link to={`/?q=${encoded}`}>Filter the catalog</Link> by the same
            words, or answer a few questions in the <Link to="/finder">pattern finder</Link>.
          </p>
        )}
      </div>
    </Layout>
  );
}
