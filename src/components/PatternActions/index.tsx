import React, {type ReactNode} from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {PATTERNS_ROUTE} from '@site/src/catalog/client/types';
import {useCurrentPattern} from '@site/src/hooks/useCurrentPattern';
import {useClipboard} from '@site/src/hooks/useClipboard';
import CopyButton from '@site/src/components/CopyButton';
import styles from './styles.module.css';

const ANNOUNCEMENT: Record<'link' | 'markdown' | 'failed', string> = {
  link: 'Link copied to the clipboard.',
  markdown: 'Markdown link copied to the clipboard.',
  failed: 'Could not copy: the browser refused access to the clipboard.',
};

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** "Copy link" and "Copy as Markdown" for pasting a pattern into chats, tickets and pull requests. */
export default function PatternActions(): ReactNode {
  const {label, title} = useCurrentPattern();
  const {siteConfig} = useDocusaurusContext();
  // The canonical address, as in link previews, whatever host the page was opened from.
  const url = new URL(useBaseUrl(`/${PATTERNS_ROUTE}/${label}`), siteConfig.url).href;
  const isBrowser = useIsBrowser();
  const {copied, copy} = useClipboard<'link' | 'markdown'>();

  return (
    <div className={styles.actions} data-testid="pattern-actions">
      {/* Disabled until the page is interactive: without JavaScript they cannot work. */}
      <CopyButton
        kind="link"
        label="Copy link"
        copied={copied}
        disabled={!isBrowser}
        onClick={() => copy('link', url)}
      />
      {/* Markdown for chats, tickets and pull requests; rich-text editors (mail, documents)
          take the HTML version and paste a titled link instead of brackets. */}
      <CopyButton
        kind="markdown"
        label="Copy as Markdown"
        copied={copied}
        disabled={!isBrowser}
        onClick={() => copy('markdown', `[${title}](${url})`, `<a href="${escapeHtml(url)}">${escapeHtml(title)}</a>`)}
      />
      <span role="status" aria-live="polite" className="visually-hidden">
        {copied ? ANNOUNCEMENT[copied] : ''}
      </span>
    </div>
  );
}
