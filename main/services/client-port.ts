// The part of MsnClient (main/msnp/client.ts) the account service uses, as a structural type:
// the service is tested against this, and the real client is checked to satisfy it.
import type { EventEmitter } from 'node:events';
import type { MsnClientEvents } from '../msnp/client-events';
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
} from '../../shared/domain';

/** The core's own event map: the service handles every event the client emits. */
export type ClientEvents = MsnClientEvents;

export interface ClientSnapshot {
  session: SessionState;
  self: SelfProfile | null;
  contacts: Contact[];
  groups: Group[];
  privacy: Privacy;
  mail: MailState;
  pendingAddedBy: { email: string; name: string }[];
}

export interface AccountClient extends Pick<
  EventEmitter<ClientEvents>,
  'on' | 'off' | 'removeAllListeners'
> {
  signIn(p: { email: string; password: string; status: SettableStatus }): Promise<void>;
  signOut(): Promise<void>;
  setStatus(s: SettableStatus): Promise<void>;
  setFriendlyName(name: string): Promise<void>;
  addContact(email: string, groupId?: number): Promise<void>;
  removeContact(email: string): Promise<void>;
  addToGroup(email: string, groupId: number): Promise<void>;
  removeFromGroup(email: string, groupId: number): Promise<void>;
  moveToGroup(email: string, from: number, to: number): Promise<void>;
  block(email: string): Promise<void>;
  unblock(email: string): Promise<void>;
  allow(email: string): Promise<void>;
  addGroup(name: string): Promise<Group>;
  renameGroup(id: number, name: string): Promise<void>;
  removeGroup(id: number): Promise<void>;
  setPrivacy(p: Partial<Privacy>): Promise<void>;
  readonly snapshot: ClientSnapshot;
  openConversation(emails: string[]): string;
  sendMessage(
    conversationId: string,
    text: string,
    format: MessageFormat | null,
    clientId?: string,
  ): string;
  resendMessage(conversationId: string, messageId: string): void;
  sendTyping(conversationId: string): void;
  sendNudge(conversationId: string): void;
  invite(conversationId: string, email: string): void;
  leave(conversationId: string): void;
  sendFile(conversationId: string, path: string): string;
  acceptFile(transferId: string, saveDir?: string): void;
  declineFile(transferId: string): void;
  cancelFile(transferId: string): void;
  readonly conversations: {
    conversations: Conversation[];
    messages: ChatMessage[];
    transfers: FileTransfer[];
  };
}
