import React, {type ReactNode} from 'react';
import PatternLink from '@site/src/components/PatternLink';
import type {PatternListItem} from '@site/src/catalog/client/types';

/** "Patterns that link here": every pattern whose prose or `related` list names this one. */
export default function PatternBacklinks({items}: {items: PatternListItem[]}): ReactNode {
  if (items.length === 0) return <p>No other pattern links here yet.</p>;
  return (
    <ul data-testid="pattern-backlinks">
      {items.map(({label, title, path}) => (
        <li key={label}>
          <PatternLink label={label} to={path} title={title} />
        </li>
      ))}
    </ul>
  );
}
