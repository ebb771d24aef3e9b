import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import CodeSpans from '@site/src/components/CodeSpans';
import type {ReferenceItem} from '@site/src/catalog/client/types';

/** The "Reference" list: the Sesam documentation pages that back the pattern, from its front matter. */
export function ReferenceList({items}: {items: ReferenceItem[]}): ReactNode {
  return (
    <ul data-testid="reference-list">
      {items.map(({title, url, about}) => (
        <li key={url}>
          <Link to={url}>{title}</Link>: <CodeSpans text={about} />
        </li>
      ))}
    </ul>
  );
}

/** What the page states that the reference does not back, so nobody copies it as Sesam fact. */
export function AssumptionList({items}: {items: string[]}): ReactNode {
  return (
    <ul data-testid="assumption-list">
      {items.map((text) => (
        <li key={text}>
          <CodeSpans text={text} />
        </li>
      ))}
    </ul>
  );
}
