// The typed events of MsnClient (one account): the notification session's, and the
// conversation events of main/msnp/conversations (conversation, participantJoined, message, …).
import type { Contact, Group, MailState, Privacy, SelfProfile, SessionState } from '@shared/domain';
import type { ConversationEvents } from './conversations/conversation-events';

export interface NewMailNotice {
  from: string;
  fromAddress: string;
  subject: string;
  /** ACTIVE = the inbox (notifications.md §2.2). */
  folder: string;
}

/** Events of the notification session, re-emitted by MsnClient. */
export interface NotificationEvents {
  self: [SelfProfile];
  contact: [Contact];
  contactRemoved: [string];
  groups: [Group[]];
  privacy: [Privacy];
  listSynced: [];
  addedBy: [{ email: string; name: string }];
  removedBy: [{ email: string }];
  mail: [MailState];
  /** Additive: the details of one new e-mail, for a toast (notifications.md §2.2). */
  newMail: [NewMailNotice];
  systemMessage: [{ text: string }];
}

/** Every notification event name, in one place for whoever forwards or prints them. */
export const NOTIFICATION_EVENT_NAMES: readonly (keyof NotificationEvents)[] = [
  'self',
  'contact',
  'contactRemoved',
  'groups',
  'privacy',
  'listSynced',
  'addedBy',
  'removedBy',
  'mail',
  'newMail',
  'systemMessage',
];

/** Conversations, messages, typing, nudges and file transfers (main/msnp/conversations/). */
export interface MsnClientEvents extends NotificationEvents, ConversationEvents {
  session: [SessionState];
}
