// Main's mirror of one account: what a window gets in its snapshot. Updated from MsnClient
// events by the account service; plain data, no I/O.
import type {
  ChatMessage,
  Contact,
  Conversation,
  FileTransfer,
  Group,
  MailState,
  Privacy,
  SelfProfile,
  SessionState,
} from '../../shared/domain';

import { MAX_PENDING_ADDED_BY } from '../msnp/limits';

/** Messages kept per conversation for snapshots (the history files keep everything). */
const MAX_MESSAGES_PER_CONVERSATION = 500;

export class AccountState {
  session: SessionState = { phase: 'signedOut' };
  self: SelfProfile | null = null;
  readonly contacts = new Map<string, Contact>();
  groups: Group[] = [];
  privacy: Privacy = { blp: 'AL', gtc: 'A' };
  mail: MailState = { inboxUnread: 0, foldersUnread: 0 };
  readonly conversations = new Map<string, Conversation>();
  private readonly messages = new Map<string, ChatMessage[]>();
  readonly transfers = new Map<string, FileTransfer>();
  pendingAddedBy: { email: string; name: string }[] = [];
  /** "Added you" prompts not queued because the queue was full (limits.ts). */
  addedByOverflow = 0;

  reset(): void {
    this.session = { phase: 'signedOut' };
    this.self = null;
    this.contacts.clear();
    this.groups = [];
    this.privacy = { blp: 'AL', gtc: 'A' };
    this.mail = { inboxUnread: 0, foldersUnread: 0 };
    this.conversations.clear();
    this.messages.clear();
    this.transfers.clear();
    this.pendingAddedBy = [];
    this.addedByOverflow = 0;
  }

  /** Inserts or replaces a message; true when it was not known before. */
  upsertMessage(message: ChatMessage): boolean {
    const list = this.messages.get(message.conversationId) ?? [];
    this.messages.set(message.conversationId, list);
    const index = list.findIndex((other) => other.id === message.id);
    if (index >= 0) {
      list[index] = { ...list[index], ...message };
      return false;
    }
    list.push(message);
    if (list.length > MAX_MESSAGES_PER_CONVERSATION) list.shift();
    return true;
  }

  message(conversationId: string, messageId: string): ChatMessage | undefined {
    return this.messages.get(conversationId)?.find((message) => message.id === messageId);
  }

  hasMessages(conversationId: string): boolean {
    return (this.messages.get(conversationId)?.length ?? 0) > 0;
  }

  allMessages(): ChatMessage[] {
    return [...this.messages.values()].flat();
  }

  /**
   * Queues an "added you" prompt; false when the queue is full (MAX_PENDING_ADDED_BY): a
   * flood of them becomes a count, and the people stay on the Privacy tab's list.
   */
  addPending(entry: { email: string; name: string }): boolean {
    this.removePending(entry.email);
    if (this.pendingAddedBy.length >= MAX_PENDING_ADDED_BY) {
      this.addedByOverflow += 1;
      return false;
    }
    this.pendingAddedBy.push(entry);
    return true;
  }

  removePending(email: string): void {
    const id = email.toLowerCase();
    this.pendingAddedBy = this.pendingAddedBy.filter((entry) => entry.email.toLowerCase() !== id);
  }
}
