import React, {useEffect, useState, type ReactNode} from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {PATTERNS_ROUTE} from '@site/src/catalog/types';
import {useCurrentPattern} from '@site/src/hooks/useCatalog';
import styles from './styles.module.css';

type Copied = 'link' | 'markdown' | 'failed' | undefined;

const ANNOUNCEMENT: Record<Exclude<Copied, undefined>, string> = {
  link: 'Link copied to the clipboard.',
  markdown: 'Markdown link copied to the clipboard.',
  failed: 'Could not copy: the browser refused access to the clipboard.',
};

/** "Copy link" and "Copy as Markdown" for pasting a pattern into chats, tickets and pull requests. */
export default function PatternActions(): ReactNode {
  const {label, title} = useCurrentPattern();
  const {siteConfig} = useDocusaurusContext();
  // The canonical address, as in link previews, whatever host the page was opened from.
  const url = new URL(useBaseUrl(`/${PATTERNS_ROUTE}/${label}`), siteConfig.url).href;
  const isBrowser = useIsBrowser();
  const [copied, setCopied] = useState<Copied>();

  useEffect(() => {
    if (!copied) return undefined;
    const timer = setTimeout(() => setCopied(undefined), 2500);
    return () => clearTimeout(timer);
  }, [copied]);

  const copy = (kind: 'link' | 'markdown', text: string) =>
    navigator.clipboard.writeText(text).then(
      () => setCopied(kind),
      () => setCopied('failed'),
    );

  return (
    <div className={styles.actions}>
      {/* Disabled until the page is interactive: without JavaScript they cannot work. */}
      <button
        type="button"
        className="button button--sm button--secondary"
        data-copy="link"
        disabled={!isBrowser}
        onClick={() => copy('link', url)}>
        {copied === 'link' ? 'Copied' : 'Copy link'}
      </button>
      <button
        type="button"
        className="button button--sm button--secondary"
        data-copy="markdown"
        disabled={!isBrowser}
        onClick={() => copy('markdown', `[${title}](${url})`)}>
        {copied === 'markdown' ? 'Copied' : 'Copy as Markdown'}
      </button>
      <span role="status" aria-live="polite" className={styles.announcement}>
        {copied ? ANNOUNCEMENT[copied] : ''}
      </span>
    </div>
  );
}
