import {useEffect, useMemo, useState} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {fullText, loadEngine, loadFullText, type SearchEngine} from './load';
import type {SearchEntry, TextHit} from './results';

export interface CatalogSearch {
  entries: SearchEntry[];
  /** The names or the text hits for this query are still on their way. */
  pending: boolean;
  /** The full-text index could not be loaded; name matches still work. */
  failed: boolean;
}

/**
 * The search for `query` once `active` (first focus, hover or shortcut): nothing is loaded
 * before. Name matches come as soon as the names are there; text hits when the worker answers,
 * and only those for the current query are shown.
 */
export function useCatalogSearch(query: string, limit: number, active: boolean): CatalogSearch {
  const {baseUrl} = useDocusaurusContext().siteConfig;
  const [engine, setEngine] = useState<SearchEngine>();
  const [text, setText] = useState<{query: string; hits: TextHit[]}>({query: '', hits: []});
  const [failed, setFailed] = useState(false);
  const trimmed = query.trim();

  useEffect(() => {
    if (!active) return;
    void loadEngine().then(setEngine);
    loadFullText(baseUrl).catch(() => setFailed(true));
  }, [active, baseUrl]);

  useEffect(() => {
    if (!active || trimmed === '') return undefined;
    let current = true;
    fullText(baseUrl, trimmed, limit * 3)
      .then((hits) => current && setText({query: trimmed, hits}))
      .catch(() => current && (setFailed(true), setText({query: trimmed, hits: []})));
    return () => {
      current = false;
    };
  }, [active, baseUrl, trimmed, limit]);

  const names = useMemo(() => (engine ? engine.nameMatches(engine.nameIndex, trimmed) : []), [engine, trimmed]);
  const entries = useMemo(
    () => (engine ? engine.mergeResults(names, text.query === trimmed ? text.hits : [], limit) : []),
    [engine, names, text, trimmed, limit],
  );
  return {entries, pending: trimmed !== '' && (!engine || text.query !== trimmed), failed};
}
