// Replaces (rather than wraps) the theme's 404 content: the suggestions belong inside its
// layout, between the message and the way back, which a wrapper cannot reach.
import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import {useLocation} from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {closestLabels} from '@site/src/catalog/suggest';
import {useCatalog} from '@site/src/hooks/useCatalog';

export default function NotFoundContent({className}: {className?: string}): ReactNode {
  const {patterns} = useCatalog();
  const {pathname} = useLocation();
  // The static 404 page is rendered once for every missing URL; suggest once it knows which.
  const isBrowser = useIsBrowser();
  const segment = pathname.split('/').filter(Boolean).at(-1) ?? '';
  const suggestions = isBrowser && segment ? closestLabels(segment, Object.keys(patterns)) : [];
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
                    <Link to={patterns[label]!.path}>{patterns[label]!.title}</Link>
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
