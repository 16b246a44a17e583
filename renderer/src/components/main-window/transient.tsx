// What notices and toasts share: they go away on their own after a while, never while the
// pointer rests on them, and have a × to dismiss them at once.
import { useEffect, useState } from 'react';
import { l10n } from '../../strings';

/** Calls `dismiss` after `ms`, restarting while hovered; spread `hover` on the element. */
export function useDismissAfter(
  ms: number,
  dismiss: () => void,
): { onMouseEnter: () => void; onMouseLeave: () => void } {
  const [hovered, setHovered] = useState(false);
  useEffect(() => {
    if (hovered) return;
    const timer = setTimeout(dismiss, ms);
    return () => clearTimeout(timer);
  }, [hovered, dismiss, ms]);
  return { onMouseEnter: () => setHovered(true), onMouseLeave: () => setHovered(false) };
}

export function DismissButton({
  className,
  onClick,
}: {
  className: string;
  onClick: () => void;
}): React.JSX.Element {
  return (
    <button type="button" className={className} aria-label={l10n.notices.dismiss} onClick={onClick}>
      ×
    </button>
  );
}
