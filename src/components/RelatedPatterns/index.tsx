import React, {type ReactNode} from 'react';
import PatternLink from '@site/src/components/PatternLink';
import CodeSpans from '@site/src/components/CodeSpans';
import {useCurrentPattern} from '@site/src/hooks/useCatalog';

/** The "Related patterns" list, from the page's `related` front matter. */
export default function RelatedPatterns(): ReactNode {
  const {related} = useCurrentPattern();
  return (
    <ul data-testid="related-patterns">
      {related.map(({label, why}) => (
        <li key={label}>
          <PatternLink label={label} />: <CodeSpans text={why} />
        </li>
      ))}
    </ul>
  );
}
