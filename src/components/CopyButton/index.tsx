import React, {type ReactNode} from 'react';

/**
 * A button that copies something and, for a moment after, says "Copied" (what was copied last
 * comes from useClipboard). `data-copy` names what it copies, for tests and styles.
 */
export default function CopyButton({
  kind,
  label,
  copied,
  disabled,
  onClick,
}: {
  kind: string;
  label: string;
  copied: string | undefined;
  disabled?: boolean;
  onClick(): void;
}): ReactNode {
  return (
    <button
      type="button"
      className="button button--sm button--secondary"
      data-copy={kind}
      disabled={disabled}
      onClick={onClick}>
      {copied === kind ? 'Copied' : label}
    </button>
  );
}
