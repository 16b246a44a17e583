// One switchboard connection as an explicit state machine with one `state` field.
// reference: switchboard.md §1.2 (USR), §1.3 (CAL/JOI), §2 (ANS/IRO), §4 (OUT/BYE), §5 (MSG/ACK/NAK)
import { EventEmitter } from 'node:events';
import { decodeParam } from '../codec';
import type { MsnpCommand } from '../codec';
import { MsnpConnection } from '../connection';
import type { Dialer } from '../connection';
import { isValidEmail } from '../contacts/email';
import { MAX_MSG_PAYLOAD_BYTES } from '../messages/split';
import type { SwitchboardGrant, SwitchboardInvite } from './broker';

export type SwitchboardState = 'new' | 'connecting' | 'authenticating' | 'open' | 'closed';

const TRANSITIONS: Record<SwitchboardState, SwitchboardState[]> = {
  new: ['connecting', 'closed'],
  connecting: ['authenticating', 'closed'],
  authenticating: ['open', 'closed'],
  open: ['closed'],
  closed: [],
};

/**
 * `timeout`: no ACK and no NAK (msnp8/README.md §11.1: some servers never send either); that is
 * "not confirmed", not "refused" (`nak`).
 */
export type DeliveryOutcome =
  | { delivered: true }
  | { delivered: false; reason: 'nak' | 'closed' | 'tooLarge'; detail?: string }
  | {
      delivered: false;
      reason: 'timeout';
      detail?: string;
      /** Resolves if the ACK still comes, late (never rejects; may never settle). */
      confirmedLater?: Promise<void>;
    };

/** Unanswered messages still listened for (a late ACK upgrades them); the oldest go first. */
const MAX_LATE_ACKS = 200;

export interface SwitchboardSessionEvents {
  state: [SwitchboardState];
  /** Someone is in the session: from IRO (`initial`) or JOI. */
  joined: [{ email: string; name: string; initial: boolean }];
  /** BYE; `timedOut` for `BYE <email> 1` (§4). */
  left: [{ email: string; timedOut: boolean }];
  message: [{ from: string; fromName: string; payload: Buffer }];
  closed: [{ error?: Error }];
}

export interface SwitchboardSessionOptions {
  connectTimeoutMs?: number;
  requestTimeoutMs?: number;
  /** No ACK/NAK for a mode-A message within this long: delivery failed (§5: ~30 s). */
  ackTimeoutMs?: number;
  /** How connections are opened (TCP, the HTTP gateway, automatic); default TCP. */
  dialer?: Dialer;
  /**
   * msnp8/README.md §11.1: what earlier switchboards of this server taught: `silent` true when one
   * never answered any message, false once one did. A new switchboard starts from it.
   */
  ackHistory?: { silent: boolean };
}

interface PendingAck {
  resolve: (outcome: DeliveryOutcome) => void;
  timer: NodeJS.Timeout;
}

export class SwitchboardSession extends EventEmitter<SwitchboardSessionEvents> {
  private current: SwitchboardState = 'new';
  private connection: MsnpConnection | null = null;
  private readonly pendingAcks = new Map<number, PendingAck>();
  private readonly lateAcks = new Map<number, () => void>();
  private leaveWhenSettled = false;
  /** ACK/NAK lines received, and mode-A messages that timed out without either (§5). */
  private answersSeen = 0;
  private silentTimeouts = 0;
  /** Other participants: lower-case e-mail → friendly name. */
  readonly participants = new Map<string, string>();
  /** The session id from CAL RINGING or RNG (opaque text). */
  sessionId: string | null = null;

  constructor(
    readonly selfEmail: string,
    private readonly options: SwitchboardSessionOptions = {},
  ) {
    super();
  }

  get state(): SwitchboardState {
    return this.current;
  }

  private transition(next: SwitchboardState): void {
    if (!TRANSITIONS[this.current].includes(next)) {
      throw new Error(`switchboard: illegal transition ${this.current} → ${next}`);
    }
    this.current = next;
    this.emit('state', next);
  }

  /** Outgoing: connect to the granted SB and authenticate with USR (§1.2). */
  async start(grant: SwitchboardGrant): Promise<void> {
    const connection = await this.connect(grant.host, grant.port);
    await this.authenticate(() =>
      connection.request('USR', [this.selfEmail, grant.authCookie]).then(() => undefined),
    );
  }

  /** Incoming: connect and answer the RNG with ANS; IRO lines fill the participants (§2.1). */
  async answer(invite: SwitchboardInvite): Promise<void> {
    this.sessionId = invite.sessionId;
    const connection = await this.connect(invite.host, invite.port);
    await this.authenticate(() =>
      connection
        .request('ANS', [this.selfEmail, invite.authCookie, invite.sessionId])
        .then(() => undefined),
    );
  }

  private async connect(host: string, port: number): Promise<MsnpConnection> {
    this.transition('connecting');
    let connection: MsnpConnection;
    try {
      connection = await MsnpConnection.connect(host, port, {
        connectTimeoutMs: this.options.connectTimeoutMs ?? 15_000,
        requestTimeoutMs: this.options.requestTimeoutMs ?? 30_000,
        dialer: this.options.dialer,
        server: 'SB',
      });
    } catch (error) {
      this.finish(error as Error);
      throw error;
    }
    if (this.current === 'closed') {
      connection.close(); // leave() was called while connecting
      throw new Error('the conversation was closed');
    }
    this.connection = connection;
    connection.on('command', (command) => this.onCommand(command));
    connection.on('close', ({ error }) => this.finish(error));
    // A framing error leaves the stream unreadable (as on the NS): end this switchboard; the
    // conversation goes idle and the next message opens a new one (§4).
    connection.on('protocolError', (error) => this.finish(error));
    this.transition('authenticating');
    return connection;
  }

  private async authenticate(request: () => Promise<void>): Promise<void> {
    try {
      await request();
    } catch (error) {
      this.connection?.close();
      this.finish(error as Error);
      throw error;
    }
    if (this.current === 'authenticating') this.transition('open');
  }

  /** Invites a contact (§1.3); resolves with the session id on RINGING, rejects with MsnpError. */
  async call(email: string): Promise<string> {
    const connection = this.requireOpen();
    const reply = await connection.request('CAL', [email]);
    // reference: §1.3 — `CAL <TrID> RINGING <session-id>`
    this.sessionId = reply.params[1] ?? this.sessionId;
    return this.sessionId ?? '';
  }

  /** Mode A with an ACK timer (§5). Never rejects: the outcome says what happened. */
  sendAcknowledged(payload: Buffer): Promise<DeliveryOutcome> {
    if (payload.length > MAX_MSG_PAYLOAD_BYTES) {
      return Promise.resolve({ delivered: false, reason: 'tooLarge' });
    }
    if (this.current !== 'open' || !this.connection?.isOpen) {
      return Promise.resolve({ delivered: false, reason: 'closed' });
    }
    const trid = this.connection.send('MSG', ['A'], payload);
    // msnp8/README.md §11.1: a switchboard that never answered any message will not answer this
    // one either: stop waiting visibly (the message went out; it is just not confirmed).
    if (this.neverAnswers) return Promise.resolve(this.unanswered(trid));
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pendingAcks.delete(trid);
        this.silentTimeouts += 1;
        if (this.answersSeen === 0 && this.options.ackHistory)
          this.options.ackHistory.silent = true;
        resolve(this.unanswered(trid));
        if (this.leaveWhenSettled && this.pendingAcks.size === 0) this.leave();
      }, this.options.ackTimeoutMs ?? 30_000);
      this.pendingAcks.set(trid, { resolve, timer });
    });
  }

  /** Mode U (typing, caps) or N (invitations, nudges); false when the session is not open. */
  sendUnacknowledged(mode: 'U' | 'N', payload: Buffer): boolean {
    if (payload.length > MAX_MSG_PAYLOAD_BYTES) return false;
    if (this.current !== 'open' || !this.connection?.isOpen) return false;
    this.connection.send('MSG', [mode], payload);
    return true;
  }

  /** "Not confirmed" for `trid`, still listening for its ACK (bounded). */
  private unanswered(trid: number): DeliveryOutcome {
    if (this.lateAcks.size >= MAX_LATE_ACKS) {
      const oldest = this.lateAcks.keys().next().value;
      if (oldest !== undefined) this.lateAcks.delete(oldest);
    }
    const confirmedLater = new Promise<void>((resolve) => this.lateAcks.set(trid, resolve));
    return { delivered: false, reason: 'timeout', confirmedLater };
  }

  get pendingAckCount(): number {
    return this.pendingAcks.size;
  }

  /**
   * A message went unanswered and no ACK/NAK ever came on this switchboard, or an earlier
   * switchboard of the server was like that and this one has not answered yet (§11.1).
   */
  get neverAnswers(): boolean {
    if (this.answersSeen > 0) return false;
    return this.silentTimeouts > 0 || this.options.ackHistory?.silent === true;
  }

  /** OUT, then close the socket (§4). Safe in any state. `why` words unacknowledged failures. */
  leave(why?: string): void {
    if (this.current === 'closed') return;
    const connection = this.connection;
    if (connection?.isOpen) {
      try {
        connection.sendUntracked('OUT');
      } catch {
        // already closing: nothing to tell the server
      }
      connection.close();
    }
    this.finish(undefined, why);
  }

  /** Leaves once every outstanding ACK/NAK arrived, so their true outcome is reported. */
  leaveAfterAcks(): void {
    if (this.pendingAcks.size === 0) this.leave();
    else this.leaveWhenSettled = true;
  }

  private requireOpen(): MsnpConnection {
    if (this.current !== 'open' || !this.connection?.isOpen) {
      throw new Error('the switchboard session is not open');
    }
    return this.connection;
  }

  private onCommand(command: MsnpCommand): void {
    switch (command.name) {
      case 'IRO': {
        // reference: §2.1 — IRO <TrID> <n> <total> <email> <url-name>
        const [, , email, name] = command.params;
        if (isValidEmail(email ?? '')) this.addParticipant(email!, name, true);
        break;
      }
      case 'JOI': {
        // msnp8/README.md §11.1: a participant is an address; anything else is dropped.
        const [email, name] = command.params;
        if (isValidEmail(email ?? '')) this.addParticipant(email!, name, false);
        break;
      }
      case 'BYE': {
        const [email, flag] = command.params;
        if (!email) break;
        const key = email.toLowerCase();
        if (this.participants.delete(key)) {
          this.emit('left', { email: key, timedOut: flag === '1' });
        }
        break;
      }
      case 'MSG': {
        const [from, name] = command.params;
        if (!from || !isValidEmail(from) || !command.payload) break;
        this.emit('message', {
          from: from.toLowerCase(),
          fromName: decodeParam(name ?? from),
          payload: command.payload,
        });
        break;
      }
      case 'ACK':
      case 'NAK':
        this.settleAck(command);
        break;
    }
  }

  private addParticipant(email: string, name: string | undefined, initial: boolean): void {
    const key = email.toLowerCase();
    // reference: msnp8/README.md §11 — the answering side may see a JOI naming itself: ignore it.
    if (key === this.selfEmail.toLowerCase()) return;
    const display = decodeParam(name ?? email);
    this.participants.set(key, display);
    this.emit('joined', { email: key, name: display, initial });
  }

  private settleAck(command: MsnpCommand): void {
    this.answersSeen += 1;
    if (this.options.ackHistory) this.options.ackHistory.silent = false;
    const trid = command.trid ?? Number(command.params[0]);
    const pending = this.pendingAcks.get(trid);
    if (!pending) {
      // A late answer to a message already reported "not confirmed": an ACK upgrades it.
      const late = this.lateAcks.get(trid);
      this.lateAcks.delete(trid);
      if (command.name === 'ACK') late?.();
      return;
    }
    clearTimeout(pending.timer);
    this.pendingAcks.delete(trid);
    pending.resolve(
      command.name === 'ACK' ? { delivered: true } : { delivered: false, reason: 'nak' },
    );
    if (this.leaveWhenSettled && this.pendingAcks.size === 0) this.leave();
  }

  private finish(error?: Error, why?: string): void {
    if (this.current === 'closed') return;
    this.transition('closed');
    for (const pending of this.pendingAcks.values()) {
      clearTimeout(pending.timer);
      pending.resolve(
        why === undefined
          ? { delivered: false, reason: 'closed' }
          : { delivered: false, reason: 'closed', detail: why },
      );
    }
    this.pendingAcks.clear();
    this.lateAcks.clear();
    this.connection?.close();
    this.emit('closed', error ? { error } : {});
  }
}
