import {useEffect, useState} from 'react';

/** How long a button says "Copied" before it reads as before. */
const COPIED_FOR_MS = 2500;

/**
 * Copies text and remembers, for a moment, what was copied (a name the caller chooses) or
 * that the browser refused: buttons and their announcements read from it.
 */
export function useClipboard<Kind extends string>(): {
  copied: Kind | 'failed' | undefined;
  copy(kind: Kind, text: string): Promise<void>;
} {
  const [copied, setCopied] = useState<Kind | 'failed'>();
  useEffect(() => {
    if (!copied) return undefined;
    const timer = setTimeout(() => setCopied(undefined), COPIED_FOR_MS);
    return () => clearTimeout(timer);
  }, [copied]);
  const copy = (kind: Kind, text: string) =>
    navigator.clipboard.writeText(text).then(
      () => setCopied(kind),
      () => setCopied('failed'),
    );
  return {copied, copy};
}
