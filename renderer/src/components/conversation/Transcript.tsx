// The transcript (ui-spec §1.4.2): the safety line, "Name says:" blocks in the sender's font,
// system lines, transfers. Sticks to the bottom unless the person scrolled up; then a small
// "new messages" button appears instead of jumping.
import { l10n } from '../../strings';
import { useLayoutEffect, useRef, useState } from 'react';
import { useConversations } from '../../stores/conversations';
import type { TranscriptEntry } from '../../stores/conversations';
import { MessageBlock } from './MessageBlock';
import { SystemLine } from './SystemLine';
import { TransferLine } from './TransferLine';

const EMPTY: TranscriptEntry[] = [];

export function Transcript({ conversationId }: { conversationId: string }): React.JSX.Element {
  const entries = useConversations((s) => s.transcripts[conversationId] ?? EMPTY);
  const ref = useRef<HTMLDivElement>(null);
  const stuck = useRef(true);
  const seen = useRef(entries.length);
  const [unseen, setUnseen] = useState(false);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (stuck.current) {
      el.scrollTop = el.scrollHeight;
      seen.current = entries.length;
    } else if (entries.length > seen.current) {
      setUnseen(true);
    }
  }, [entries]);

  const toBottom = (): void => {
    const el = ref.current;
    if (el) el.scrollTop = el.scrollHeight;
    stuck.current = true;
    seen.current = entries.length;
    setUnseen(false);
  };

  return (
    <div className="transcript-frame">
      <div
        ref={ref}
        className="transcript"
        role="log"
        // Not live: incoming messages are announced one by one ("Bob says: ...") by the app's
        // live region; a live log would also read my own lines and system lines again.
        aria-live="off"
        aria-label={l10n.conversation.transcript}
        tabIndex={0}
        data-pane="transcript"
        onScroll={(e) => {
          const el = e.currentTarget;
          stuck.current = el.scrollHeight - el.scrollTop - el.clientHeight < 24;
          if (stuck.current && unseen) {
            seen.current = entries.length;
            setUnseen(false);
          }
        }}
      >
        <p className="transcript__warning">
          <span className="transcript__info" aria-hidden="true">
            i
          </span>
          {l10n.conversation.warning}
        </p>
        <hr className="transcript__rule" />
        {entries.map((entry) => {
          if (entry.kind === 'message') {
            return <MessageBlock key={entry.message.id} message={entry.message} />;
          }
          if (entry.kind === 'transfer') {
            return <TransferLine key={entry.id} transferId={entry.transferId} />;
          }
          return <SystemLine key={entry.id} entry={entry} />;
        })}
      </div>
      {unseen ? (
        <button type="button" className="transcript__new" onClick={toBottom}>
          {l10n.conversation.newMessages}
        </button>
      ) : null}
    </div>
  );
}
