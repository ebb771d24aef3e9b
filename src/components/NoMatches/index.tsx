import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import type {PatternCardData} from '@site/src/catalog/client/types';

/** Shown instead of the grid when the filter matches nothing: the closest names, and a way back. */
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
      <button type="button" className="button button--secondary" onClick={onClear}>
        Show all patterns
      </button>
    </div>
  );
}
