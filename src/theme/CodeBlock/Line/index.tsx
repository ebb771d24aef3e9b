// Swizzled (ejected), not wrapped: the theme renders each line of a code block as a <div>
// inside <code>, which HTML does not allow (code takes phrasing content only; the Nu HTML
// Checker reports it on every code block). A wrapper cannot change the element the original
// renders, so this is the theme's CodeBlock/Line (Docusaurus 3.10) with a <span> that is
// displayed as a block: same layout, valid markup. Everything else is as in the original,
// including its styles (line numbers, highlighted lines), which it imports from the theme.
import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import type {Props} from '@theme/CodeBlock/Line';
import LineToken from '@theme/CodeBlock/Line/Token';
import themeStyles from '@docusaurus/theme-classic/lib/theme/CodeBlock/Line/styles.module.css';
import styles from './styles.module.css';

type Line = Props['line'];

// Replaces a line that is only '\n' by an empty token, so that the <br /> below does not
// double the line break (as the original does; see facebook/docusaurus#11565).
function fixLineBreak(line: Line): Line {
  const [first] = line;
  return line.length === 1 && first?.content === '\n' ? [{...first, content: ''}] : line;
}

export default function CodeBlockLine({
  line: lineProp,
  classNames,
  showLineNumbers,
  getLineProps,
  getTokenProps,
}: Props): ReactNode {
  const line = fixLineBreak(lineProp);
  const lineProps = getLineProps({
    line,
    className: clsx(classNames, showLineNumbers ? themeStyles.codeLine : styles.line),
  });
  const lineTokens = line.map((token, key) => {
    const tokenProps = getTokenProps({token});
    return (
      <LineToken key={key} {...tokenProps} line={line} token={token}>
        {tokenProps.children}
      </LineToken>
    );
  });
  return (
    <span {...lineProps}>
      {showLineNumbers ? (
        <>
          <span className={themeStyles.codeLineNumber} />
          <span className={themeStyles.codeLineContent}>{lineTokens}</span>
        </>
      ) : (
        lineTokens
      )}
      {/* Keeps an empty line from collapsing to no height. */}
      <br />
    </span>
  );
}
