// The receiving side of an MSNFTP session: VER, USR with the AuthCookie, FIL, TFR, blocks
// until FIL bytes arrived, BYE 16777989. reference: switchboard.md §11.2
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { Socket } from 'node:net';
import {
  BYE_RECEIVED_OK,
  exchangeVersion,
  MsnftpError,
  MsnftpStream,
  words,
} from './msnftp-stream';

export interface ReceiveFileOptions {
  /** True when this side opened the TCP connection: it sends `VER MSNFTP` first (§11.2 Uncertain). */
  opener: boolean;
  email: string;
  authCookie: string;
  /** Size announced in the invitation; FIL must agree. */
  expectedSize: number;
  outPath: string;
  onProgress?: (received: number) => void;
  signal?: AbortSignal;
  timeoutMs?: number;
}

/** Resolves with the byte count once exactly FIL bytes are written; removes partial files. */
export async function receiveFileOverMsnftp(
  socket: Socket,
  opts: ReceiveFileOptions,
): Promise<number> {
  const stream = new MsnftpStream(socket);
  const timeoutMs = opts.timeoutMs ?? 60_000;
  // reference: §11.2 — the receiver cancels with CCL.
  const onAbort = (): void => stream.abortWithCcl();
  if (opts.signal?.aborted) {
    onAbort();
    throw new MsnftpError('the transfer was cancelled', 'cancelled');
  }
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  const out = createWriteStream(opts.outPath, { flags: 'wx' });
  const outDone = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve);
    out.on('error', reject);
  });
  outDone.catch(() => undefined);
  let received = 0;
  try {
    await exchangeVersion(stream, opts.opener, timeoutMs);
    stream.writeLine(`USR ${opts.email} ${opts.authCookie}`);
    const fil = words(await stream.readLine(timeoutMs));
    const size = Number(fil[1]);
    if (fil[0] !== 'FIL' || !Number.isSafeInteger(size) || size < 0) {
      throw new MsnftpError('the peer did not announce the file', 'protocol');
    }
    if (size !== opts.expectedSize) {
      throw new MsnftpError(
        `the file is ${size} bytes, not the ${opts.expectedSize} offered`,
        'size',
      );
    }
    stream.writeLine('TFR');
    // reference: §11.2 Uncertain — done as soon as FIL bytes arrived; a 0x01 header before
    // that means the sender cancelled.
    while (received < size) {
      const block = await stream.readBlock(timeoutMs);
      if (block.kind === 'end')
        throw new MsnftpError('the sender cancelled the transfer', 'cancelled');
      if (received + block.data.length > size) {
        throw new MsnftpError('the sender sent more data than announced', 'size');
      }
      received += block.data.length;
      if (!out.write(block.data))
        await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      opts.onProgress?.(received);
    }
    out.end();
    await outDone;
    stream.writeLine(`BYE ${BYE_RECEIVED_OK}`);
    socket.end();
    return received;
  } catch (error) {
    out.destroy();
    await rm(opts.outPath, { force: true });
    socket.destroy();
    if (opts.signal?.aborted) throw new MsnftpError('the transfer was cancelled', 'cancelled');
    throw error;
  } finally {
    opts.signal?.removeEventListener('abort', onAbort);
  }
}
