// MsnClient events → AccountState + AppEvents (+ alerts, history via the service).
// Returns the function that unhooks everything (sign-out, or a new sign-in).
import type { ClientEvents, AccountClient } from './client-port';
import type { AccountService } from './account-service';
import { moreAddedByText } from '../msnp/limits';

/** How long a flood of "added you" must pause before its count is told. */
const ADDED_BY_NOTICE_DELAY_MS = 300;

export function wireClientEvents(client: AccountClient, service: AccountService): () => void {
  const { state } = service;
  // A flood of "added you" beyond the prompt queue becomes one notice with the count, said
  // once the flood pauses (limits.ts).
  let overflowTimer: ReturnType<typeof setTimeout> | null = null;
  let overflowTold = state.addedByOverflow;
  const queuePrompt = (entry: { email: string; name: string }): void => {
    if (state.addPending(entry)) {
      service.emit({ type: 'addedBy', email: entry.email, name: entry.name });
    } else {
      overflowTimer ??= setTimeout(() => {
        overflowTimer = null;
        const more = state.addedByOverflow - overflowTold;
        overflowTold = state.addedByOverflow;
        if (more > 0) service.emit({ type: 'notice', level: 'info', text: moreAddedByText(more) });
      }, ADDED_BY_NOTICE_DELAY_MS);
    }
  };
  const handlers: { [E in keyof ClientEvents]: (...args: ClientEvents[E]) => void } = {
    session: (session) => {
      state.session = session;
      service.sessionChanged(session.phase);
      service.emit({ type: 'session', session });
    },
    self: (self) => {
      state.self = self;
      service.emit({ type: 'self', self });
    },
    contact: (contact) => {
      const previous = state.contacts.get(contact.email);
      state.contacts.set(contact.email, contact);
      service.emit({ type: 'contacts', contacts: [contact] });
      const cameOnline =
        previous?.status === 'FLN' && contact.status !== 'FLN' && contact.status !== 'HDN';
      if (cameOnline) {
        const name = service.displayName(contact.email, contact.friendlyName);
        service.alert({ kind: 'contactOnline', name });
      }
    },
    contactRemoved: (email) => {
      state.contacts.delete(email);
      service.emit({ type: 'contactRemoved', email });
    },
    groups: (groups) => {
      state.groups = groups;
      service.emit({ type: 'groups', groups });
    },
    privacy: (privacy) => {
      state.privacy = privacy;
      service.emit({ type: 'privacy', privacy });
    },
    // After SYN the core has emitted every contact and the groups; privacy and the people
    // waiting for an answer come from its snapshot (contacts.md §2, §5).
    listSynced: () => {
      const { privacy, pendingAddedBy } = client.snapshot;
      state.privacy = privacy;
      service.emit({ type: 'privacy', privacy });
      for (const entry of pendingAddedBy) queuePrompt(entry);
    },
    addedBy: (entry) => queuePrompt(entry),
    removedBy: ({ email }) => {
      state.removePending(email);
      service.emit({ type: 'removedBy', email });
    },
    mail: (mail) => {
      state.mail = mail;
      service.emit({ type: 'mail', mail });
    },
    // A new e-mail arrived (not just a count change): reference notifications.md §2.2.
    newMail: ({ from, fromAddress, folder }) => {
      if (folder !== 'ACTIVE') return;
      service.alert({
        kind: 'mail',
        from: from || fromAddress || null,
        unread: state.mail.inboxUnread,
      });
    },
    systemMessage: ({ text }) => service.emit({ type: 'notice', level: 'info', text }),
    conversation: (conversation) => {
      state.conversations.set(conversation.id, conversation);
      service.emit({ type: 'conversation', conversation });
    },
    participantJoined: ({ conversationId, email, name }) =>
      service.emit({ type: 'participant', conversationId, email, name, joined: true }),
    participantLeft: ({ conversationId, email }) =>
      service.emit({
        type: 'participant',
        conversationId,
        email,
        name: state.contacts.get(email)?.friendlyName ?? email,
        joined: false,
      }),
    message: (message) => service.ingestMessage(message),
    messageDelivered: ({ conversationId, messageId }) => {
      const message = state.message(conversationId, messageId);
      if (message) state.upsertMessage({ ...message, state: 'delivered' });
      service.emit({ type: 'messageState', conversationId, messageId, state: 'delivered' });
    },
    messageFailed: ({ conversationId, messageId, error }) => {
      const message = state.message(conversationId, messageId);
      if (message) state.upsertMessage({ ...message, state: 'failed', error });
      service.emit({ type: 'messageState', conversationId, messageId, state: 'failed', error });
    },
    typing: ({ conversationId, email, name }) =>
      service.emit({ type: 'typing', conversationId, email, name }),
    nudge: ({ conversationId, email, name }) => {
      service.emit({ type: 'nudge', conversationId, email, name, direction: 'in' });
      service.alert({ kind: 'nudge', focused: false });
    },
    unsupportedContent: ({ email }) => {
      const name = state.contacts.get(email)?.friendlyName ?? email;
      service.emit({
        type: 'notice',
        level: 'info',
        text: `${name} sent something Tweener cannot show.`,
      });
    },
    fileTransfer: (transfer) => {
      state.transfers.set(transfer.id, transfer);
      service.emit({ type: 'transfer', transfer });
    },
  };
  const entries = Object.entries(handlers) as [keyof ClientEvents, (...args: unknown[]) => void][];
  for (const [event, handler] of entries) client.on(event, handler as never);
  return () => {
    if (overflowTimer) clearTimeout(overflowTimer);
    for (const [event, handler] of entries) client.off(event, handler as never);
  };
}
