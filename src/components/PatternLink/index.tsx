import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';

export interface PatternLinkProps {
  label: string;
  /** The target's path (and anchor), resolved at build time. */
  to: string;
  /** The target's current title, resolved at build time. */
  title: string;
  /** Shown instead of the pattern's title. */
  text?: string;
}

/** A cross-link to a pattern, written in MDX as `:pattern[label]`; shows the current title. */
export default function PatternLink({label, to, title, text}: PatternLinkProps): ReactNode {
  return (
    <Link to={to} data-pattern-link={label}>
      {text ?? title}
    </Link>
  );
}
