// A message of a conversation into history, once per other participant (each contact's log
// holds the conversations they were in), when the person keeps history.
import type { ChatMessage } from '@shared/domain';
import type { HistoryStore } from '../history/history-store';

export const HISTORY_WRITE_FAILED = 'A message could not be saved to your history.';

export function recordMessage(
  history: HistoryStore,
  message: ChatMessage,
  participants: readonly string[],
  selfEmail: string | undefined,
  failed: () => void,
): void {
  const self = selfEmail?.toLowerCase();
  const others = participants.filter((email) => email.toLowerCase() !== self);
  if (others.length === 0 && message.direction === 'in') others.push(message.from);
  for (const contact of others) {
    void history
      .append({
        contact,
        conversationId: message.conversationId,
        direction: message.direction,
        from: message.from,
        fromName: message.fromName,
        text: message.text,
        time: message.time,
      })
      .catch(failed);
  }
}
