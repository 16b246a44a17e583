// MsnClient events → AppEvents (+ alerts, and incoming messages handed on). Nothing is kept
// here: whatever a snapshot needs, the client itself holds (../shared/DESIGN.md, State and IPC).
// Returns the function that unhooks everything (sign-out, or a new sign-in).
import type { ChatMessage, SessionState } from '@shared/domain';
import type { AccountEventBody } from '@shared/ipc/events';
import type { AlertTrigger } from './alert-policy';
import type { AddedByPrompts } from './added-by-prompts';
import type { AccountClient, ClientEvents } from './client-port';
import { moreAddedByText } from '../../msnp/limits';

/** What the wiring calls back into: the account service, seen through this narrow port. */
export interface WiringHost {
  /** Emits an event of this sign-in (the host stamps its epoch). */
  emit(event: AccountEventBody): void;
  alert(trigger: AlertTrigger): void;
  /** What desktop alerts call a contact: the person's own nickname for them, else `fallback`. */
  displayName(email: string, fallback: string): string;
  sessionChanged(phase: SessionState['phase']): void;
  /** A notice for the person (app-wide: a new sign-in clears notices anyway). */
  notice(text: string): void;
  /** A message arrived from someone (history, its window, an alert). */
  incoming(message: ChatMessage): void;
  /** The "added you" prompts of this sign-in; a flood beyond their cap is counted. */
  prompts: AddedByPrompts;
}

/** How long a flood of "added you" must pause before its count is told. */
const ADDED_BY_NOTICE_DELAY_MS = 300;

export function wireClientEvents(client: AccountClient, host: WiringHost): () => void {
  // Who was last seen offline: a contact coming online from there is worth an alert. This is
  // the edge detector of an alert, not a copy of the list (the client has the statuses).
  const seenOffline = new Set<string>();
  // A flood of "added you" beyond the prompt queue becomes one notice with the count, said
  // once the flood pauses (limits.ts).
  let overflowTimer: ReturnType<typeof setTimeout> | null = null;
  let overflowTold = host.prompts.overflow;
  const queuePrompt = (entry: { email: string; name: string }): void => {
    if (host.prompts.offer(entry.email)) {
      host.emit({ type: 'addedBy', email: entry.email, name: entry.name });
      return;
    }
    overflowTimer ??= setTimeout(() => {
      overflowTimer = null;
      const more = host.prompts.overflow - overflowTold;
      overflowTold = host.prompts.overflow;
      if (more > 0) host.notice(moreAddedByText(more));
    }, ADDED_BY_NOTICE_DELAY_MS);
  };
  const nameOf = (email: string): string =>
    client.snapshot.contacts.find((c) => c.email === email)?.friendlyName ?? email;
  const handlers: { [E in keyof ClientEvents]: (...args: ClientEvents[E]) => void } = {
    session: (session) => {
      host.sessionChanged(session.phase);
      host.emit({ type: 'session', session });
    },
    self: (self) => host.emit({ type: 'self', self }),
    contact: (contact) => {
      host.emit({ type: 'contacts', contacts: [contact] });
      const key = contact.email.toLowerCase();
      if (contact.status === 'FLN') {
        seenOffline.add(key);
      } else if (seenOffline.delete(key) && contact.status !== 'HDN') {
        host.alert({
          kind: 'contactOnline',
          name: host.displayName(contact.email, contact.friendlyName),
        });
      }
    },
    contactRemoved: (email) => {
      seenOffline.delete(email.toLowerCase());
      host.emit({ type: 'contactRemoved', email });
    },
    groups: (groups) => host.emit({ type: 'groups', groups }),
    privacy: (privacy) => host.emit({ type: 'privacy', privacy }),
    // After SYN the core has emitted every contact and the groups; privacy and the people
    // waiting for an answer come from its snapshot (contacts.md §2, §5).
    listSynced: () => {
      const { privacy, pendingAddedBy } = client.snapshot;
      host.emit({ type: 'privacy', privacy });
      for (const entry of pendingAddedBy) queuePrompt(entry);
    },
    addedBy: (entry) => queuePrompt(entry),
    removedBy: ({ email }) => {
      host.prompts.settled(email);
      host.emit({ type: 'removedBy', email });
    },
    mail: (mail) => host.emit({ type: 'mail', mail }),
    // A new e-mail arrived (not just a count change): reference notifications.md §2.2.
    newMail: ({ from, fromAddress, folder }) => {
      if (folder !== 'ACTIVE') return;
      host.alert({
        kind: 'mail',
        from: from || fromAddress || null,
        unread: client.snapshot.mail.inboxUnread,
      });
    },
    systemMessage: ({ text }) => host.notice(text),
    conversation: (conversation) => host.emit({ type: 'conversation', conversation }),
    participantJoined: ({ conversationId, email, name }) =>
      host.emit({ type: 'participant', conversationId, email, name, joined: true }),
    participantLeft: ({ conversationId, email }) =>
      host.emit({
        type: 'participant',
        conversationId,
        email,
        name: nameOf(email),
        joined: false,
      }),
    // The core emits each incoming message once, and each of ours when queued or resent.
    message: (message) => {
      host.emit({ type: 'message', message });
      if (message.direction === 'in') host.incoming(message);
    },
    messageDelivered: ({ conversationId, messageId }) =>
      host.emit({ type: 'messageState', conversationId, messageId, state: 'delivered' }),
    messageFailed: ({ conversationId, messageId, error }) =>
      host.emit({ type: 'messageState', conversationId, messageId, state: 'failed', error }),
    // Sent, neither confirmed nor refused (msnp8/README.md §11.1): muted, no alarm, resend offered.
    messageUnconfirmed: ({ conversationId, messageId }) =>
      host.emit({ type: 'messageState', conversationId, messageId, state: 'unconfirmed' }),
    typing: ({ conversationId, email, name }) =>
      host.emit({ type: 'typing', conversationId, email, name }),
    nudge: ({ conversationId, email, name }) => {
      host.emit({ type: 'nudge', conversationId, email, name, direction: 'in' });
      host.alert({ kind: 'nudge', focused: false });
    },
    unsupportedContent: ({ email }) =>
      host.notice(`${nameOf(email)} sent something Tweener cannot show.`),
    fileTransfer: (transfer) => host.emit({ type: 'transfer', transfer }),
  };
  const entries = Object.entries(handlers) as [keyof ClientEvents, (...args: unknown[]) => void][];
  for (const [event, handler] of entries) client.on(event, handler as never);
  return () => {
    if (overflowTimer) clearTimeout(overflowTimer);
    for (const [event, handler] of entries) client.off(event, handler as never);
  };
}
