import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import type {PatternCardData} from '@site/src/catalog/client/types';

/**
 * Shown instead of the grid when the filter matches nothing: the closest names, the full-text
 * search for the same words, and a way back.
 */
export default function NoMatches({
  query,
  suggestions,
  onClear,
}: {
  query: string;
  suggestions: PatternCardData[];
  onClear(): void;
}): ReactNode {
  return (
    <div className="margin-bottom--xl" data-testid="no-matches">
      <p>
        No pattern matches <q>{query}</q>.
      </p>
      {suggestions.length > 0 && (
        <>
          <p>Did you mean:</p>
          <ul>
            {suggestions.map((pattern) => (
              <li key={pattern.label}>
                <Link to={pattern.path}>{pattern.title}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        {/* The filter reads names, other names and summaries; the site search reads every page's text. */}
        <Link to={`/search?q=${encodeURIComponent(query)}`} data-testid="search-full-text">
          Search the text of every pattern for <q>{query}</q>
        </Link>
      </p>
      <button type="button" className="button button--secondary" onClick={onClear}>
        Show all patterns
      </button>
    </div>
  );
}
