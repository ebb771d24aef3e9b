import {useEffect, useState} from 'react';

/** How long a button says "Copied" before it reads as before. */
const COPIED_FOR_MS = 2500;

/** Text and, where the browser can put both on the clipboard, the same as HTML. */
function write(text: string, html?: string): Promise<void> {
  if (html === undefined || typeof ClipboardItem === 'undefined') return navigator.clipboard.writeText(text);
  const item = new ClipboardItem({
    'text/plain': new Blob([text], {type: 'text/plain'}),
    'text/html': new Blob([html], {type: 'text/html'}),
  });
  return navigator.clipboard.write([item]);
}

/**
 * Copies text (with an HTML version, if given, for rich-text editors) and remembers, for a
 * moment, what was copied (a name the caller chooses) or that the browser refused: buttons and
 * their announcements read from it.
 */
export function useClipboard<Kind extends string>(): {
  copied: Kind | 'failed' | undefined;
  copy(kind: Kind, text: string, html?: string): Promise<void>;
} {
  const [copied, setCopied] = useState<Kind | 'failed'>();
  useEffect(() => {
    if (!copied) return undefined;
    const timer = setTimeout(() => setCopied(undefined), COPIED_FOR_MS);
    return () => clearTimeout(timer);
  }, [copied]);
  const copy = (kind: Kind, text: string, html?: string) =>
    write(text, html).then(
      () => setCopied(kind),
      () => setCopied('failed'),
    );
  return {copied, copy};
}
