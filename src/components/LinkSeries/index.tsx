import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';

/** Links to patterns in running text, separated by commas: "A, B, C". */
export default function LinkSeries({
  items,
}: {
  items: readonly {label: string; title: string; path: string}[];
}): ReactNode {
  return items.map((item, i) => (
    <React.Fragment key={item.label}>
      {i > 0 && ', '}
      <Link to={item.path}>{item.title}</Link>
    </React.Fragment>
  ));
}
