// Ctrl+F in a conversation (ui-spec §6.1 [ext]): find words in the transcript. Enter goes to
// the next match (Shift+Enter the previous), Esc closes; the match is marked and scrolled to.
import { useEffect, useState } from 'react';
import { l10n } from '../../strings';

const MARK = 'transcript__found';
/** What can be found: message text and system lines (joins, nudges, transfers). */
const SEARCHED = '.message__body, .message__failed-text, .system-line';

function matches(root: HTMLElement | null, query: string): HTMLElement[] {
  const q = query.trim().toLowerCase();
  if (!root || !q) return [];
  return [...root.querySelectorAll<HTMLElement>(SEARCHED)].filter((el) =>
    (el.textContent ?? '').toLowerCase().includes(q),
  );
}

export function FindBar({
  transcript,
  onClose,
}: {
  transcript: () => HTMLElement | null;
  onClose: () => void;
}): React.JSX.Element {
  const [query, setQuery] = useState('');
  const [step, setStep] = useState(0);
  const found = matches(transcript(), query);
  // The newest match first (the person usually looks for something recent), then older ones.
  const index =
    found.length > 0
      ? (((found.length - 1 - step) % found.length) + found.length) % found.length
      : -1;
  const current = index >= 0 ? found[index] : undefined;

  useEffect(() => {
    current?.classList.add(MARK);
    current?.scrollIntoView?.({ block: 'nearest' });
    return () => current?.classList.remove(MARK);
  }, [current]);

  return (
    <div className="find-bar" role="search">
      <input
        className="text-input"
        type="search"
        aria-label={l10n.conversation.find}
        placeholder={l10n.conversation.find}
        value={query}
        autoFocus
        onChange={(e) => {
          setQuery(e.target.value);
          setStep(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') setStep((s) => s + (e.shiftKey ? -1 : 1));
          else if (e.key === 'Escape') onClose();
          else return;
          e.preventDefault();
          e.stopPropagation();
        }}
      />
      <span className="find-bar__count" role="status" aria-live="polite">
        {query.trim() === ''
          ? ''
          : found.length === 0
            ? l10n.conversation.findNone
            : l10n.conversation.findCount({ n: found.length - index, of: found.length })}
      </span>
      <button type="button" className="link-button" onClick={onClose}>
        {l10n.dialogs.close}
      </button>
    </div>
  );
}
