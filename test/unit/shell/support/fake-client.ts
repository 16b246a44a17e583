// A stand-in MsnClient for the shell's unit tests: records calls, lets the test emit events,
// and holds state the way the core does (it follows its own events, echoes what is sent), so
// the shell has no code path that exists only for it. The real client is exercised by
// test/integration/ipc against the local network.
import { EventEmitter } from 'node:events';
import type {
  ChatMessage,
  Contact,
  Conversation,
  FileTransfer,
  Group,
  MailState,
  MessageFormat,
  Privacy,
  SelfProfile,
  SessionState,
  SettableStatus,
} from '@shared/domain';
import type {
  AccountClient,
  ClientEvents,
  ClientSnapshot,
} from '../../../../main/services/account/client-port';
import type { ClientFactory } from '../../../../main/services/account/account-service';

export class FakeClient extends EventEmitter<ClientEvents> implements AccountClient {
  readonly calls: { method: string; args: unknown[] }[] = [];
  password = 'right';
  private nextId = 0;

  snapshot: ClientSnapshot = {
    session: { phase: 'signedOut' },
    self: null,
    contacts: [],
    groups: [],
    privacy: { blp: 'AL', gtc: 'A' },
    mail: { inboxUnread: 0, foldersUnread: 0 },
    pendingAddedBy: [],
  };
  get standing(): Pick<ClientSnapshot, 'session' | 'self'> {
    return { session: this.snapshot.session, self: this.snapshot.self };
  }

  conversations = {
    conversations: [] as Conversation[],
    messages: [] as ChatMessage[],
    transfers: [] as FileTransfer[],
  };

  /**
   * Like the real core, the fake's state changes before it tells anyone: whatever a test
   * emits is first applied to `snapshot` and `conversations`, so the shell can only ever read
   * what a real client would hold.
   */
  override emit<K extends keyof ClientEvents>(name: K, ...args: ClientEvents[K]): boolean {
    this.apply(name, args as unknown[]);
    return super.emit(name, ...(args as never));
  }

  conversation(conversationId: string): Conversation | undefined {
    return this.conversations.conversations.find((c) => c.id === conversationId);
  }

  transfer(transferId: string): FileTransfer | undefined {
    return this.conversations.transfers.find((t) => t.id === transferId);
  }

  private apply(name: keyof ClientEvents, args: unknown[]): void {
    const [first] = args;
    const snap = this.snapshot;
    const chats = this.conversations;
    const upsert = <T extends { id: string }>(list: T[], item: T): T[] => [
      ...list.filter((x) => x.id !== item.id),
      item,
    ];
    switch (name) {
      case 'session':
        snap.session = first as SessionState;
        break;
      case 'self':
        snap.self = first as SelfProfile;
        break;
      case 'contact': {
        const contact = first as Contact;
        snap.contacts = [...snap.contacts.filter((c) => c.email !== contact.email), contact];
        break;
      }
      case 'contactRemoved':
        snap.contacts = snap.contacts.filter((c) => c.email !== first);
        break;
      case 'groups':
        snap.groups = first as Group[];
        break;
      case 'privacy':
        snap.privacy = first as Privacy;
        break;
      case 'mail':
        snap.mail = first as MailState;
        break;
      case 'addedBy': {
        const entry = first as { email: string; name: string };
        snap.pendingAddedBy = [
          ...snap.pendingAddedBy.filter((p) => p.email !== entry.email),
          entry,
        ];
        break;
      }
      case 'removedBy':
        snap.pendingAddedBy = snap.pendingAddedBy.filter(
          (p) => p.email !== (first as { email: string }).email,
        );
        break;
      case 'conversation':
        chats.conversations = upsert(chats.conversations, first as Conversation);
        break;
      case 'message': {
        const message = first as ChatMessage;
        if (!this.conversation(message.conversationId)) {
          chats.conversations = upsert(chats.conversations, {
            id: message.conversationId,
            participants: message.direction === 'in' ? [message.from] : [],
            state: 'ready',
          });
        }
        chats.messages = upsert(chats.messages, message);
        break;
      }
      case 'messageDelivered':
      case 'messageFailed': {
        const { messageId, error } = first as { messageId: string; error?: string };
        chats.messages = chats.messages.map((m) =>
          m.id !== messageId
            ? m
            : error === undefined
              ? { ...m, state: 'delivered' }
              : { ...m, state: 'failed', error },
        );
        break;
      }
      case 'fileTransfer': {
        const transfer = first as FileTransfer;
        chats.transfers = upsert(chats.transfers, transfer);
        if (!this.conversation(transfer.conversationId)) {
          chats.conversations = upsert(chats.conversations, {
            id: transfer.conversationId,
            participants: [transfer.peer],
            state: 'ready',
          });
        }
        break;
      }
      default:
        break; // the other events change nothing a snapshot holds
    }
  }

  private record(method: string, ...args: unknown[]): void {
    this.calls.push({ method, args });
  }

  async signIn(p: { email: string; password: string; status: SettableStatus }): Promise<void> {
    this.record('signIn', p.email, p.status);
    this.emit('session', { phase: 'connecting' });
    if (p.password !== this.password) {
      const failure = { kind: 'badCredentials' as const, message: 'The password is wrong.' };
      this.emit('session', { phase: 'signedOut', failure });
      throw Object.assign(new Error('sign-in failed'), { name: 'SignInError', failure });
    }
    this.emit('self', {
      email: p.email,
      friendlyName: 'Me',
      verified: true,
      status: p.status,
      phones: {},
    });
    this.emit('session', { phase: 'online' });
  }
  async signOut(): Promise<void> {
    this.record('signOut');
    this.emit('session', { phase: 'signedOut' });
  }
  async setStatus(s: SettableStatus): Promise<void> {
    this.record('setStatus', s);
  }
  async setFriendlyName(name: string): Promise<void> {
    this.record('setFriendlyName', name);
  }
  async addContact(email: string, groupId?: number): Promise<void> {
    this.record('addContact', email, groupId);
  }
  async removeContact(email: string): Promise<void> {
    this.record('removeContact', email);
  }
  async addToGroup(email: string, groupId: number): Promise<void> {
    this.record('addToGroup', email, groupId);
  }
  async removeFromGroup(email: string, groupId: number): Promise<void> {
    this.record('removeFromGroup', email, groupId);
  }
  async moveToGroup(email: string, from: number, to: number): Promise<void> {
    this.record('moveToGroup', email, from, to);
  }
  async block(email: string): Promise<void> {
    this.record('block', email);
  }
  async unblock(email: string): Promise<void> {
    this.record('unblock', email);
  }
  async allow(email: string): Promise<void> {
    this.record('allow', email);
  }
  async addGroup(name: string): Promise<Group> {
    this.record('addGroup', name);
    return { id: 7, name };
  }
  async renameGroup(id: number, name: string): Promise<void> {
    this.record('renameGroup', id, name);
  }
  async removeGroup(id: number): Promise<void> {
    this.record('removeGroup', id);
  }
  async setPrivacy(p: Partial<Privacy>): Promise<void> {
    this.record('setPrivacy', p);
  }
  /** Reuses the conversation with exactly these people, as the core does. */
  openConversation(emails: string[]): string {
    this.record('openConversation', emails);
    const wanted = [...emails].sort().join();
    const existing = this.conversations.conversations.find(
      (c) => [...c.participants].sort().join() === wanted,
    );
    const conversation: Conversation = existing ?? {
      id: `c${++this.nextId}`,
      participants: [...emails],
      state: 'idle',
    };
    this.emit('conversation', conversation);
    return conversation.id;
  }
  sendMessage(
    conversationId: string,
    text: string,
    format: MessageFormat | null,
    clientId?: string,
  ): string {
    this.record('sendMessage', conversationId, text, format, clientId);
    if (!this.conversation(conversationId)) throw new Error('That conversation is no longer open.');
    const id = clientId ?? `m${++this.nextId}`;
    // The core announces every message it queues (conversation-manager.ts).
    this.emit('message', {
      id,
      conversationId,
      direction: 'out',
      from: this.snapshot.self?.email ?? '',
      fromName: this.snapshot.self?.friendlyName ?? '',
      text,
      format,
      time: Date.now(),
      state: 'sending',
    });
    return id;
  }
  resendMessage(conversationId: string, messageId: string): void {
    this.record('resendMessage', conversationId, messageId);
  }
  sendTyping(conversationId: string): void {
    this.record('sendTyping', conversationId);
  }
  sendNudge(conversationId: string): void {
    this.record('sendNudge', conversationId);
  }
  invite(conversationId: string, email: string): void {
    this.record('invite', conversationId, email);
  }
  leave(conversationId: string): void {
    this.record('leave', conversationId);
  }
  sendFile(conversationId: string, path: string): string {
    this.record('sendFile', conversationId, path);
    const conversation = this.conversation(conversationId);
    if (!conversation) throw new Error('That conversation is no longer open.');
    const id = `t${++this.nextId}`;
    this.emit('fileTransfer', {
      id,
      conversationId,
      direction: 'out',
      peer: conversation.participants[0] ?? '',
      fileName: path.split('/').pop() ?? path,
      size: 0,
      transferred: 0,
      state: 'offered',
    });
    return id;
  }
  acceptFile(transferId: string, saveDir?: string): void {
    this.record('acceptFile', transferId, saveDir);
  }
  declineFile(transferId: string): void {
    this.record('declineFile', transferId);
  }
  cancelFile(transferId: string): void {
    this.record('cancelFile', transferId);
  }
}

/** A factory that hands out FakeClients and keeps them for the test to drive. */
export function fakeClients(
  password = 'right',
): ClientFactory & { made: FakeClient[]; last(): FakeClient } {
  const made: FakeClient[] = [];
  return {
    made,
    create: () => {
      const client = new FakeClient();
      client.password = password;
      made.push(client);
      return client;
    },
    last: () => {
      const client = made.at(-1);
      if (!client) throw new Error('no client made yet');
      return client;
    },
  };
}
