// Ejected (a safe swizzle), not wrapped, for the reason given in Code.tsx beside it: the
// theme's version would bring its Prism CodeBlock into every page.
import React, {type ComponentProps, type ReactNode} from 'react';

export default function MDXPre(props: ComponentProps<'pre'>): ReactNode {
  return <pre {...props} />;
}
