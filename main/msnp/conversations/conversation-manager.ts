// Conversations as the person sees them (one per contact or group), on top of switchboard
// sessions that come and go: reuse, queueing during setup, delivery states, RNG attachment.
// reference: switchboard.md §1 (start), §2 (invited), §3 (multi-party), §4 (idle), §5 (ACK/NAK)
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { ChatMessage, Conversation, FileTransfer, MessageFormat } from '@shared/domain';
import { isValidEmail } from '../contacts/email';
import { FileTransferManager } from '../filetransfer/file-transfer-manager';
import type { FileTransferNetworkOptions } from '../filetransfer/msnftp-endpoint';
import { NUDGE_INTERVAL_MS } from '../messages/nudge';
import { splitForWire } from '../messages/split';
import { normalizeLineBreaks } from '../messages/text';
import type { SwitchboardBroker } from '../switchboard/broker';
import { SwitchboardSession } from '../switchboard/switchboard-session';
import type { SwitchboardSessionOptions } from '../switchboard/switchboard-session';
import {
  CONVERSATION_CLOSED_TEXT,
  ConversationError,
  conversationErrorText,
} from './conversation-errors';
import { assertMayOpenAnother, RingGate } from './conversation-caps';
import { MessageBook } from './message-book';
import type { ConversationEvents, ConversationsSnapshot } from './conversation-events';
import { flushQueue, routePayload } from './conversation-io';
import type { IncomingSink } from './conversation-io';
import {
  isLeft,
  isLive,
  isSettingUp,
  markLeft,
  newRecord,
  normalizeEmails,
  reopen,
  sameSet,
  toConversation,
} from './conversation-record';
import type { ConversationRecord, QueuedItem } from './conversation-record';
import { callInto, ensureSetup } from './conversation-setup';
import type { SetupHost } from './conversation-setup';
import { answerRing } from './ring';
import { bindSession } from './session-binding';
import type { SessionOwner } from './session-binding';

export interface ConversationManagerOptions extends SwitchboardSessionOptions {
  /** Wait this long for the first JOI after CAL (§1.3: 60–120 s). */
  joinTimeoutMs?: number;
  fileTransfer?: FileTransferNetworkOptions;
  /** Where accepted files are saved unless acceptFile names a folder. */
  downloadDir?: string;
  /** Our public address as the NS saw it (ClientIP), advertised for file transfers. */
  publicAddress?: () => string | null;
  /** Whether file transfers can listen now (false over the HTTP gateway). */
  canListen?: () => boolean;
  /** An unanswered file offer expires after this long (default: limits.ts). */
  offerExpiryMs?: number;
}

export class ConversationManager extends EventEmitter<ConversationEvents> {
  private readonly records = new Map<string, ConversationRecord>();
  /** msnp8/README.md §11.1: whether this server's switchboards answer mode-A messages at all. */
  private readonly ackHistory = { silent: false };
  private readonly messages = new MessageBook({
    delivered: (event) => this.emit('messageDelivered', event),
    failed: (event) => this.emit('messageFailed', event),
    unconfirmed: (event) => this.emit('messageUnconfirmed', event),
  });
  private readonly files: FileTransferManager;
  private readonly stopRinging: () => void;
  private readonly setupHost: SetupHost;
  private readonly ringGate = new RingGate((text) => this.emit('systemMessage', { text }));
  private readonly sink: IncomingSink = {
    message: (message) => {
      this.messages.add(message);
      this.emit('message', { ...message });
    },
    typing: (event) => this.emit('typing', event),
    nudge: (event) => this.emit('nudge', event),
    unsupported: (event) => this.emit('unsupportedContent', event),
    invitation: ({ conversationId, from, fromName }, invitation) =>
      this.files.onInvitation(conversationId, from, fromName, invitation),
  };

  constructor(
    readonly broker: SwitchboardBroker,
    readonly options: ConversationManagerOptions = {},
  ) {
    super();
    this.setupHost = {
      broker: this.broker,
      joinTimeoutMs: this.options.joinTimeoutMs ?? 60_000,
      createSession: (record) => this.createSession({ record, backlog: [] }),
      errorText: (error, email) => this.errorText(error, email),
      changed: (record) => this.emitConversation(record),
      pump: (record) => this.pump(record),
      sendingSession: (record) => this.sendingSession(record),
      failQueue: (record, error) => this.failQueue(record, error),
    };
    this.files = new FileTransferManager(
      {
        selfEmail: () => broker.selfEmail,
        sendInvitation: (conversationId, payload, undeliverable) =>
          this.sendInvitation(conversationId, payload, undeliverable),
        emit: (transfer) => this.emit('fileTransfer', transfer),
        notice: (text) => this.emit('systemMessage', { text }),
      },
      {
        network: options.fileTransfer,
        downloadDir: options.downloadDir,
        publicAddress: options.publicAddress,
        canListen: options.canListen,
        ...(options.offerExpiryMs === undefined ? {} : { offerExpiryMs: options.offerExpiryMs }),
      },
    );
    this.stopRinging = broker.onRing((invite) => {
      const caller = () => normalizeEmails([invite.callerEmail], broker.selfEmail)[0];
      const existing = () => {
        const key = caller();
        return key === undefined ? undefined : this.findByParticipants([key]);
      };
      if (!this.ringGate.admit(this.records.values(), existing)) return;
      void answerRing(invite, {
        createSession: (owner) => this.createSession(owner),
        conversationFor: (others) => this.findByParticipants(others) ?? this.create(others),
        attached: (record) => {
          this.emitConversation(record);
          this.pump(record);
        },
        signedIn: () => broker.isOnline() || (broker.appearsOffline?.() ?? false),
      });
    });
  }

  get snapshot(): ConversationsSnapshot {
    return {
      conversations: [...this.records.values()].map(toConversation),
      messages: this.messages.list(),
      transfers: this.files.list(),
    };
  }

  /** One conversation of this manager (this client), as a copy; undefined when unknown. */
  conversation(conversationId: string): Conversation | undefined {
    const record = this.records.get(conversationId);
    return record ? toConversation(record) : undefined;
  }

  transfer(transferId: string): FileTransfer | undefined {
    return this.files.get(transferId);
  }

  /** The conversation for exactly these contacts, reused when one exists (switchboard.md §1.1). */
  openConversation(emails: string[]): string {
    const participants = normalizeEmails(emails, this.broker.selfEmail);
    if (participants.length === 0)
      throw new ConversationError('Choose at least one contact to talk to.');
    const bad = participants.find((email) => !isValidEmail(email));
    if (bad !== undefined) throw new ConversationError(`${bad} is not a valid e-mail address.`);
    const existing = this.findByParticipants(participants);
    if (existing) {
      reopen(existing);
      this.emitConversation(existing);
      return existing.id;
    }
    assertMayOpenAnother(this.records.values());
    const record = this.create(participants);
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
    this.messages.add(message);
    this.emit('message', { ...message });
    record.typing.reset(); // the peer clears "is typing" on a text; the next key announces again
    this.enqueueText(record, message);
    return id;
  }

  /** Sends a failed or unconfirmed message again, keeping its id (its text was kept for this). */
  resendMessage(conversationId: string, messageId: string): void {
    const record = this.require(conversationId);
    const message = this.messages.get(messageId);
    if (!message || message.conversationId !== conversationId || message.direction !== 'out') {
      throw new ConversationError('That message can no longer be sent again.');
    }
    if (message.state !== 'failed' && message.state !== 'unconfirmed') return;
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
    if (!isValidEmail(key)) throw new ConversationError(`${key} is not a valid e-mail address.`);
    const session = this.sendingSession(record);
    if (session) return callInto(record, session, key, this.setupHost);
    // No live switchboard: the setup (running or new) calls everyone in `participants`;
    // one already past its CALs calls the late invitees when it is ready.
    if (!record.participants.includes(key)) record.participants.push(key);
    record.invitees.add(key);
    ensureSetup(record, this.setupHost);
  }

  /** OUT on every switchboard of the conversation (switchboard.md §4). */
  leave(conversationId: string): void {
    const record = this.require(conversationId);
    markLeft(record); // first: the cancels below must not reopen the conversation
    this.files.cancelConversation(conversationId); // §11 OUTBANDCANCEL, while a session is up
    this.failQueue(record, CONVERSATION_CLOSED_TEXT);
    for (const session of [...record.sessions]) session.leave();
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
      if (record.sessions.size === 0 && record.queue.length === 0 && !isSettingUp(record)) continue;
      markLeft(record);
      this.failQueue(record, reason);
      for (const session of [...record.sessions]) session.leave(reason);
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
    if (!record) throw new ConversationError('That conversation is no longer open.');
    return record;
  }

  private create(participants: string[]): ConversationRecord {
    const record = newRecord(randomUUID(), participants);
    this.records.set(record.id, record);
    return record;
  }

  private findByParticipants(participants: readonly string[]): ConversationRecord | undefined {
    let fallback: ConversationRecord | undefined;
    for (const record of [...this.records.values()].reverse()) {
      if (!sameSet(record.participants, participants)) continue;
      if (!isLeft(record)) return record;
      fallback ??= record;
    }
    return fallback;
  }

  private enqueueText(record: ConversationRecord, message: ChatMessage): void {
    let parts: string[];
    try {
      parts = splitForWire(message.text, message.format);
    } catch {
      this.messages.settle(message.id, { delivered: false, reason: 'tooLarge' });
      return;
    }
    this.enqueue(record, { kind: 'text', messageId: message.id, parts, format: message.format });
  }

  private enqueue(record: ConversationRecord, item: QueuedItem): void {
    record.queue.push(item);
    this.pump(record);
  }

  private sendInvitation(
    conversationId: string,
    payload: Buffer,
    undeliverable?: (reason: string) => void,
  ): void {
    const record = this.require(conversationId);
    const session = this.sendingSession(record);
    if (session) session.sendUnacknowledged('N', payload);
    // An offer or an answer may reopen the conversation; a bare cancel (no callback) may not.
    else if (!isLeft(record) || undeliverable) {
      this.enqueue(record, { kind: 'invitation', payload, undeliverable });
    }
  }

  /** Sends the queue on a live switchboard, or starts one (messages wait in order, §1.3). */
  private pump(record: ConversationRecord): void {
    if (record.queue.length === 0) return;
    const session = this.sendingSession(record);
    if (!session) {
      ensureSetup(record, this.setupHost);
      return;
    }
    const items = record.queue.splice(0);
    flushQueue(session, items, (id, outcome) => this.messages.settle(id, outcome));
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

  private errorText(error: unknown, email: string | undefined): string {
    return conversationErrorText(error, email ? this.broker.contactName(email) : undefined);
  }

  private createSession(owner: SessionOwner): SwitchboardSession {
    const session = new SwitchboardSession(this.broker.selfEmail, {
      ...this.options,
      ackHistory: this.ackHistory,
    });
    bindSession(session, owner, {
      changed: (record) => this.emitConversation(record),
      pump: (record) => this.pump(record),
      refreshPrimary: (record) => void this.sendingSession(record),
      joined: (record, email, name) =>
        this.emit('participantJoined', { conversationId: record.id, email, name }),
      left: (record, email) => this.emit('participantLeft', { conversationId: record.id, email }),
      payload: (record, from, fromName, payload) =>
        routePayload(payload, { conversationId: record.id, from, fromName }, this.sink),
    });
    return session;
  }

  private failQueue(record: ConversationRecord, error: string): void {
    for (const item of record.queue.splice(0)) {
      if (item.kind === 'text') this.messages.fail(item.messageId, error);
      if (item.kind === 'invitation') item.undeliverable?.(error);
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
