// The bottom line: who is typing, else when the last message arrived (ui-spec §1.4.6).
import { useEffect, useState } from 'react';
import { activeTypists, TYPING_TTL_MS, useConversations } from '../../stores/conversations';
import { l10n } from '../../strings';
import { isolate, isolateList } from '../isolate';

export function StatusBar({ conversationId }: { conversationId: string }): React.JSX.Element {
  const typing = useConversations((s) => s.typing[conversationId]);
  const last = useConversations((s) => s.lastReceived[conversationId]);
  const [now, setNow] = useState(() => Date.now());
  const names = activeTypists(typing, now);
  useEffect(() => {
    // Re-check when the newest notice would expire.
    const newest = Math.max(0, ...Object.values(typing ?? {}).map((t) => t.at));
    const wait = newest + TYPING_TTL_MS - Date.now();
    if (wait <= 0) return;
    const timer = setTimeout(() => setNow(Date.now()), wait + 20);
    return () => clearTimeout(timer);
  }, [typing]);
  let text: React.ReactNode = '';
  if (names.length === 1) text = isolate(l10n.conversation.typingOne, { name: names[0] ?? '' });
  else if (names.length > 1) text = isolateList(l10n.conversation.typingMany, names);
  else if (last) {
    text = l10n.conversation.lastReceived({ when: new Date(last) });
  }
  return (
    <div
      className="conversation-status"
      // Not live: "X is typing" is announced by the app's live region at most once per 30 s
      // per person (ui-spec §6.2), not on every notice.
      data-typing={names.length > 0 || undefined}
    >
      {text}
    </div>
  );
}
