import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {useCatalog} from '@site/src/hooks/useCatalog';

export interface PatternLinkProps {
  label: string;
  anchor?: string;
  /** Shown instead of the pattern's title. */
  text?: string;
}

/** A cross-link to a pattern, written in MDX as `:pattern[label]`; shows the current title. */
export default function PatternLink({label, anchor, text}: PatternLinkProps): ReactNode {
  const target = useCatalog().patterns[label];
  // The build rejects unknown labels; this only guards a page edited while `npm start` runs.
  if (!target) return <span>{text ?? label}</span>;
  return (
    <Link to={anchor ? `${target.path}#${anchor}` : target.path} data-pattern-link={label}>
      {text ?? target.title}
    </Link>
  );
}
