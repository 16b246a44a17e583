// One signed-in account: owns its MsnClient, turns its events into AppEvents stamped with the
// account and the sign-in they belong to (with alerts and history on the way) and carries out
// the person's requests. The client is the only copy of the account's state: snapshots read it.
// Several may run at once, one per account (account-registry.ts).
import type {
  ChatMessage,
  Failure,
  FileTransfer,
  NetworkProfile,
  SelfProfile,
  SessionState,
  SettableStatus,
  Status,
} from '@shared/domain';
import type { AccountEventBody, AccountSnapshot, AppEvent } from '@shared/ipc/events';
import { accountIdOf } from '@shared/ipc/account-id';
import type { AccountId } from '@shared/ipc/account-id';
import type { NicknameMap } from '@shared/ipc/nicknames';
import type { RequestArgs } from '@shared/ipc/requests';
import type { Settings } from '@shared/ipc/settings';
import type { AccountStore } from '../stores/account-store';
import { AccountAlerts } from './account-alerts';
import { NO_CHATS, signedOutView, STALE_CONVERSATION, STALE_TRANSFER } from './signed-out-view';
import { HISTORY_WRITE_FAILED, recordMessage } from './record-message';
import type { AccountClient, ClientSnapshot, ConversationsSnapshot } from './client-port';
import { AddedByPrompts } from './added-by-prompts';
import { wireClientEvents } from './client-wiring';
import type { WiringHost } from './client-wiring';
import type { Desktop } from '../desktop';
import type { HistoryStore } from '../history/history-store';
import { passportHostOf } from './passport-host';
import { ServiceError, toBridgeError } from '../service-error';

export interface ClientFactory {
  create(profile: NetworkProfile, email: string): AccountClient;
}

export interface AccountServiceDeps {
  clients: ClientFactory;
  accounts: AccountStore;
  history: HistoryStore;
  desktop: Desktop;
  settings: () => Settings;
  profile: (id: string) => NetworkProfile | null;
  emit: (event: AppEvent) => void;
  /** Clock for the quiet period after a reconnection; default Date.now. */
  now?: () => number;
  /** Called after a successful sign-in (e.g. to remember the last network used). */
  onSignedIn?: (profileId: string, service: AccountService) => void;
  /** A name only the person sees for this contact (local nicknames), if they gave one. */
  nickname?: (email: string, self: string) => string | undefined;
  /** Every name only the person sees, for this signed-in account (`self`). */
  nicknames?: (self: string) => NicknameMap;
  /** The number of a new sign-in; unique across accounts (default: this service's own count). */
  nextEpoch?: () => number;
  /** True when several accounts are signed in: alerts then say which account. */
  severalSignedIn?: () => boolean;
}

export class AccountService {
  private client: AccountClient | null = null;
  /** The account of the current (or last) sign-in; null before the first. */
  private accountId: AccountId | null = null;
  /** Conversations of the last sign-in, whose windows a new sign-in closes. */
  private leftover: string[] = [];
  private unwire: (() => void) | null = null;
  /** The current sign-in's number; every sign-in starts a new one (Snapshot.epoch). */
  private epochNumber = 0;
  /** How the last sign-in ended, for snapshots taken while signed out. */
  private ended: SessionState = { phase: 'signedOut' };
  /** Conversations already brought to the person's attention. */
  private readonly shown = new Set<string>();
  /** The "added you" prompts of this sign-in (a flood is capped: limits.ts). */
  private readonly prompts = new AddedByPrompts();
  private readonly alerts: AccountAlerts;

  constructor(private readonly deps: AccountServiceDeps) {
    this.alerts = new AccountAlerts({
      desktop: deps.desktop,
      settings: deps.settings,
      now: () => this.now(),
      severalSignedIn: deps.severalSignedIn,
    });
  }

  /** The sign-in the account's events and snapshots belong to (0 before the first). */
  get epoch(): number {
    return this.epochNumber;
  }

  /** The account this service signs in (set by its sign-in; null before the first). */
  get id(): AccountId | null {
    return this.accountId;
  }

  /** This account as a snapshot part, as the core holds it. */
  accountSnapshot(): AccountSnapshot | null {
    if (this.accountId === null) return null;
    const view = this.view;
    const email = this.self?.email;
    return {
      account: this.accountId,
      epoch: this.epochNumber,
      ...view,
      ...this.chats,
      nicknames: email ? (this.deps.nicknames?.(email) ?? {}) : {},
    };
  }

  /** The account as the protocol core holds it. */
  get view(): ClientSnapshot {
    return this.client?.snapshot ?? signedOutView(this.ended);
  }

  /** The conversations, messages and transfers of this sign-in, as the core holds them. */
  get chats(): ConversationsSnapshot {
    const chats = this.client?.conversations ?? NO_CHATS;
    const account = this.accountId;
    if (account === null) return chats;
    // Each conversation names its account (the core does not know it has company).
    return { ...chats, conversations: chats.conversations.map((c) => ({ ...c, account })) };
  }

  /** True when this conversation belongs to this account's current sign-in. */
  owns(conversationId: string): boolean {
    return this.client?.conversation(conversationId) !== undefined;
  }

  /** True when this file transfer belongs to this account's current sign-in. */
  ownsTransfer(transferId: string): boolean {
    return this.client?.transfer(transferId) !== undefined;
  }

  /** One file transfer of this sign-in, as the core holds it. */
  transfer(transferId: string): FileTransfer | undefined {
    return this.client?.transfer(transferId);
  }

  get self(): SelfProfile | null {
    return this.client?.standing.self ?? null;
  }

  get selfStatus(): Status | null {
    const view = this.client?.standing;
    return view?.session.phase === 'online' ? (view.self?.status ?? null) : null;
  }

  get signedIn(): boolean {
    return this.client !== null && this.client.standing.session.phase !== 'signedOut';
  }

  async signIn(args: RequestArgs<'session:signIn'>): Promise<void> {
    const profile = this.deps.profile(args.profileId);
    if (!profile) throw new ServiceError('invalid', 'Choose a network to sign in to.');
    // A remembered password goes only to the Passport host it was remembered for.
    const passportHost = passportHostOf(profile);
    const password = args.password ?? this.deps.accounts.password(args.email, passportHost);
    if (password === null) throw new ServiceError('invalid', 'Type your password.');
    if (this.client) await this.signOut();
    // Windows of the last sign-in's conversations would name conversations that are gone.
    // Only this account's: another account's conversations go on.
    this.deps.desktop.windows.closeConversations?.(this.leftover);
    this.leftover = [];

    this.accountId = accountIdOf(profile.id, args.email);
    this.epochNumber = this.deps.nextEpoch?.() ?? this.epochNumber + 1;
    this.ended = { phase: 'signedOut' };
    this.shown.clear();
    this.prompts.clear();
    this.alerts.reset();
    const client = this.deps.clients.create(profile, args.email);
    this.client = client;
    this.unwire = wireClientEvents(client, this.wiringHost());
    try {
      await client.signIn({ email: args.email, password, status: args.status });
    } catch (error) {
      const last = client.snapshot.session;
      if (this.client === client) this.detach();
      if (last.phase === 'signedOut' && last.failure) {
        this.ended = last;
      } else {
        // The core normally reports the failure itself; make sure the windows hear of it.
        const failure = (error as { failure?: Failure }).failure;
        this.ended = failure ? { phase: 'signedOut', failure } : { phase: 'signedOut' };
        this.emit({ type: 'session', session: this.ended });
      }
      throw error;
    }
    this.alerts.settle();
    try {
      if (args.rememberMe) {
        await this.deps.accounts.remember(
          {
            email: args.email,
            profileId: profile.id,
            status: args.status,
            signInAutomatically: args.signInAutomatically && args.rememberPassword,
          },
          args.rememberPassword ? password : null,
          passportHost,
        );
      } else {
        await this.deps.accounts.forget(args.email);
      }
    } catch (error) {
      // Signed in all the same: a full disk only costs remembering the account, so say so.
      this.deps.emit({ type: 'notice', level: 'warning', text: toBridgeError(error).message });
    }
    this.deps.emit({ type: 'accounts', accounts: this.deps.accounts.list() });
    this.deps.onSignedIn?.(profile.id, this);
  }

  async signOut(): Promise<void> {
    const client = this.client;
    if (!client) return;
    try {
      await client.signOut();
    } finally {
      if (this.client === client) this.detach();
      this.ended = { phase: 'signedOut' };
      this.emit({ type: 'session', session: this.ended });
      this.emit({ type: 'self', self: null });
    }
  }

  /** The connected client, or a 'notSignedIn' error for requests that need one. */
  requireClient(): AccountClient {
    if (!this.client) throw new ServiceError('notSignedIn', 'Sign in first.');
    return this.client;
  }

  /**
   * The client, when this conversation belongs to the current sign-in. A window may still
   * name one of an earlier sign-in (the core of that sign-in is gone): it hears so plainly.
   */
  clientFor(conversationId: string): AccountClient {
    const client = this.requireClient();
    if (!client.conversation(conversationId)) {
      throw new ServiceError('invalid', STALE_CONVERSATION);
    }
    return client;
  }

  /** The client, when this file transfer belongs to the current sign-in. */
  clientForTransfer(transferId: string): AccountClient {
    const client = this.requireClient();
    if (!client.transfer(transferId)) throw new ServiceError('invalid', STALE_TRANSFER);
    return client;
  }

  async setStatus(status: SettableStatus): Promise<void> {
    await this.requireClient().setStatus(status);
  }

  openConversation(contacts: string[]): string {
    const id = this.requireClient().openConversation(contacts);
    this.shown.add(id);
    this.deps.desktop.windows.show(id, 'user');
    return id;
  }

  /** Sends one message; the core announces it (state `sending`) and settles it. */
  sendMessage(args: RequestArgs<'conversations:send'>): string {
    const client = this.clientFor(args.conversationId);
    const id = client.sendMessage(args.conversationId, args.text, args.format, args.clientId);
    const self = client.standing.self;
    // History keeps what the person said once, when they said it (a resend is not new).
    this.record({
      id,
      conversationId: args.conversationId,
      direction: 'out',
      from: self?.email ?? '',
      fromName: self?.friendlyName ?? '',
      text: args.text,
      format: args.format,
      time: this.now(),
    });
    return id;
  }

  sendNudge(conversationId: string): void {
    const client = this.clientFor(conversationId);
    client.sendNudge(conversationId);
    const self = client.standing.self;
    this.emit({
      type: 'nudge',
      conversationId,
      email: self?.email ?? '',
      name: self?.friendlyName ?? '',
      direction: 'out',
    });
  }

  async answerAddedBy(args: RequestArgs<'contacts:answerAddedBy'>): Promise<void> {
    const client = this.requireClient();
    if (args.allow) await client.allow(args.email);
    else await client.block(args.email);
    if (args.addToList) await client.addContact(args.email);
    this.prompts.settled(args.email);
  }

  /** A conversation window closed: forget that it was shown (a new message shows it again). */
  conversationClosed(conversationId: string): void {
    this.shown.delete(conversationId);
  }

  /** A conversation window closed: leave the conversation (ui-spec §1.4.9). */
  leaveConversation(conversationId: string): void {
    this.shown.delete(conversationId);
    try {
      this.client?.leave(conversationId);
    } catch {
      // Already gone (signed out, or the switchboard closed): nothing to leave.
    }
  }

  /** What desktop alerts call a contact: the person's own nickname for them, else `fallback`. */
  displayName(email: string, fallback: string): string {
    const self = this.self?.email;
    return (self ? this.deps.nickname?.(email, self) : undefined) ?? fallback;
  }

  /** Emits an event of the current sign-in, stamped with its account and epoch. */
  emit(event: AccountEventBody): void {
    const account = this.accountId ?? '';
    const body: AccountEventBody =
      event.type === 'conversation' && this.accountId !== null
        ? { ...event, conversation: { ...event.conversation, account: this.accountId } }
        : event;
    this.deps.emit({ ...body, epoch: this.epochNumber, account });
  }

  // ——— what the client's events call (client-wiring.ts) ———

  private wiringHost(): WiringHost {
    return {
      emit: (event) => this.emit(event),
      alert: (trigger) => this.alerts.alert(trigger, this.accountId, this.selfStatus),
      displayName: (email, fallback) => this.displayName(email, fallback),
      sessionChanged: (phase) => this.alerts.sessionChanged(phase),
      notice: (text) => this.deps.emit({ type: 'notice', level: 'info', text }),
      incoming: (message) => this.incoming(message),
      prompts: this.prompts,
    };
  }

  private now(): number {
    return (this.deps.now ?? Date.now)();
  }

  /** A message from someone: into history, its window shown, an alert. */
  private incoming(message: ChatMessage): void {
    this.record(message);
    const first = !this.shown.has(message.conversationId);
    if (first) {
      this.shown.add(message.conversationId);
      this.deps.desktop.windows.show(message.conversationId, 'incoming');
    }
    this.alerts.alert(
      {
        kind: 'message',
        name: this.displayName(message.from, message.fromName || message.from),
        text: message.text,
        conversationId: message.conversationId,
        firstOfConversation: first,
        focused: this.deps.desktop.windows.isFocused(message.conversationId),
      },
      this.accountId,
      this.selfStatus,
    );
  }

  private record(message: ChatMessage): void {
    if (!this.deps.settings().keepHistory) return;
    const participants = this.client?.conversation(message.conversationId)?.participants ?? [];
    recordMessage(this.deps.history, message, participants, this.self?.email, () =>
      this.deps.emit({ type: 'notice', level: 'warning', text: HISTORY_WRITE_FAILED }),
    );
  }

  private detach(): void {
    const conversations = this.client?.conversations.conversations ?? [];
    this.leftover = conversations.map((c) => c.id);
    this.unwire?.();
    this.unwire = null;
    this.client = null;
    this.alerts.reset();
  }
}
