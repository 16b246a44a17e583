// A stand-in MsnClient for the shell's unit tests: records calls, lets the test emit events.
// The real client is exercised by test/integration/ipc against the local network.
import { EventEmitter } from 'node:events';
import type {
  ChatMessage,
  Conversation,
  FileTransfer,
  Group,
  MessageFormat,
  Privacy,
  SettableStatus,
} from '../../../../shared/domain';
import type {
  AccountClient,
  ClientEvents,
  ClientSnapshot,
} from '../../../../main/services/client-port';
import type { ClientFactory } from '../../../../main/services/account-service';

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
  conversations = {
    conversations: [] as Conversation[],
    messages: [] as ChatMessage[],
    transfers: [] as FileTransfer[],
  };

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
  openConversation(emails: string[]): string {
    this.record('openConversation', emails);
    return `c${++this.nextId}`;
  }
  sendMessage(
    conversationId: string,
    text: string,
    format: MessageFormat | null,
    clientId?: string,
  ): string {
    this.record('sendMessage', conversationId, text, format, clientId);
    return clientId ?? `m${++this.nextId}`;
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
    return `t${++this.nextId}`;
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
