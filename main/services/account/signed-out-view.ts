// What a signed-out account shows, and what requests left over from a sign-in are told.
import type { SessionState } from '@shared/domain';
import type { ClientSnapshot, ConversationsSnapshot } from './client-port';

/** What a request naming a conversation or transfer of an earlier sign-in is told. */
export const STALE_CONVERSATION =
  'That conversation ended when you signed out. Open a new one from your contact list.';
export const STALE_TRANSFER = 'That file transfer ended when you signed out.';

export const NO_CHATS: ConversationsSnapshot = { conversations: [], messages: [], transfers: [] };

/** A signed-out account shows nothing of the last one but how it ended. */
export function signedOutView(session: SessionState): ClientSnapshot {
  return {
    session,
    self: null,
    contacts: [],
    groups: [],
    privacy: { blp: 'AL', gtc: 'A' },
    mail: { inboxUnread: 0, foldersUnread: 0 },
    pendingAddedBy: [],
  };
}
