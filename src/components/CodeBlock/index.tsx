import React, {useRef, type ReactNode} from 'react';
import clsx from 'clsx';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {useClipboard} from '@site/src/hooks/useClipboard';
import styles from './styles.module.css';

export interface CodeBlockProps {
  /** Lines already highlighted at build time (remark-highlight-code). */
  html: string;
  language?: string;
  title?: string;
}

/**
 * A code block whose highlighting was done at build time. React leaves the lines alone
 * (they are inner HTML, not elements it renders), so hydrating a page costs nothing per token.
 */
export default function CodeBlock({html, language, title}: CodeBlockProps): ReactNode {
  const code = useRef<HTMLElement>(null);
  const isBrowser = useIsBrowser();
  const {copied, copy} = useClipboard<'code'>();
  return (
    <div className={clsx('theme-code-block', language && `language-${language}`, styles.block)}>
      {title && <div className={clsx('theme-code-block-title', styles.title)}>{title}</div>}
      <div className={styles.content}>
        {/* tabIndex: a block wider than the screen scrolls, and keyboard users must reach it. */}
        <pre className={styles.pre} tabIndex={0}>
          <code ref={code} className={styles.code} dangerouslySetInnerHTML={{__html: html}} />
        </pre>
        <button
          type="button"
          className={clsx('button button--sm button--secondary', styles.copy)}
          disabled={!isBrowser}
          onClick={() => copy('code', code.current?.textContent ?? '')}>
          {copied === 'code' ? 'Copied' : 'Copy'}
        </button>
        <span role="status" aria-live="polite" className="visually-hidden">
          {copied === 'code' ? 'Code copied to the clipboard.' : copied === 'failed' ? 'Could not copy the code.' : ''}
        </span>
      </div>
    </div>
  );
}
