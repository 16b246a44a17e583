// The sending side of an MSNFTP session: VER, check USR's AuthCookie, FIL, wait for TFR,
// stream ≤ 2045-byte blocks, wait for BYE. reference: switchboard.md §11.2
import { open } from 'node:fs/promises';
import type { Socket } from 'node:net';
import {
  BYE_RECEIVED_OK,
  exchangeVersion,
  MSNFTP_BLOCK_BYTES,
  MsnftpError,
  MsnftpStream,
  words,
} from './msnftp-stream';

export interface SendFileOptions {
  /** True when this side opened the TCP connection: it sends `VER MSNFTP` first (§11.2 Uncertain). */
  opener: boolean;
  authCookie: string;
  filePath: string;
  size: number;
  onProgress?: (sent: number) => void;
  signal?: AbortSignal;
  /** Per-step timeout while waiting for the peer. */
  timeoutMs?: number;
  /** The connection's stream when `verifyReceiver` already checked its AuthCookie. */
  verified?: MsnftpStream;
}

/**
 * The opening up to the receiver's USR: VER, then its AuthCookie. A wrong cookie closes the
 * connection before FIL, so no byte of the file moves. reference: switchboard.md §11.2
 */
export async function verifyReceiver(
  socket: Socket,
  opts: { opener: boolean; authCookie: string; timeoutMs?: number },
): Promise<MsnftpStream> {
  const stream = new MsnftpStream(socket);
  try {
    await readReceiverOpening(stream, opts.opener, opts.authCookie, opts.timeoutMs ?? 60_000);
    return stream;
  } catch (error) {
    socket.destroy();
    throw error;
  }
}

async function readReceiverOpening(
  stream: MsnftpStream,
  opener: boolean,
  authCookie: string,
  timeoutMs: number,
): Promise<void> {
  await exchangeVersion(stream, opener, timeoutMs);
  const usr = words(await stream.readLine(timeoutMs));
  // reference: §11.2 — the sender MUST verify the AuthCookie and close on mismatch.
  if (usr[0] !== 'USR' || usr[2] !== authCookie) {
    throw new MsnftpError('the peer presented a wrong file-transfer cookie', 'auth');
  }
}

export async function sendFileOverMsnftp(socket: Socket, opts: SendFileOptions): Promise<void> {
  const stream = opts.verified ?? new MsnftpStream(socket);
  const timeoutMs = opts.timeoutMs ?? 60_000;
  // reference: §11.2 — a 0x01 header: the sender ends the transfer.
  const onAbort = (): void => stream.abortWithEndBlock();
  if (opts.signal?.aborted) return onAbort();
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  const file = await open(opts.filePath, 'r');
  try {
    if (!opts.verified) await readReceiverOpening(stream, opts.opener, opts.authCookie, timeoutMs);
    stream.writeLine(`FIL ${opts.size}`);
    const tfr = words(await stream.readLine(timeoutMs));
    if (tfr[0] === 'CCL') throw new MsnftpError('the receiver cancelled', 'cancelled');
    if (tfr[0] !== 'TFR') throw new MsnftpError('the peer did not ask for the file', 'protocol');

    const chunk = Buffer.alloc(MSNFTP_BLOCK_BYTES);
    let sent = 0;
    while (sent < opts.size) {
      if (opts.signal?.aborted) throw new MsnftpError('the transfer was cancelled', 'cancelled');
      if (stream.hasPendingLine('CCL'))
        throw new MsnftpError('the receiver cancelled', 'cancelled');
      const { bytesRead } = await file.read(
        chunk,
        0,
        Math.min(chunk.length, opts.size - sent),
        sent,
      );
      if (bytesRead === 0) throw new MsnftpError('the file became shorter while sending', 'size');
      await stream.writeBlock(Buffer.from(chunk.subarray(0, bytesRead)));
      sent += bytesRead;
      opts.onProgress?.(sent);
    }
    const bye = words(await stream.readLine(timeoutMs));
    if (bye[0] === 'CCL') throw new MsnftpError('the receiver cancelled', 'cancelled');
    if (bye[0] !== 'BYE')
      throw new MsnftpError('the receiver did not confirm the file', 'protocol');
    if (bye[1] !== undefined && Number(bye[1]) !== BYE_RECEIVED_OK) {
      throw new MsnftpError(`the receiver ended with code ${bye[1]}`, 'cancelled');
    }
  } catch (error) {
    if (opts.signal?.aborted) throw new MsnftpError('the transfer was cancelled', 'cancelled');
    if (stream.hasPendingLine('CCL')) throw new MsnftpError('the receiver cancelled', 'cancelled');
    throw error;
  } finally {
    opts.signal?.removeEventListener('abort', onAbort);
    await file.close();
    socket.end(); // reference: §11.2 — after BYE the sender closes
  }
}
