import React, {type ReactNode} from 'react';
import PatternLink from '@site/src/components/PatternLink';
import CodeSpans from '@site/src/components/CodeSpans';
import type {PatternListItem} from '@site/src/catalog/client/types';

/** The "Related patterns" list: the page's `related` front matter, resolved at build time. */
export default function RelatedPatterns({items}: {items: PatternListItem[]}): ReactNode {
  return (
    <ul data-testid="related-patterns">
      {items.map(({label, title, path, why}) => (
        <li key={label}>
          <PatternLink label={label} to={path} title={title} />: <CodeSpans text={why ?? ''} />
        </li>
      ))}
    </ul>
  );
}
