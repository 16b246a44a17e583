// One signed-in account: owns its MsnClient, mirrors it into AccountState, turns its events
// into AppEvents (with alerts and history on the way) and carries out the person's requests.
import type {
  ChatMessage,
  Failure,
  NetworkProfile,
  SessionState,
  SettableStatus,
  Status,
} from '../../shared/domain';
import type { AppEvent } from '../../shared/ipc/events';
import type { RequestArgs } from '../../shared/ipc/requests';
import type { Settings } from '../../shared/ipc/settings';
import { AccountState } from './account-state';
import type { AccountStore } from './account-store';
import { decideAlert } from './alert-policy';
import type { AlertTrigger } from './alert-policy';
import type { AccountClient } from './client-port';
import type { Desktop } from './desktop';
import type { HistoryStore } from './history-store';
import { ServiceError, toBridgeError } from './service-error';
import { wireClientEvents } from './client-wiring';

/** How long alerts stay quiet once a reconnection is online again (its ILN burst). */
const RECONNECT_QUIET_MS = 5_000;

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
  onSignedIn?: (profileId: string) => void;
  /** A name only the person sees for this contact (local nicknames), if they gave one. */
  nickname?: (email: string) => string | undefined;
}

export class AccountService {
  readonly state = new AccountState();
  private client: AccountClient | null = null;
  private unwire: (() => void) | null = null;
  /** Alerts start once the sign-in presence burst (ILN) is over (ui-spec §1.5). */
  private settled = false;
  /** After a reconnect the presence burst comes again: alerts wait until this time (ms). */
  private quietUntil = 0;
  private toastSeq = 0;
  /** Conversations already brought to the person's attention. */
  private readonly shown = new Set<string>();

  constructor(private readonly deps: AccountServiceDeps) {}

  get selfStatus(): Status | null {
    return this.client && this.state.session.phase === 'online'
      ? (this.state.self?.status ?? null)
      : null;
  }

  get signedIn(): boolean {
    return this.client !== null && this.state.session.phase !== 'signedOut';
  }

  async signIn(args: RequestArgs<'session:signIn'>): Promise<void> {
    const profile = this.deps.profile(args.profileId);
    if (!profile) throw new ServiceError('invalid', 'Choose a network to sign in to.');
    const password = args.password ?? this.deps.accounts.password(args.email);
    if (password === null) throw new ServiceError('invalid', 'Type your password.');
    if (this.client) await this.signOut();

    this.state.reset();
    this.shown.clear();
    this.settled = false;
    this.quietUntil = 0;
    const client = this.deps.clients.create(profile, args.email);
    this.client = client;
    this.unwire = wireClientEvents(client, this);
    try {
      await client.signIn({ email: args.email, password, status: args.status });
    } catch (error) {
      if (this.client === client) this.detach();
      if (this.state.session.phase !== 'signedOut' || !this.state.session.failure) {
        // The core normally reports the failure itself; make sure the windows hear of it.
        const failure = (error as { failure?: Failure }).failure;
        this.state.session = failure ? { phase: 'signedOut', failure } : { phase: 'signedOut' };
        this.deps.emit({ type: 'session', session: this.state.session });
      }
      throw error;
    }
    this.settled = true;
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
        );
      } else {
        await this.deps.accounts.forget(args.email);
      }
    } catch (error) {
      // Signed in all the same: a full disk only costs remembering the account, so say so.
      this.deps.emit({ type: 'notice', level: 'warning', text: toBridgeError(error).message });
    }
    this.deps.emit({ type: 'accounts', accounts: this.deps.accounts.list() });
    this.deps.onSignedIn?.(profile.id);
  }

  async signOut(): Promise<void> {
    const client = this.client;
    if (!client) return;
    try {
      await client.signOut();
    } finally {
      if (this.client === client) this.detach();
      this.state.reset();
      this.deps.emit({ type: 'session', session: this.state.session });
      this.deps.emit({ type: 'self', self: null });
    }
  }

  /** The connected client, or a 'notSignedIn' error for requests that need one. */
  requireClient(): AccountClient {
    if (!this.client) throw new ServiceError('notSignedIn', 'Sign in first.');
    return this.client;
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

  sendMessage(args: RequestArgs<'conversations:send'>): string {
    const client = this.requireClient();
    const id = client.sendMessage(args.conversationId, args.text, args.format, args.clientId);
    // The core may or may not echo our own message as an event: make sure it is recorded once.
    if (!this.state.message(args.conversationId, id)) {
      this.ingestMessage({
        id,
        conversationId: args.conversationId,
        direction: 'out',
        from: this.state.self?.email ?? '',
        fromName: this.state.self?.friendlyName ?? '',
        text: args.text,
        format: args.format,
        time: Date.now(),
        state: 'sending',
      });
    }
    return id;
  }

  sendNudge(conversationId: string): void {
    this.requireClient().sendNudge(conversationId);
    const self = this.state.self;
    this.deps.emit({
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
    this.state.removePending(args.email);
  }

  // ——— called by client-wiring ———

  /** What desktop alerts call a contact: the person's own nickname for them, else `fallback`. */
  displayName(email: string, fallback: string): string {
    return this.deps.nickname?.(email) ?? fallback;
  }

  emit(event: AppEvent): void {
    this.deps.emit(event);
  }

  get alertsSettled(): boolean {
    return this.settled;
  }

  /** Keeps the presence burst of a reconnection as silent as the one of the first sign-in. */
  sessionChanged(phase: SessionState['phase']): void {
    if (phase === 'reconnecting') this.quietUntil = Number.POSITIVE_INFINITY;
    else if (phase === 'online' && this.quietUntil === Number.POSITIVE_INFINITY) {
      this.quietUntil = this.now() + RECONNECT_QUIET_MS;
    }
  }

  private now(): number {
    return (this.deps.now ?? Date.now)();
  }

  alert(trigger: AlertTrigger): void {
    if (!this.settled || this.now() < this.quietUntil) return;
    const decision = decideAlert(trigger, this.deps.settings(), this.selfStatus);
    if (decision.sound) this.deps.desktop.sound.play(decision.sound);
    if (decision.toast) {
      const toast = { ...decision.toast, id: `toast-${++this.toastSeq}` };
      const conversationId = toast.conversationId;
      // A click opens what the toast is about: its conversation, else the main window
      // (a contact who signed in, new mail), which may be hidden in the tray.
      this.deps.desktop.notifier.show(toast, () => {
        if (conversationId) this.deps.desktop.windows.show(conversationId, 'user');
        else this.deps.desktop.windows.showMain?.();
      });
    }
  }

  ingestMessage(message: ChatMessage): void {
    const isNew = this.state.upsertMessage(message);
    this.deps.emit({
      type: 'message',
      message: this.state.message(message.conversationId, message.id) ?? message,
    });
    if (!isNew) return;
    if (this.deps.settings().keepHistory) this.record(message);
    if (message.direction !== 'in') return;
    const first = !this.shown.has(message.conversationId);
    if (first) {
      this.shown.add(message.conversationId);
      this.deps.desktop.windows.show(message.conversationId, 'incoming');
    }
    this.alert({
      kind: 'message',
      name: this.displayName(message.from, message.fromName || message.from),
      text: message.text,
      conversationId: message.conversationId,
      firstOfConversation: first,
      focused: this.deps.desktop.windows.isFocused(message.conversationId),
    });
  }

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

  private record(message: ChatMessage): void {
    const self = this.state.self?.email.toLowerCase();
    const participants = this.state.conversations.get(message.conversationId)?.participants ?? [];
    const others = participants.filter((email) => email.toLowerCase() !== self);
    if (others.length === 0 && message.direction === 'in') others.push(message.from);
    for (const contact of others) {
      void this.deps.history
        .append({
          contact,
          conversationId: message.conversationId,
          direction: message.direction,
          from: message.from,
          fromName: message.fromName,
          text: message.text,
          time: message.time,
        })
        .catch(() =>
          this.deps.emit({
            type: 'notice',
            level: 'warning',
            text: 'A message could not be saved to your history.',
          }),
        );
    }
  }

  private detach(): void {
    this.unwire?.();
    this.unwire = null;
    this.client = null;
    this.settled = false;
  }
}
