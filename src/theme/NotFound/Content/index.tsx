// Replaces (rather than wraps) the theme's 404 content: the suggestions belong inside its
// layout, between the message and the way back, which a wrapper cannot reach.
import React, {useEffect, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import {useLocation} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {closestLabels} from '@site/src/catalog/client/suggest';
import {PATTERNS_ROUTE} from '@site/src/catalog/client/types';

/**
 * label -> title of every pattern, from the build's patterns.json. Fetched only by a 404 page
 * with something to match, so no other page carries the whole catalog.
 */
function usePatternTitles(wanted: boolean): Record<string, string> {
  const url = useBaseUrl('/patterns.json');
  const [titles, setTitles] = useState<Record<string, string>>({});
  useEffect(() => {
    if (!wanted) return undefined;
    let current = true;
    fetch(url)
      .then((response) => (response.ok ? (response.json() as Promise<{label: string; title: string}[]>) : []))
      .then((records) => current && setTitles(Object.fromEntries(records.map((r) => [r.label, r.title]))))
      // No list (the dev server writes none): the page still offers the index and the search.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [url, wanted]);
  return titles;
}

export default function NotFoundContent({className}: {className?: string}): ReactNode {
  const {pathname} = useLocation();
  // The static 404 page is rendered once for every missing URL; suggest once it knows which.
  const segment = pathname.split('/').filter(Boolean).at(-1) ?? '';
  const titles = usePatternTitles(segment !== '');
  const suggestions = segment ? closestLabels(segment, Object.keys(titles)) : [];
  return (
    <main className={clsx('container margin-vert--xl', className)}>
      <div className="row">
        <div className="col col--6 col--offset-3">
          <Heading as="h1" className="hero__title">
            Page not found
          </Heading>
          <p>There is no page at this address.</p>
          {suggestions.length > 0 && (
            <div data-testid="not-found-suggestions">
              <p>Did you mean:</p>
              <ul>
                {suggestions.map((label) => (
                  <li key={label}>
                    <Link to={`/${PATTERNS_ROUTE}/${label}`}>{titles[label]}</Link>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <p>
            <Link to="/">Browse all patterns</Link> or use the search in the navigation bar.
          </p>
        </div>
      </div>
    </main>
  );
}
