// Conversations as the person sees them (one per contact or group), on top of switchboard
// sessions that come and go: reuse, queueing during setup, delivery states, RNG attachment.
// reference: switchboard.md §1 (start), §2 (invited), §3 (multi-party), §4 (idle), §5 (ACK/NAK)
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { ChatMessage, FileTransfer, MessageFormat } from '../../../shared/domain';
import { FileTransferManager } from '../filetransfer/file-transfer-manager';
import type { FileTransferNetworkOptions } from '../filetransfer/msnftp-endpoint';
import { NUDGE_INTERVAL_MS } from '../messages/nudge';
import { splitForWire } from '../messages/split';
import { normalizeLineBreaks } from '../messages/text';
import type { SwitchboardBroker, SwitchboardInvite } from '../switchboard/broker';
import { SwitchboardSession } from '../switchboard/switchboard-session';
import type {
  DeliveryOutcome,
  SwitchboardSessionOptions,
} from '../switchboard/switchboard-session';
import {
  CONVERSATION_CLOSED_TEXT,
  conversationErrorText,
  deliveryErrorText,
} from './conversation-errors';
import type { ConversationEvents } from './conversation-events';
import { flushQueue, routePayload } from './conversation-io';
import { isLive, newRecord, normalizeEmails, sameSet, toConversation } from './conversation-record';
import type { ConversationRecord, QueuedItem } from './conversation-record';
import { runSetup } from './conversation-setup';

export interface ConversationManagerOptions extends SwitchboardSessionOptions {
  /** Wait this long for the first JOI after CAL (§1.3: 60–120 s). */
  joinTimeoutMs?: number;
  fileTransfer?: FileTransferNetworkOptions;
  /** Where accepted files are saved unless acceptFile names a folder. */
  downloadDir?: string;
}

/** Routes a session's events to its conversation, holding them until the RNG is attached. */
interface SessionOwner {
  record: ConversationRecord | null;
  backlog: (() => void)[];
}

export class ConversationManager extends EventEmitter<ConversationEvents> {
  private readonly records = new Map<string, ConversationRecord>();
  private readonly messages = new Map<string, ChatMessage>();
  private readonly files: FileTransferManager;
  private readonly stopRinging: () => void;

  constructor(
    readonly broker: SwitchboardBroker,
    readonly options: ConversationManagerOptions = {},
  ) {
    super();
    this.files = new FileTransferManager(
      {
        selfEmail: () => broker.selfEmail,
        sendInvitation: (conversationId, payload) => this.sendInvitation(conversationId, payload),
        emit: (transfer) => this.emit('fileTransfer', transfer),
      },
      { network: options.fileTransfer, downloadDir: options.downloadDir },
    );
    this.stopRinging = broker.onRing((invite) => void this.onRing(invite));
  }

  get snapshot(): {
    conversations: ReturnType<typeof toConversation>[];
    messages: ChatMessage[];
    transfers: FileTransfer[];
  } {
    return {
      conversations: [...this.records.values()].map(toConversation),
      messages: [...this.messages.values()].map((m) => ({ ...m })),
      transfers: this.files.list(),
    };
  }

  /** The conversation for exactly these contacts, reused when one exists (switchboard.md §1.1). */
  openConversation(emails: string[]): string {
    const participants = normalizeEmails(emails, this.broker.selfEmail);
    if (participants.length === 0) throw new Error('a conversation needs at least one contact');
    const existing = this.findByParticipants(participants);
    if (existing) {
      existing.left = false;
      this.emitConversation(existing);
      return existing.id;
    }
    const record = newRecord(randomUUID(), participants);
    this.records.set(record.id, record);
    this.emitConversation(record);
    return record.id;
  }

  sendMessage(
    conversationId: string,
    text: string,
    format: MessageFormat | null,
    clientId?: string,
  ): string {
    const record = this.require(conversationId);
    const id = clientId && !this.messages.has(clientId) ? clientId : randomUUID();
    const message: ChatMessage = {
      id,
      conversationId,
      direction: 'out',
      from: this.broker.selfEmail,
      fromName: this.broker.selfName(),
      text: normalizeLineBreaks(text),
      format,
      time: Date.now(),
      state: 'sending',
    };
    this.messages.set(id, message);
    this.emit('message', { ...message });
    record.typing.reset(); // the peer clears "is typing" on a text; the next key announces again
    this.enqueueText(record, message);
    return id;
  }

  /** Sends a failed message again, keeping its id (its text was kept for this). */
  resendMessage(conversationId: string, messageId: string): void {
    const record = this.require(conversationId);
    const message = this.messages.get(messageId);
    if (!message || message.conversationId !== conversationId || message.direction !== 'out') {
      throw new Error('no such outgoing message in this conversation');
    }
    if (message.state !== 'failed') return;
    message.state = 'sending';
    delete message.error;
    this.emit('message', { ...message });
    this.enqueueText(record, message);
  }

  /** Call on every keystroke; at most one notice per 4 s goes out (switchboard.md §8). */
  sendTyping(conversationId: string): void {
    const record = this.require(conversationId);
    if (!record.typing.shouldSend()) return;
    record.queue = record.queue.filter((item) => item.kind !== 'typing');
    this.enqueue(record, { kind: 'typing', queuedAt: Date.now() });
  }

  /** Rate-limited to one per few seconds (switchboard.md §10); extra ones are dropped. */
  sendNudge(conversationId: string): void {
    const record = this.require(conversationId);
    const now = Date.now();
    if (now - record.lastNudgeAt < NUDGE_INTERVAL_MS) return;
    record.lastNudgeAt = now;
    this.enqueue(record, { kind: 'nudge' });
  }

  /** Brings another contact into the conversation (switchboard.md §3). */
  invite(conversationId: string, email: string): void {
    const record = this.require(conversationId);
    const [key] = normalizeEmails([email], this.broker.selfEmail);
    if (!key) return;
    const session = this.sendingSession(record);
    if (session) {
      if (session.participants.has(key)) return;
      session.call(key).catch((error: unknown) => {
        record.error = this.errorText(error, key);
        this.emitConversation(record);
      });
      return;
    }
    if (!record.participants.includes(key)) record.participants.push(key);
    this.ensureSetup(record);
  }

  /** OUT on every switchboard of the conversation (switchboard.md §4). */
  leave(conversationId: string): void {
    const record = this.require(conversationId);
    record.left = true;
    this.failQueue(record, CONVERSATION_CLOSED_TEXT);
    for (const session of [...record.sessions]) session.leave();
    this.files.cancelConversation(conversationId);
    this.emitConversation(record);
  }

  sendFile(conversationId: string, path: string): string {
    const record = this.require(conversationId);
    return this.files.sendFile(conversationId, record.participants[0] ?? '', path);
  }
  acceptFile(transferId: string, saveDir?: string): void {
    this.files.accept(transferId, saveDir);
  }
  declineFile(transferId: string): void {
    this.files.decline(transferId);
  }
  cancelFile(transferId: string): void {
    this.files.cancel(transferId);
  }

  /** Sign-out or lost NS connection: every conversation closes, nothing pending is lost silently. */
  closeAll(reason = CONVERSATION_CLOSED_TEXT): void {
    for (const record of this.records.values()) {
      if (record.sessions.size === 0 && record.queue.length === 0 && !record.settingUp) continue;
      record.left = true;
      this.failQueue(record, reason);
      for (const session of [...record.sessions]) session.leave();
      this.emitConversation(record);
    }
    this.files.cancelAll();
  }

  dispose(): void {
    this.closeAll();
    this.stopRinging();
  }

  // ---- internals ----

  private require(conversationId: string): ConversationRecord {
    const record = this.records.get(conversationId);
    if (!record) throw new Error(`unknown conversation ${conversationId}`);
    return record;
  }

  private findByParticipants(participants: readonly string[]): ConversationRecord | undefined {
    let fallback: ConversationRecord | undefined;
    for (const record of [...this.records.values()].reverse()) {
      if (!sameSet(record.participants, participants)) continue;
      if (!record.left) return record;
      fallback ??= record;
    }
    return fallback;
  }

  private enqueueText(record: ConversationRecord, message: ChatMessage): void {
    let parts: string[];
    try {
      parts = splitForWire(message.text, message.format);
    } catch {
      this.settle(message.id, { delivered: false, reason: 'tooLarge' });
      return;
    }
    this.enqueue(record, { kind: 'text', messageId: message.id, parts, format: message.format });
  }

  private enqueue(record: ConversationRecord, item: QueuedItem): void {
    record.queue.push(item);
    this.pump(record);
  }

  private sendInvitation(conversationId: string, payload: Buffer): void {
    this.enqueue(this.require(conversationId), { kind: 'invitation', payload });
  }

  /** Sends the queue on a live switchboard, or starts one (messages wait in order, §1.3). */
  private pump(record: ConversationRecord): void {
    if (record.queue.length === 0) return;
    const session = this.sendingSession(record);
    if (!session) {
      this.ensureSetup(record);
      return;
    }
    const items = record.queue.splice(0);
    flushQueue(session, items, (messageId, outcome) => this.settle(messageId, outcome));
  }

  private sendingSession(record: ConversationRecord): SwitchboardSession | null {
    if (record.primary && isLive(record.primary)) return record.primary;
    const live = [...record.sessions].find(isLive) ?? null;
    if (live) {
      record.primary = live;
      record.participants = [...live.participants.keys()];
    }
    return live;
  }

  private ensureSetup(record: ConversationRecord): void {
    if (record.settingUp) return;
    record.settingUp = true;
    record.left = false;
    record.error = undefined;
    this.emitConversation(record);
    void runSetup({
      broker: this.broker,
      record,
      joinTimeoutMs: this.options.joinTimeoutMs ?? 60_000,
      createSession: () => this.createSession({ record, backlog: [] }),
      errorText: (error, email) => this.errorText(error, email),
    }).then((outcome) => {
      record.settingUp = false;
      if (outcome.ok) record.primary = outcome.session;
      else if (!this.sendingSession(record)) {
        record.error = outcome.error;
        this.failQueue(record, outcome.error);
      }
      this.emitConversation(record);
      this.pump(record);
    });
  }

  private errorText(error: unknown, email: string | undefined): string {
    return conversationErrorText(error, email ? this.broker.contactName(email) : undefined);
  }

  private createSession(owner: SessionOwner): SwitchboardSession {
    const session = new SwitchboardSession(this.broker.selfEmail, this.options);
    const route =
      <A extends unknown[]>(handler: (record: ConversationRecord, ...args: A) => void) =>
      (...args: A): void => {
        if (owner.record) handler(owner.record, ...args);
        else owner.backlog.push(() => handler(owner.record!, ...args));
      };
    if (owner.record) owner.record.sessions.add(session);
    session.on(
      'state',
      route((record) => this.emitConversation(record)),
    );
    session.on(
      'joined',
      route((record, { email, name, initial }) => {
        const known = record.participants.includes(email);
        if (record.primary === session || !record.primary || !isLive(record.primary)) {
          record.primary = session;
          record.participants = [...session.participants.keys()];
        }
        if (!initial && !known) {
          this.emit('participantJoined', { conversationId: record.id, email, name });
        }
        this.emitConversation(record);
        this.pump(record);
      }),
    );
    session.on(
      'left',
      route((record, { email }) => {
        if (record.primary === session) {
          // Keep the last one as "last known" so the next message re-invites them (§4).
          if (session.participants.size > 0) record.participants = [...session.participants.keys()];
          this.emit('participantLeft', { conversationId: record.id, email });
        }
        // reference: §4 — alone in the session: close it; the next message opens a new one.
        if (session.participants.size === 0) session.leaveAfterAcks();
        this.emitConversation(record);
      }),
    );
    session.on(
      'message',
      route((record, { from, fromName, payload }) =>
        routePayload(payload, {
          conversationId: record.id,
          from,
          fromName,
          message: (message) => {
            this.messages.set(message.id, message);
            this.emit('message', { ...message });
          },
          typing: (event) => this.emit('typing', event),
          nudge: (event) => this.emit('nudge', event),
          unsupported: (event) => this.emit('unsupportedContent', event),
          invitation: (invitation) =>
            this.files.onInvitation(record.id, from, fromName, invitation),
        }),
      ),
    );
    session.on(
      'closed',
      route((record) => {
        record.sessions.delete(session);
        if (record.primary === session) record.primary = null;
        this.sendingSession(record);
        this.emitConversation(record);
      }),
    );
    return session;
  }

  /** RNG: answer, then attach to the conversation with exactly these people (§2.1). */
  private async onRing(invite: SwitchboardInvite): Promise<void> {
    const owner: SessionOwner = { record: null, backlog: [] };
    const session = this.createSession(owner);
    try {
      await session.answer(invite);
    } catch {
      return; // the invitation expired or the inviter gave up: nothing to show
    }
    const others = [...session.participants.keys()];
    if (others.length === 0) {
      session.leave(); // §2.1: ANS OK with no IRO — nobody is left
      return;
    }
    let record = this.findByParticipants(others);
    if (!record) {
      record = newRecord(randomUUID(), others);
      this.records.set(record.id, record);
    }
    record.left = false;
    record.error = undefined;
    record.participants = others;
    record.sessions.add(session);
    record.primary = session; // the newest switchboard is the one the peer uses
    owner.record = record;
    for (const replay of owner.backlog.splice(0)) replay();
    this.emitConversation(record);
    this.pump(record);
  }

  private settle(messageId: string, outcome: DeliveryOutcome): void {
    const message = this.messages.get(messageId);
    if (!message || message.state !== 'sending') return; // exactly one end state
    const { conversationId } = message;
    if (outcome.delivered) {
      message.state = 'delivered';
      this.emit('messageDelivered', { conversationId, messageId });
      return;
    }
    message.state = 'failed';
    message.error = deliveryErrorText(outcome);
    this.emit('messageFailed', { conversationId, messageId, error: message.error });
  }

  private failQueue(record: ConversationRecord, error: string): void {
    for (const item of record.queue.splice(0)) {
      if (item.kind !== 'text') continue;
      const message = this.messages.get(item.messageId);
      if (!message || message.state !== 'sending') continue;
      message.state = 'failed';
      message.error = error;
      this.emit('messageFailed', { conversationId: record.id, messageId: item.messageId, error });
    }
  }

  private emitConversation(record: ConversationRecord): void {
    const conversation = toConversation(record);
    const signature = JSON.stringify(conversation);
    if (signature === record.emitted) return;
    record.emitted = signature;
    this.emit('conversation', conversation);
  }
}
