// The notification session: one sign-in on the NS, from the dispatch server to sign-out.
// ONE `state` field, changed in one place, with an event per change (STYLE.md).
// reference: msnp8/README.md §10 (state machine), login.md, contacts.md §2, presence.md §2
import { EventEmitter } from 'node:events';
import type { Failure, MailState, SelfProfile, SettableStatus } from '@shared/domain';
import type { MsnpCommand } from '../codec';
import type { MsnpConnection } from '../connection';
import type { Dialer } from '../connection';
import type { NotificationEvents } from '../client-events';
import { allContacts, contactOf, displayName, emptyContactList, keyOf } from '../contacts/model';
import type { ContactListState } from '../contacts/model';
import { everyoneOffline, presenceChanged } from '../contacts/reducers';
import type { AddedBy, PresenceUpdate } from '../contacts/reducers';
import {
  endFailure,
  fixedFailure,
  MESSAGES,
  OperationError,
  SignInError,
  toFailure,
  toOperationError,
} from '../failures';
import type { PassportConfig } from '../passport/ticket';
import type { NexusCache } from '../passport/nexus';
import { OWN_CAPABILITIES } from '../presence/capabilities';
import { isStatus } from '../presence/status';
import type { SwitchboardBroker, SwitchboardGrant, SwitchboardInvite } from '../switchboard/broker';
import { addedBy, handlePush } from './incoming';
import { NoticeThrottle } from '../limits';
import { KeepAlive } from './keepalive';
import type { KeepAliveOptions } from './keepalive';
import { ListSync } from './list-sync';
import { loginToNotificationServer } from './login';
import type { InitialProfile } from './profile';
import type { NsState, PushHost, SessionEnd, SessionEndReason } from './push-host';
import { DEFAULT_PORT, parseHostPort } from '@shared/host-port';
import { markStep } from '../perf-mark';

export type { NsState, SessionEnd, SessionEndReason } from './push-host';

/** msnp8/README.md §10: the transitions the session may make (any state may close). */
const NEXT_STATES: Record<NsState, readonly NsState[]> = {
  idle: ['connecting', 'closed'],
  connecting: ['connecting', 'authenticating', 'closed'],
  // back to connecting: login.md §5.4 failed-noretry restarts the sign-in from VER once
  authenticating: ['connecting', 'syncing', 'closed'],
  syncing: ['online', 'closed'],
  online: ['closed'],
  closed: [],
};

export interface SessionEvents extends NotificationEvents {
  state: [NsState, string | undefined];
  closed: [SessionEnd];
  /** The list version changed: time to persist (contacts.md §1.4). */
  listChanged: [ContactListState];
}

export interface SessionOptions {
  server: { host: string; port: number };
  passport: PassportConfig;
  email: string;
  password: string;
  status: SettableStatus;
  /** The cached list; its version goes into SYN. */
  list?: ContactListState | null;
  keepAlive?: KeepAliveOptions;
  connectTimeoutMs?: number;
  stepTimeoutMs?: number;
  nexusCache?: NexusCache;
  /** How connections are opened (TCP, the HTTP gateway, automatic); default TCP. */
  dialer?: Dialer;
  /** Where dropped server lines are reported (default: console.warn). */
  log?: (text: string) => void;
}

export class NotificationSession
  extends EventEmitter<SessionEvents>
  implements SwitchboardBroker, PushHost
{
  state: NsState = 'idle';
  list: ContactListState;
  self: SelfProfile | null = null;
  profile: InitialProfile | null = null;
  mail: MailState = { inboxUnread: 0, foldersUnread: 0 };
  conn: MsnpConnection | null = null;
  /** Set by the first CHG (presence.md §2). */
  presenceOn = false;
  outReason: string | null = null;
  /** The NS this session signed in on. */
  server: { host: string; port: number } | null = null;
  /** Where an unsolicited `XFR 0 NS` asked us to sign in again (login.md §4.1). */
  redirectTo: { host: string; port: number } | null = null;
  readonly ringListeners = new Set<(invite: SwitchboardInvite) => void>();
  /** One notice per flood of "added you" beyond the list cap (limits.ts). */
  readonly listFull = new NoticeThrottle((text) => this.emit('systemMessage', { text }));
  private readonly presenceQueue: PresenceUpdate[] = [];
  private readonly addedByQueue: AddedBy[] = [];
  private readonly listSync = new ListSync();
  private keepAlive: KeepAlive | null = null;
  private readonly abort = new AbortController();

  constructor(private readonly opts: SessionOptions) {
    super();
    this.list = opts.list ?? emptyContactList();
  }

  /** The one place that changes `state`. */
  private setState(state: NsState, step?: string): void {
    if (this.state === 'closed') return; // a late step of a cancelled sign-in
    // DESIGN.md (Sessions): an illegal transition is a bug, not a silent no-op.
    if (!NEXT_STATES[this.state].includes(state)) {
      throw new Error(`NotificationSession: illegal transition ${this.state} → ${state}`);
    }
    // The first mark of a step (a dispatch redirect connects twice) starts its phase.
    if (this.state !== state) markStep(`tweener:ns:${state}`);
    this.state = state;
    this.emit('state', state, step);
  }

  get selfEmail(): string {
    return this.self?.email ?? this.opts.email;
  }

  /** Signs in, syncs the list and sets the first status. Rejects with SignInError. */
  async start(): Promise<void> {
    if (this.state !== 'idle') throw new Error('a NotificationSession starts once');
    try {
      this.setState('connecting', 'Contacting the server');
      const login = await loginToNotificationServer({
        server: this.opts.server,
        passport: this.opts.passport,
        email: this.opts.email,
        password: this.opts.password,
        connectTimeoutMs: this.opts.connectTimeoutMs,
        stepTimeoutMs: this.opts.stepTimeoutMs,
        dialer: this.opts.dialer,
        nexusCache: this.opts.nexusCache,
        signal: this.abort.signal,
        onStep: (step, text) => this.setState(step, text),
      });
      const conn = login.connection;
      this.conn = conn;
      this.server = login.server;
      conn.on('command', (cmd) => this.onCommand(cmd));
      conn.on('close', () => this.onSocketClosed());
      // A framing error leaves the stream unreadable: treat it as a lost connection.
      conn.on('protocolError', (error) =>
        this.end('connectionLost', {
          kind: 'protocol',
          message: `The server sent data this client cannot read (${error.kind}). Reconnecting…`,
        }),
      );
      login.release();
      this.self = {
        email: login.email,
        friendlyName: login.friendlyName,
        verified: login.verified,
        status: 'FLN',
        phones: { ...this.list.ownPhones },
      };
      this.emit('self', { ...this.self });
      for (const cmd of login.early) this.onCommand(cmd);
      if (this.isClosed()) throw new SignInError(this.endFailure());
      await this.sync(conn);
      // msnp8/README.md §10: the first CHG right after SYN makes us visible and turns on presence.
      await this.changeStatus(this.opts.status);
      // Ended while the CHG was answered (OUT, XFR 0 NS, a drop in the same read): never
      // report an ended session as signed in.
      if (this.isClosed()) throw new SignInError(this.endFailure());
      this.presenceOn = true;
      // http-gateway.md §2: no PNG over the gateway; its polls keep the session alive.
      if (conn.transportKind === 'tcp') {
        this.keepAlive = new KeepAlive(conn, () => this.end('connectionLost'), this.opts.keepAlive);
        this.keepAlive.start();
      }
      this.setState('online');
    } catch (error) {
      const failure = error instanceof SignInError ? error.failure : toFailure(error);
      if (!this.isClosed()) this.end('failed', failure);
      throw error instanceof SignInError ? error : new SignInError(failure, { cause: error });
    }
  }

  isClosed(): boolean {
    return this.state === 'closed';
  }

  private endFailure(): Failure {
    return fixedFailure('connectionLost', 'closedDuringSignIn');
  }

  /** The e-mail of the last LST of the SYN listing (contacts.md §2.2: late BPRs). */
  get synLastEmail(): string | null {
    return this.listSync.lastEmail;
  }

  /** msnp8/README.md §11.1: a line not applied (e.g. no e-mail address where one belongs). */
  dropped(reason: string, line: string): void {
    const log = this.opts.log ?? ((text: string) => console.warn(text));
    // Bounded: a hostile server cannot flood the log with long lines.
    log(`Tweener: ignored a server line (${reason}): ${line.slice(0, 200)}`);
  }

  /** contacts.md §2: SYN <cached version>; complete when the announced lines arrived. */
  private sync(conn: MsnpConnection): Promise<void> {
    this.setState('syncing', 'Loading your contact list');
    return this.listSync.run(
      conn,
      this.list,
      this.opts.stepTimeoutMs ?? 60_000,
      (next) => this.finishSync(next),
      (reason, line) => this.dropped(reason, line),
    );
  }

  private finishSync(next: ContactListState): void {
    const previous = this.list;
    this.list = next;
    for (const key of previous.entries.keys()) {
      if (!next.entries.has(key)) this.emit('contactRemoved', previous.entries.get(key)!.email);
    }
    for (const c of allContacts(next)) this.emit('contact', c);
    this.emit('groups', [...next.groups]);
    this.emit('privacy', { ...next.privacy });
    if (this.self) {
      this.self = { ...this.self, phones: { ...next.ownPhones } };
      this.emit('self', { ...this.self });
    }
    this.emit('listChanged', next);
    this.emit('listSynced');
  }

  private onCommand(cmd: MsnpCommand): void {
    try {
      // Queued "added you" pushes go first, so that every line applies in arrival order.
      if (!(cmd.name === 'ADD' && cmd.trid === 0 && cmd.params[0] === 'RL')) this.flushAddedBy();
      if (this.listSync.accept(cmd)) return;
      handlePush(this, cmd);
    } catch {
      // Bad input from the server never crashes the session (STYLE: typed errors, not throws).
    }
  }

  private onSocketClosed(): void {
    if (this.state === 'closed') return;
    const reason = this.outReason;
    if (reason === 'OTH') this.end('signedInElsewhere');
    else if (reason !== null && reason !== '') this.end('serverShutdown');
    else this.end('connectionLost');
  }

  /** Ends the session once: stops timers, closes the socket, tells listeners why. */
  end(reason: SessionEndReason, failure?: Failure): void {
    if (this.state === 'closed') return;
    this.keepAlive?.stop();
    this.abort.abort();
    this.conn?.close();
    const f = failure ?? endFailure(reason);
    this.listSync.cancel(
      new SignInError(f ?? { kind: 'connectionLost', message: 'Sign-in was cancelled.' }),
    );
    const online = [...this.list.presence.keys()];
    this.list = everyoneOffline(this.list);
    for (const key of online) {
      const c = contactOf(this.list, key);
      if (c) this.emit('contact', c);
    }
    if (this.self) this.self = { ...this.self, status: 'FLN' };
    this.setState('closed');
    this.emit('closed', f ? { reason, failure: f } : { reason });
  }

  /** msnp8/README.md §9.1: OUT, then close. */
  signOut(): void {
    if (this.state === 'closed') return;
    try {
      if (this.conn?.isOpen) this.conn.sendUntracked('OUT');
    } catch {
      // Already gone: nothing to tell the server.
    }
    this.end('signedOut');
  }

  // --- commands used by the facade and the list operations ---------------------------------

  async request(name: string, params: readonly string[], payload?: string): Promise<MsnpCommand> {
    const conn = this.conn;
    if (!conn || !conn.isOpen || this.state === 'closed')
      throw new OperationError(MESSAGES.notSignedIn);
    try {
      return await conn.request(name, params, payload === undefined ? {} : { payload });
    } catch (error) {
      throw toOperationError(error, name);
    }
  }

  commit(next: ContactListState, changed: readonly string[]): void {
    const previous = this.list;
    this.list = next;
    for (const email of changed) {
      const c = contactOf(next, email);
      if (c) this.emit('contact', c);
      else if (previous.entries.has(keyOf(email)))
        this.emit('contactRemoved', previous.entries.get(keyOf(email))!.email);
    }
    if (next.groups !== previous.groups) this.emit('groups', [...next.groups]);
    if (next.privacy !== previous.privacy) this.emit('privacy', { ...next.privacy });
    if (next.ownPhones !== previous.ownPhones && this.self)
      this.updateSelf({ phones: { ...next.ownPhones } });
    if (next.version !== previous.version) this.emit('listChanged', next);
  }

  /**
   * Presence lines of one socket read are applied together (one map copy, one event per
   * contact), right after the read: an ILN storm stays linear.
   */
  queuePresence(update: PresenceUpdate): void {
    this.presenceQueue.push(update);
    if (this.presenceQueue.length === 1) queueMicrotask(() => this.flushPresence());
  }

  queueAddedBy(push: AddedBy): void {
    this.addedByQueue.push(push);
    if (this.addedByQueue.length === 1) queueMicrotask(() => this.flushAddedBy());
  }

  private flushAddedBy(): void {
    const batch = this.addedByQueue.splice(0);
    if (batch.length > 0 && !this.isClosed()) addedBy(this, batch);
  }

  private flushPresence(): void {
    const batch = this.presenceQueue.splice(0);
    if (batch.length === 0 || this.isClosed()) return;
    const previous = this.list;
    this.commit(presenceChanged(this.list, batch), [...new Set(batch.map((u) => u.email))]);
    // A new name was kept on the entry (presence.md §4): persist it with the list cache.
    if (this.list.entries !== previous.entries && this.list.version === previous.version)
      this.emit('listChanged', this.list);
  }

  updateSelf(patch: Partial<SelfProfile>): void {
    if (!this.self) return;
    this.self = { ...this.self, ...patch };
    this.emit('self', { ...this.self });
  }

  /** presence.md §2: CHG <status> <caps>, always with the capabilities number. */
  async changeStatus(status: SettableStatus): Promise<void> {
    const r = await this.request('CHG', [status, String(OWN_CAPABILITIES)]);
    const echoed = r.params[0];
    this.updateSelf({ status: isStatus(echoed) ? echoed : status });
  }

  // --- SwitchboardBroker (switchboard.md §1.1, §2.1) ------------------------------------------

  selfName(): string {
    return this.self?.friendlyName ?? this.selfEmail;
  }

  isOnline(): boolean {
    return this.state === 'online' && this.presenceOn && this.self?.status !== 'HDN';
  }

  appearsOffline(): boolean {
    return this.state === 'online' && this.self?.status === 'HDN';
  }

  async requestSwitchboard(): Promise<SwitchboardGrant> {
    const r = await this.request('XFR', ['SB']);
    // XFR <TrID> SB host:port CKI cookie
    const where = parseHostPort(r.params[1], DEFAULT_PORT);
    const cookie = r.params[3];
    if (r.params[0] !== 'SB' || !where || !cookie)
      throw new OperationError('The conversation could not be started. Please try again.');
    return { host: where.host, port: where.port, authCookie: cookie };
  }

  onRing(listener: (invite: SwitchboardInvite) => void): () => void {
    this.ringListeners.add(listener);
    return () => this.ringListeners.delete(listener);
  }

  contactName(email: string): string {
    return displayName(this.list, email);
  }
}
