import React, {type ReactNode} from 'react';
import PatternLink from '@site/src/components/PatternLink';
import {useCatalog, useCurrentPattern} from '@site/src/hooks/useCatalog';

/** "Patterns that link here": every pattern whose prose or `related` list names this one. */
export default function PatternBacklinks(): ReactNode {
  const {label} = useCurrentPattern();
  const backlinks = useCatalog().backlinks[label] ?? [];
  if (backlinks.length === 0) return <p>No other pattern links here yet.</p>;
  return (
    <ul data-testid="pattern-backlinks">
      {backlinks.map((source) => (
        <li key={source}>
          <PatternLink label={source} />
        </li>
      ))}
    </ul>
  );
}
