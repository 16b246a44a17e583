// Opening the MSNFTP connection for an accepted transfer (we listen, or we connect) and running
// the session over it. Kept apart from the manager, which owns the negotiation and the states.
// reference: switchboard.md §11.1 (who listens), §11.2 (session, AuthCookie)
import type { Socket } from 'node:net';
import type { FileTransfer } from '@shared/domain';
import { buildListenerAccept, randomCookie } from '../messages/invite';
import type { ListenerAddress } from '../messages/invite';
import { connectToFirst, defaultAdvertisedHost, listenForPeer } from './msnftp-endpoint';
import type { FileTransferNetworkOptions } from './msnftp-endpoint';
import { verifyReceiver } from './msnftp-sender';
import type { MsnftpStream } from './msnftp-stream';
import { runTransfer } from './transfer-run';
import type { Entry } from './transfer-state';

/** What the runners need from the manager: its options and its way of recording states. */
export interface TransferConnectionContext {
  /** The manager's options; a function because class fields are set before its parameter properties. */
  options(): {
    network?: FileTransferNetworkOptions;
    /** The public address the NS saw (ClientIP, login.md §7), when known. */
    publicAddress?: () => string | null;
    downloadDir?: string;
    markDownloaded?: (path: string) => Promise<unknown>;
  };
  selfEmail(): string;
  sendInvitation(
    conversationId: string,
    payload: Buffer,
    undeliverable?: (reason: string) => void,
  ): void;
  update(entry: Entry, patch: Partial<FileTransfer>): void;
  finish(
    entry: Entry,
    state: FileTransfer['state'],
    error?: string,
    patch?: Partial<FileTransfer>,
  ): void;
  fail(entry: Entry, error: unknown): void;
}

/** We listen: as the sender (normal case) or as the receiver after Sender-Connect. */
export async function listenAndRun(
  ctx: TransferConnectionContext,
  entry: Entry,
  asReceiver: boolean,
): Promise<void> {
  const network = ctx.options().network ?? {};
  try {
    // An explicit address wins; else the public one the NS saw, with the LAN one beside it.
    const lan = defaultAdvertisedHost();
    const ip = network.advertisedHost ?? ctx.options().publicAddress?.() ?? lan;
    const internalIp = network.advertisedHost === undefined && ip !== lan ? lan : undefined;
    // Bound to the address we advertise (the LAN one when that is a router's), not 0.0.0.0.
    const hosts = network.bindHost ? [network.bindHost] : [ip, lan];
    const listener = await listenForPeer(hosts, network);
    entry.abort.signal.addEventListener('abort', () => listener.close(), { once: true });
    const address = { ip, port: listener.port, authCookie: randomCookie(), internalIp };
    const payload = buildListenerAccept(entry.cookie, address, asReceiver);
    ctx.sendInvitation(entry.transfer.conversationId, payload, (reason) => {
      entry.abort.abort();
      ctx.finish(entry, 'failed', reason);
    });
    ctx.update(entry, { state: 'connecting' });
    if (asReceiver) {
      // §11.2: the connecting sender checks our USR; there is no cookie for us to check.
      const socket = await listener.accept(async (s) => s);
      await run(ctx, entry, socket, false, address.authCookie);
    } else {
      // §11.2: the receiver's AuthCookie is checked before FIL, so no byte of the file
      // reaches a stranger who connected first; the listener waits on for the right one.
      const timeoutMs = network.timeoutMs;
      const authCookie = address.authCookie;
      const verified = await listener.accept(async (socket) => ({
        socket,
        stream: await verifyReceiver(socket, { opener: false, authCookie, timeoutMs }),
      }));
      await run(ctx, entry, verified.socket, false, authCookie, verified.stream);
    }
  } catch (error) {
    ctx.fail(entry, error);
  }
}

/** We connect to the address the other side advertised (its LAN one as a fallback). */
export async function connectAndRun(
  ctx: TransferConnectionContext,
  entry: Entry,
  address: ListenerAddress,
): Promise<void> {
  ctx.update(entry, { state: 'connecting' });
  try {
    const hosts = address.internalIp ? [address.ip, address.internalIp] : [address.ip];
    const network = ctx.options().network;
    const socket = await connectToFirst(
      hosts,
      address.port,
      network?.timeoutMs,
      network?.connectPeer,
    );
    await run(ctx, entry, socket, true, address.authCookie);
  } catch (error) {
    ctx.fail(entry, error);
  }
}

async function run(
  ctx: TransferConnectionContext,
  entry: Entry,
  socket: Socket,
  opener: boolean,
  authCookie: string,
  verified?: MsnftpStream,
): Promise<void> {
  const done = await runTransfer(entry, socket, opener, authCookie, {
    verified,
    selfEmail: ctx.selfEmail(),
    downloadDir: ctx.options().downloadDir,
    markDownloaded: ctx.options().markDownloaded,
    timeoutMs: ctx.options().network?.timeoutMs,
    progress: (patch) => ctx.update(entry, patch),
  });
  if (done) ctx.finish(entry, 'completed', undefined, done);
}
