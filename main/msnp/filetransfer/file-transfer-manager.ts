// File transfers negotiated with text/x-msmsgsinvite and carried over MSNFTP.
// reference: switchboard.md §11 (invitations, cancel codes), §11.1 (negotiation), §11.2 (session)
import { randomUUID } from 'node:crypto';
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Socket } from 'node:net';
import type { FileTransfer } from '@shared/domain';
import {
  buildCancel,
  buildFileInvite,
  buildListenerAccept,
  buildReceiverAccept,
  isSenderConnect,
  parseFileOffer,
  parseListenerAddress,
  randomCookie,
  sanitizeFileName,
} from '../messages/invite';
import type { CancelCode, Invitation, ListenerAddress } from '../messages/invite';
import { connectToFirst, defaultAdvertisedHost, listenForPeer } from './msnftp-endpoint';
import type { FileTransferNetworkOptions } from './msnftp-endpoint';
import {
  FILE_OFFER_EXPIRED_TEXT,
  FILE_OFFER_EXPIRY_MS,
  FILE_OFFER_UNANSWERED_TEXT,
  FILE_OFFERS_REFUSED_TEXT,
  MAX_PENDING_FILE_OFFERS,
  NoticeThrottle,
} from '../limits';
import { runTransfer } from './transfer-run';
import { saveErrorText } from './save-error';
import { verifyReceiver } from './msnftp-sender';
import { MsnftpError } from './msnftp-stream';
import type { MsnftpStream } from './msnftp-stream';
import { cancelText, CONNECTION_FAILED_TEXT, isFinal } from './transfer-state';
import type { Entry } from './transfer-state';

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
      void this.listenAndRun(entry, true); // §11.1 step 2b: Sender-Connect
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
      if (address && isSenderConnect(inv)) void this.connectAndRun(entry, address);
      else void this.listenAndRun(entry, false);
    } else if (
      entry.transfer.direction === 'in' &&
      entry.transfer.state === 'accepted' &&
      address
    ) {
      void this.connectAndRun(entry, address);
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

  /** We listen: as the sender (normal case) or as the receiver after Sender-Connect. */
  private async listenAndRun(entry: Entry, asReceiver: boolean): Promise<void> {
    const network = this.options.network ?? {};
    try {
      // An explicit address wins; else the public one the NS saw, with the LAN one beside it.
      const lan = defaultAdvertisedHost();
      const ip = network.advertisedHost ?? this.options.publicAddress?.() ?? lan;
      const internalIp = network.advertisedHost === undefined && ip !== lan ? lan : undefined;
      // Bound to the address we advertise (the LAN one when that is a router's), not 0.0.0.0.
      const hosts = network.bindHost ? [network.bindHost] : [ip, lan];
      const listener = await listenForPeer(hosts, network);
      entry.abort.signal.addEventListener('abort', () => listener.close(), { once: true });
      const address = { ip, port: listener.port, authCookie: randomCookie(), internalIp };
      const payload = buildListenerAccept(entry.cookie, address, asReceiver);
      this.host.sendInvitation(entry.transfer.conversationId, payload, (reason) => {
        entry.abort.abort();
        this.finish(entry, 'failed', reason);
      });
      this.update(entry, { state: 'connecting' });
      if (asReceiver) {
        // §11.2: the connecting sender checks our USR; there is no cookie for us to check.
        const socket = await listener.accept(async (s) => s);
        await this.run(entry, socket, false, address.authCookie);
      } else {
        // §11.2: the receiver's AuthCookie is checked before FIL, so no byte of the file
        // reaches a stranger who connected first; the listener waits on for the right one.
        const timeoutMs = network.timeoutMs;
        const authCookie = address.authCookie;
        const verified = await listener.accept(async (socket) => ({
          socket,
          stream: await verifyReceiver(socket, { opener: false, authCookie, timeoutMs }),
        }));
        await this.run(entry, verified.socket, false, authCookie, verified.stream);
      }
    } catch (error) {
      this.fail(entry, error);
    }
  }

  private async connectAndRun(entry: Entry, address: ListenerAddress): Promise<void> {
    this.update(entry, { state: 'connecting' });
    try {
      const hosts = address.internalIp ? [address.ip, address.internalIp] : [address.ip];
      const socket = await connectToFirst(hosts, address.port, this.options.network?.timeoutMs);
      await this.run(entry, socket, true, address.authCookie);
    } catch (error) {
      this.fail(entry, error);
    }
  }

  private async run(
    entry: Entry,
    socket: Socket,
    opener: boolean,
    authCookie: string,
    verified?: MsnftpStream,
  ) {
    const done = await runTransfer(entry, socket, opener, authCookie, {
      verified,
      selfEmail: this.host.selfEmail(),
      downloadDir: this.options.downloadDir,
      markDownloaded: this.options.markDownloaded,
      timeoutMs: this.options.network?.timeoutMs,
      progress: (patch) => this.update(entry, patch),
    });
    if (done) this.finish(entry, 'completed', undefined, done);
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
