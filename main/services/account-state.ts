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

  addPending(entry: { email: string; name: string }): void {
    this.removePending(entry.email);
    this.pendingAddedBy.push(entry);
  }

  removePending(email: string): void {
    const id = email.toLowerCase();
    this.pendingAddedBy = this.pendingAddedBy.filter((entry) => entry.email.toLowerCase() !== id);
  }
}
