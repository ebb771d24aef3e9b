// Ejected (a safe swizzle), not wrapped: the theme's version renders a code fence with its
// CodeBlock, which brings Prism into every page to highlight on load. Pattern pages get their
// fences as <CodeBlock> highlighted at build time (remark-highlight-code), so only inline code
// reaches this component, and it stays a plain element.
import React, {type ComponentProps, type ReactNode} from 'react';

export default function MDXCode(props: ComponentProps<'code'>): ReactNode {
  return <code {...props} />;
}
