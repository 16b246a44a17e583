// MsnClient: one account, the facade the shell and the command-line harness use.
// Sign-in, contact list, presence and privacy delegate to the notification session; the
// conversation methods delegate to main/msnp/conversations/ (built from `this.broker`).
import { EventEmitter } from 'node:events';
import type {
  ChatMessage,
  Conversation,
  FileTransfer,
  Group,
  MessageFormat,
  Privacy,
  SessionState,
  SettableStatus,
} from '@shared/domain';
import type { MsnClientEvents } from './client-events';
import { NOTIFICATION_EVENT_NAMES } from './client-events';
import { ListCacheStore } from './contacts/cache-store';
import { emitGuarded } from './guarded-emit';
import { allContacts, emptyContactList, pendingAddedBy } from './contacts/model';
import type { ContactListState } from './contacts/model';
import { everyoneOffline } from './contacts/reducers';
import { fixedFailure, MESSAGES, OperationError, SignInError } from './failures';
import * as ops from './notification/list-ops';
import * as selfOps from './notification/self-ops';
import type { InitialProfile } from './notification/profile';
import { NotificationSession } from './notification/session';
import type { NsState } from './notification/session';
import { reconnectPolicy, Reconnector } from './reconnect';
import { ClientBroker } from './notification/client-broker';
import { isSettableStatus } from './presence/status';
import type { ConversationManager } from './conversations/conversation-manager';
import { createClientConversations } from './client-conversations';
import { dialerFor } from './gateway/connection-setting';
import type { SignInDialer } from './gateway/connection-setting';

export type { MsnClientOptions, MsnClientSnapshot } from './client-options';
import type { MsnClientOptions, MsnClientSnapshot } from './client-options';

export class MsnClient extends EventEmitter<MsnClientEvents> {
  /** The NS side of conversations: stable across reconnects (switchboard/broker.ts). */
  readonly broker: ClientBroker;
  private session: NotificationSession | null = null;
  private sessionState: SessionState = { phase: 'signedOut' };
  private lastList: ContactListState = emptyContactList();
  private credentials: { email: string; password: string } | null = null;
  private wantedStatus: SettableStatus = 'NLN';
  private reconnecting = false;
  private readonly reconnector: Reconnector;
  private readonly chats: ConversationManager;
  private readonly store: ListCacheStore;
  /** How this sign-in's connections are opened; a fallback to the gateway lasts the sign-in. */
  private dialer: SignInDialer;

  constructor(readonly options: MsnClientOptions) {
    super();
    this.store = new ListCacheStore(options.cache);
    this.dialer = dialerFor(options.connection, options.server.host);
    this.reconnector = new Reconnector(reconnectPolicy(options.reconnect), {
      restart: () => this.startSession(true),
      scheduled: (retryAt, failure) => this.setSession({ phase: 'reconnecting', retryAt, failure }),
      gaveUp: (failure) => {
        this.reconnecting = false;
        this.setSession({ phase: 'signedOut', failure });
      },
    });
    this.broker = new ClientBroker(
      () => this.session,
      () => this.credentials?.email ?? '',
      options.switchboardAddress ?? null,
    );
    this.chats = createClientConversations(this.broker, options, {
      dialer: () => this.dialer,
      publicAddress: () => this.profile?.clientIp || null,
      forward: (name, args) =>
        (this.emit as (e: string, ...a: unknown[]) => boolean)(name, ...args),
    });
  }

  /** Every listener runs, guarded: a shell bug never unwinds into the core (guarded-emit.ts). */
  override emit<K extends keyof MsnClientEvents>(name: K, ...args: MsnClientEvents[K]): boolean {
    return emitGuarded(this, name, args, 'Tweener');
  }

  // --- session -------------------------------------------------------------------------------

  /** Signs in; rejects with SignInError { failure }. */
  async signIn(p: { email: string; password: string; status: SettableStatus }): Promise<void> {
    this.stopSession();
    this.credentials = { email: p.email, password: p.password };
    this.wantedStatus = p.status;
    this.dialer = dialerFor(this.options.connection, this.options.server.host);
    this.lastList = await this.store.load(p.email);
    await this.startSession(false);
  }

  async signOut(): Promise<void> {
    this.stopSession();
    this.credentials = null;
    this.setSession({ phase: 'signedOut' });
  }

  /** Which way this sign-in reached the servers: direct TCP or the HTTP gateway. */
  get connectedVia(): 'direct' | 'gateway' | null {
    return this.dialer.via;
  }

  /** Initial profile data (login.md §7), once signed in. */
  get profile(): InitialProfile | null {
    return this.session?.profile ?? null;
  }

  /**
   * The session and our own profile alone: what is asked on every event (am I online, who am
   * I), without `snapshot`'s copy of every contact (a presence storm with 5,000 contacts made
   * that copy per event the main process's bottleneck).
   */
  get standing(): Pick<MsnClientSnapshot, 'session' | 'self'> {
    return {
      session: { ...this.sessionState },
      self: this.session?.self ? { ...this.session.self } : null,
    };
  }

  get snapshot(): MsnClientSnapshot {
    const list = this.currentList();
    return {
      session: { ...this.sessionState },
      self: this.session?.self ? { ...this.session.self } : null,
      contacts: allContacts(list),
      groups: [...list.groups],
      privacy: { ...list.privacy },
      mail: this.session ? { ...this.session.mail } : { inboxUnread: 0, foldersUnread: 0 },
      pendingAddedBy: pendingAddedBy(list),
    };
  }

  async setStatus(s: SettableStatus): Promise<void> {
    // presence.md §2: an unknown status code makes the server close the connection.
    if (!isSettableStatus(s)) throw new OperationError('That status cannot be set.');
    await this.online().changeStatus(s);
    this.wantedStatus = s;
  }

  async setFriendlyName(name: string): Promise<void> {
    return selfOps.setFriendlyName(this.online(), name);
  }

  async requestUrl(service: string): Promise<string> {
    return selfOps.requestUrl(this.online(), service);
  }

  // --- contact list (contacts.md §10) ---
  // All `async`: "not signed in" (thrown by online()) must reach the caller as a rejection,
  // never as a synchronous throw out of, say, an event listener.
  // Each is `async` so that "not signed in" (thrown by online()) becomes a rejection, never
  // a synchronous throw out of a caller's event listener.-----------------------------------------------------

  async addContact(email: string, groupId?: number): Promise<void> {
    return ops.addContact(this.online(), email, groupId);
  }
  async removeContact(email: string): Promise<void> {
    return ops.removeContact(this.online(), email);
  }
  async addToGroup(email: string, groupId: number): Promise<void> {
    return ops.addToGroup(this.online(), email, groupId);
  }
  async removeFromGroup(email: string, groupId: number): Promise<void> {
    return ops.removeFromGroup(this.online(), email, groupId);
  }
  async moveToGroup(email: string, from: number, to: number): Promise<void> {
    return ops.moveToGroup(this.online(), email, from, to);
  }
  async block(email: string): Promise<void> {
    return ops.block(this.online(), email);
  }
  async unblock(email: string): Promise<void> {
    return ops.unblock(this.online(), email);
  }
  async allow(email: string): Promise<void> {
    return ops.allow(this.online(), email);
  }
  async addGroup(name: string): Promise<Group> {
    return ops.addGroup(this.online(), name);
  }
  async renameGroup(id: number, name: string): Promise<void> {
    return ops.renameGroup(this.online(), id, name);
  }
  async removeGroup(id: number): Promise<void> {
    return ops.removeGroup(this.online(), id);
  }
  async setPrivacy(p: Partial<Privacy>): Promise<void> {
    return ops.setPrivacy(this.online(), p);
  }
  async setPhone(kind: 'home' | 'work' | 'mobile', value: string | null): Promise<void> {
    return ops.setPhone(this.online(), kind, value);
  }

  // --- conversations (delegated to main/msnp/conversations/) ---------------------------------

  openConversation(emails: string[]): string {
    return this.chats.openConversation(emails);
  }
  sendMessage(
    conversationId: string,
    text: string,
    format: MessageFormat | null,
    clientId?: string,
  ): string {
    return this.chats.sendMessage(conversationId, text, format, clientId);
  }
  resendMessage(conversationId: string, messageId: string): void {
    this.chats.resendMessage(conversationId, messageId);
  }
  sendTyping(conversationId: string): void {
    this.chats.sendTyping(conversationId);
  }
  sendNudge(conversationId: string): void {
    this.chats.sendNudge(conversationId);
  }
  invite(conversationId: string, email: string): void {
    this.chats.invite(conversationId, email);
  }
  leave(conversationId: string): void {
    this.chats.leave(conversationId);
  }
  sendFile(conversationId: string, path: string): string {
    return this.chats.sendFile(conversationId, path);
  }
  acceptFile(transferId: string, saveDir?: string): void {
    this.chats.acceptFile(transferId, saveDir);
  }
  declineFile(transferId: string): void {
    this.chats.declineFile(transferId);
  }
  cancelFile(transferId: string): void {
    this.chats.cancelFile(transferId);
  }
  /** One conversation of this client, as a copy; undefined when unknown. */
  conversation(conversationId: string): Conversation | undefined {
    return this.chats.conversation(conversationId);
  }
  /** One file transfer, as a copy; undefined when unknown. */
  transfer(transferId: string): FileTransfer | undefined {
    return this.chats.transfer(transferId);
  }
  get conversations(): {
    conversations: Conversation[];
    messages: ChatMessage[];
    transfers: FileTransfer[];
  } {
    return this.chats.snapshot;
  }

  // --- internals -----------------------------------------------------------------------------

  private online(): NotificationSession {
    const s = this.session;
    if (!s || s.state !== 'online') {
      // Reconnecting is not "signed out": say so, the person only has to wait.
      const phase = this.sessionState.phase;
      throw new OperationError(
        phase === 'reconnecting' ? MESSAGES.reconnecting : MESSAGES.notSignedIn,
      );
    }
    return s;
  }

  private currentList(): ContactListState {
    return this.session?.list ?? this.lastList;
  }

  private setSession(state: SessionState): void {
    this.sessionState = state;
    this.emit('session', { ...state });
  }

  private stopSession(): void {
    this.chats.closeAll('You signed out before this message was delivered.');
    this.reconnector.cancel();
    this.reconnecting = false;
    const s = this.session;
    if (s) {
      this.lastList = everyoneOffline(s.list);
      s.signOut();
    }
  }

  private startSession(reconnecting: boolean): Promise<void> {
    const creds = this.credentials;
    if (!creds) return Promise.reject(new SignInError(fixedFailure('protocol', 'notSignedIn')));
    this.reconnecting = reconnecting;
    const previous = this.session;
    const session = new NotificationSession({
      // login.md §4.1: after an unsolicited XFR 0 NS, the next sign-in goes where it said.
      server: (reconnecting && previous?.redirectTo) || this.options.server,
      // http-gateway.md §5: Passport goes through the same proxy as the MSNP connections.
      passport: { ...this.options.passport, proxy: this.options.connection?.proxy ?? null },
      email: creds.email,
      password: creds.password,
      status: this.wantedStatus,
      // A reconnect continues the same list; a new sign-in starts from what signIn() loaded.
      list: everyoneOffline(reconnecting && previous ? previous.list : this.lastList),
      keepAlive: this.options.keepAlive,
      connectTimeoutMs: this.options.timeouts?.connectMs,
      stepTimeoutMs: this.options.timeouts?.stepMs,
      dialer: (target, opts) => this.dialer.dial(target, opts),
    });
    this.session = session;
    this.attach(session, creds.email);
    return session.start().then(
      () => {
        this.reconnecting = false;
      },
      (error: unknown) => {
        if (this.session === session && !this.reconnecting) {
          const failure = error instanceof SignInError ? error.failure : undefined;
          this.setSession(failure ? { phase: 'signedOut', failure } : { phase: 'signedOut' });
        }
        throw error;
      },
    );
  }

  private attach(session: NotificationSession, account: string): void {
    for (const name of NOTIFICATION_EVENT_NAMES) {
      session.on(name, (...args: unknown[]) => {
        if (this.session === session)
          (this.emit as (e: string, ...a: unknown[]) => boolean)(name, ...args);
      });
    }
    session.on('state', (state, step) => {
      if (this.session === session) this.onSessionState(state, step);
    });
    // Saved under the address signIn() loaded it with, so the two always meet.
    session.on('listChanged', (list) => this.store.save(account, list));
    session.on('closed', () => {
      if (this.session !== session) return;
      this.chats.closeAll('You were disconnected before this message was delivered.');
      this.lastList = session.list;
    });
    this.broker.follow(session);
    this.reconnector.watch(session);
  }

  private onSessionState(state: NsState, step: string | undefined): void {
    if (state === 'closed') return;
    if (state === 'online') {
      // http-gateway.md §4: the connection details say which way this sign-in went.
      const via = this.dialer.via;
      this.setSession(via ? { phase: 'online', via } : { phase: 'online' });
      return;
    }
    if (state === 'idle') return;
    if (this.reconnecting)
      this.setSession({ phase: 'reconnecting', step: step ?? 'Reconnecting…' });
    else this.setSession(step ? { phase: state, step } : { phase: state });
  }
}
