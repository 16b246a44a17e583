// File transfers negotiated with text/x-msmsgsinvite and carried over MSNFTP.
// reference: switchboard.md §11 (invitations, cancel codes), §11.1 (negotiation), §11.2 (session)
import { randomUUID } from 'node:crypto';
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import type { FileTransfer } from '@shared/domain';
import {
  buildCancel,
  buildFileInvite,
  buildReceiverAccept,
  isSenderConnect,
  parseFileOffer,
  parseListenerAddress,
  randomCookie,
  sanitizeFileName,
} from '../messages/invite';
import type { CancelCode, Invitation } from '../messages/invite';
import type { FileTransferNetworkOptions } from './msnftp-endpoint';
import {
  FILE_OFFER_EXPIRED_TEXT,
  FILE_OFFER_EXPIRY_MS,
  FILE_OFFER_UNANSWERED_TEXT,
  FILE_OFFERS_REFUSED_TEXT,
  MAX_PENDING_FILE_OFFERS,
  NoticeThrottle,
} from '../limits';
import { saveErrorText } from './save-error';
import { MsnftpError } from './msnftp-stream';
import { cancelText, CONNECTION_FAILED_TEXT, isFinal } from './transfer-state';
import type { Entry } from './transfer-state';
import { connectAndRun, listenAndRun } from './transfer-connection';
import type { TransferConnectionContext } from './transfer-connection';

export interface FileTransferHost {
  selfEmail(): string;
  /**
   * Sends an invitation payload (mode N) in the conversation, queued until a switchboard is
   * ready; `undeliverable` is called with a reason if it can never go out (contact offline…).
   */
  sendInvitation(
    conversationId: string,
    payload: Buffer,
    undeliverable?: (reason: string) => void,
  ): void;
  emit(transfer: FileTransfer): void;
  /** Plain words when a cap was hit (limits.ts); may be absent. */
  notice?(text: string): void;
}

/** Said when neither side of a transfer can accept the other's connection. */
export const CANNOT_CONNECT_TEXT =
  'This file cannot be transferred: neither you nor your contact can accept a direct connection from this network (you are connected through the HTTP gateway).';

/** Finished transfers kept for the snapshot (the history of a sign-in, not of all time). */
export const MAX_KEPT_TRANSFERS = 200;

export class FileTransferManager {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly host: FileTransferHost,
    private readonly options: {
      network?: FileTransferNetworkOptions;
      downloadDir?: string;
      /** The public address the NS saw (ClientIP, login.md §7), when known. */
      publicAddress?: () => string | null;
      /** How many finished transfers to keep (default MAX_KEPT_TRANSFERS). */
      maxKept?: number;
      /**
       * Whether this sign-in can take incoming connections now; false over the HTTP gateway
       * (ClientPort 0: http-gateway.md §2). Default: `network.canListen`.
       */
      canListen?: () => boolean;
      /** Marks a received file as from the internet (default: this platform's mark). */
      markDownloaded?: (path: string) => Promise<unknown>;
      /** An unanswered offer (either way) expires after this long (default FILE_OFFER_EXPIRY_MS). */
      offerExpiryMs?: number;
    } = {},
  ) {}

  private readonly offersRefused = new NoticeThrottle((text) => this.host.notice?.(text));

  /** The listen/connect runners (transfer-connection.ts) record states through the manager. */
  private readonly connection: TransferConnectionContext = {
    options: () => this.options,
    selfEmail: () => this.host.selfEmail(),
    sendInvitation: (id, payload, undeliverable) =>
      this.host.sendInvitation(id, payload, undeliverable),
    update: (entry, patch) => this.update(entry, patch),
    finish: (entry, state, error, patch) => this.finish(entry, state, error, patch),
    fail: (entry, error) => this.fail(entry, error),
  };

  private canListen(): boolean {
    return this.options.canListen?.() ?? this.options.network?.canListen ?? true;
  }

  list(): FileTransfer[] {
    return [...this.entries.values()].map((e) => ({ ...e.transfer }));
  }

  /** One transfer of this session, as a copy; undefined when unknown (or long forgotten). */
  get(transferId: string): FileTransfer | undefined {
    const entry = this.entries.get(transferId);
    return entry ? { ...entry.transfer } : undefined;
  }

  /** Offers a file (§11.1 step 1); the transfer id is returned even when the file is unreadable. */
  sendFile(conversationId: string, peer: string, filePath: string): string {
    const entry = this.add({
      conversationId,
      direction: 'out',
      peer,
      fileName: sanitizeFileName(basename(filePath)),
      size: 0,
      cookie: randomCookie(),
      senderCanListen: true,
    });
    try {
      const stat = statSync(filePath);
      if (!stat.isFile()) throw new Error('not a file');
      entry.transfer.size = stat.size;
      entry.filePath = filePath;
    } catch {
      this.finish(entry, 'failed', 'The file could not be read.');
      return entry.transfer.id;
    }
    this.update(entry, {});
    const { fileName, size } = entry.transfer;
    this.host.sendInvitation(
      conversationId,
      buildFileInvite({
        cookie: entry.cookie,
        fileName,
        size,
        canListen: this.canListen(),
      }),
      (reason) => this.finish(entry, 'failed', reason),
    );
    // An offer whose switchboard died on the way is never answered: it must not wait for ever.
    this.expireUnanswered(entry);
    return entry.transfer.id;
  }

  accept(transferId: string, saveDir?: string): void {
    const entry = this.require(transferId);
    if (entry.transfer.direction !== 'in' || entry.transfer.state !== 'offered') return;
    if (saveDir !== undefined) entry.saveDir = saveDir;
    this.update(entry, { state: 'accepted' });
    if (entry.senderCanListen) {
      this.host.sendInvitation(
        entry.transfer.conversationId,
        buildReceiverAccept(entry.cookie),
        (reason) => this.finish(entry, 'failed', reason),
      );
      // The sender must answer with its address; a sender that vanished must not leave the
      // transfer "accepted" for ever (§11: FTTIMEOUT).
      const timer = setTimeout(() => {
        if (entry.transfer.state === 'accepted') {
          this.fail(entry, new MsnftpError('the sender never answered', 'timeout'));
        }
      }, this.options.network?.timeoutMs ?? 60_000);
      timer.unref();
      entry.abort.signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
    } else if (this.canListen()) {
      void listenAndRun(this.connection, entry, true); // §11.1 step 2b: Sender-Connect
    } else {
      // Neither side can take a connection (the sender said Connectivity: N, and we are
      // behind the HTTP gateway): MSNFTP cannot work between these two networks.
      entry.abort.abort();
      this.host.sendInvitation(
        entry.transfer.conversationId,
        buildCancel(entry.cookie, 'FTTIMEOUT'),
      );
      this.finish(entry, 'failed', CANNOT_CONNECT_TEXT);
    }
  }

  decline(transferId: string): void {
    const entry = this.require(transferId);
    if (entry.transfer.direction !== 'in' || entry.transfer.state !== 'offered') return;
    this.cancelWith(entry, 'REJECT', 'declined', 'You declined the file.');
  }

  cancel(transferId: string): void {
    const entry = this.require(transferId);
    if (isFinal(entry.transfer.state)) return;
    const { direction, state } = entry.transfer;
    this.cancelWith(
      entry,
      direction === 'in' && state === 'offered' ? 'REJECT' : 'TIMEOUT',
      'cancelled',
    );
  }

  /** The conversation window closed (§11: OUTBANDCANCEL). */
  cancelConversation(conversationId: string): void {
    for (const entry of this.entries.values()) {
      if (entry.transfer.conversationId !== conversationId || isFinal(entry.transfer.state))
        continue;
      this.cancelWith(entry, 'OUTBANDCANCEL', 'cancelled');
    }
  }

  cancelAll(): void {
    for (const entry of this.entries.values()) {
      if (!isFinal(entry.transfer.state)) {
        entry.abort.abort();
        this.finish(entry, 'cancelled', 'The conversation was closed.');
      }
    }
  }

  onInvitation(conversationId: string, from: string, fromName: string, inv: Invitation): void {
    const entry = [...this.entries.values()].find(
      (e) => e.cookie === inv.cookie && e.transfer.conversationId === conversationId,
    );
    if (inv.command === 'INVITE') return this.onOffer(conversationId, from, inv);
    if (!entry || isFinal(entry.transfer.state)) return;
    if (inv.command === 'CANCEL') {
      const code = (inv.fields.find(([k]) => k.toLowerCase() === 'cancel-code')?.[1] ?? '').trim();
      entry.abort.abort();
      if (code.toUpperCase() === 'REJECT' && entry.transfer.state === 'offered') {
        this.finish(entry, 'declined', `${fromName} declined the file.`);
      } else this.finish(entry, 'cancelled', cancelText(code));
      return;
    }
    if (inv.command !== 'ACCEPT') return;
    const address = parseListenerAddress(inv);
    if (entry.transfer.direction === 'out' && entry.transfer.state === 'offered') {
      this.update(entry, { state: 'accepted' });
      if (address && isSenderConnect(inv)) void connectAndRun(this.connection, entry, address);
      else void listenAndRun(this.connection, entry, false);
    } else if (
      entry.transfer.direction === 'in' &&
      entry.transfer.state === 'accepted' &&
      address
    ) {
      void connectAndRun(this.connection, entry, address);
    }
  }

  // ---- internals ----

  private onOffer(conversationId: string, from: string, inv: Invitation): void {
    const offer = parseFileOffer(inv);
    if (!offer) {
      // §11: an application we do not support.
      this.host.sendInvitation(conversationId, buildCancel(inv.cookie, 'REJECT_NOT_INSTALLED'));
      return;
    }
    if (this.pendingOffers() >= MAX_PENDING_FILE_OFFERS) {
      // limits.ts: offers that never get an answer must not pile up; decline the extra ones.
      this.host.sendInvitation(conversationId, buildCancel(inv.cookie, 'REJECT'));
      this.offersRefused.notify(FILE_OFFERS_REFUSED_TEXT);
      return;
    }
    const entry = this.add({
      conversationId,
      direction: 'in',
      peer: from,
      fileName: offer.fileName,
      size: offer.size,
      cookie: inv.cookie,
      senderCanListen: offer.senderCanListen,
    });
    this.expireUnanswered(entry);
    this.update(entry, {});
  }

  private pendingOffers(): number {
    let pending = 0;
    for (const { transfer } of this.entries.values())
      if (transfer.direction === 'in' && transfer.state === 'offered') pending += 1;
    return pending;
  }

  /** An offer nobody answers is withdrawn after a while (§11: TIMEOUT), with words. */
  private expireUnanswered(entry: Entry): void {
    const timer = setTimeout(() => {
      if (entry.transfer.state !== 'offered') return;
      const text =
        entry.transfer.direction === 'in' ? FILE_OFFER_EXPIRED_TEXT : FILE_OFFER_UNANSWERED_TEXT;
      this.cancelWith(entry, 'TIMEOUT', 'cancelled', text);
    }, this.options.offerExpiryMs ?? FILE_OFFER_EXPIRY_MS);
    timer.unref();
    entry.abort.signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  }

  private fail(entry: Entry, error: unknown): void {
    if (isFinal(entry.transfer.state)) return;
    if (entry.abort.signal.aborted) return this.finish(entry, 'cancelled');
    const cancelled = error instanceof MsnftpError && error.kind === 'cancelled';
    if (!cancelled) {
      this.host.sendInvitation(
        entry.transfer.conversationId,
        buildCancel(entry.cookie, 'FTTIMEOUT'),
      );
    }
    const kind = error instanceof MsnftpError ? error.kind : null;
    const text = cancelled
      ? 'The transfer was cancelled by the other person.'
      : kind === 'size'
        ? 'The file did not arrive complete.'
        : kind === 'save' // already plain words: the disk is full, the name was refused…
          ? (error as MsnftpError).message
          : kind === null && fileSystemCode(error) // the download folder could not be made
            ? saveErrorText(fileSystemCode(error))
            : CONNECTION_FAILED_TEXT;
    this.finish(entry, cancelled ? 'cancelled' : 'failed', text);
  }

  private cancelWith(
    entry: Entry,
    code: CancelCode,
    state: 'declined' | 'cancelled',
    text?: string,
  ): void {
    entry.abort.abort();
    this.host.sendInvitation(entry.transfer.conversationId, buildCancel(entry.cookie, code));
    this.finish(entry, state, text);
  }

  private add(p: {
    conversationId: string;
    direction: 'in' | 'out';
    peer: string;
    fileName: string;
    size: number;
    cookie: string;
    senderCanListen: boolean;
  }): Entry {
    const transfer: FileTransfer = {
      id: randomUUID(),
      conversationId: p.conversationId,
      direction: p.direction,
      peer: p.peer,
      fileName: p.fileName,
      size: p.size,
      transferred: 0,
      state: 'offered',
    };
    const entry: Entry = {
      transfer,
      cookie: p.cookie,
      senderCanListen: p.senderCanListen,
      abort: new AbortController(),
    };
    this.entries.set(transfer.id, entry);
    this.forgetOldFinished();
    return entry;
  }

  /** Bounded memory: the oldest finished transfers go; running ones always stay. */
  private forgetOldFinished(): void {
    const max = this.options.maxKept ?? MAX_KEPT_TRANSFERS;
    for (const [id, old] of this.entries) {
      if (this.entries.size <= max) break;
      if (isFinal(old.transfer.state)) this.entries.delete(id);
    }
  }

  private require(transferId: string): Entry {
    const entry = this.entries.get(transferId);
    // The words reach a person: the id is stale (finished long ago, or from before a restart).
    if (!entry) throw new Error('That file transfer is no longer available.');
    return entry;
  }

  private update(entry: Entry, patch: Partial<FileTransfer>): void {
    Object.assign(entry.transfer, patch);
    this.host.emit({ ...entry.transfer });
  }

  private finish(
    entry: Entry,
    state: FileTransfer['state'],
    error?: string,
    patch: Partial<FileTransfer> = {},
  ): void {
    if (isFinal(entry.transfer.state)) return;
    this.update(entry, { ...patch, state, ...(error === undefined ? {} : { error }) });
  }
}

/** The code of a Node file-system error (ENOSPC, EACCES…), if that is what it is. */
function fileSystemCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : undefined;
}
