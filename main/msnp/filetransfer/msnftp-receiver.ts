// The receiving side of an MSNFTP session: VER, USR with the AuthCookie, FIL, TFR, blocks
// until FIL bytes arrived, BYE 16777989. reference: switchboard.md §11.2
import { createWriteStream } from 'node:fs';
import type { WriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { Socket } from 'node:net';
import type { Writable } from 'node:stream';
import {
  BYE_RECEIVED_OK,
  exchangeVersion,
  MsnftpError,
  MsnftpStream,
  words,
} from './msnftp-stream';
import { saveErrorText } from './save-error';

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
  /** Where the bytes go (default: a new file at outPath, never an existing one). */
  openOutput?: (path: string) => Writable;
}

const newFile = (path: string): Writable => createWriteStream(path, { flags: 'wx' });

/**
 * Resolves with the byte count once exactly FIL bytes are written. Every wait also ends on a
 * write error (a full disk, a refused name) and on cancel, so neither can leave it waiting
 * for `drain` for ever; the partial file is removed on every failure.
 */
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
  const out = (opts.openOutput ?? newFile)(opts.outPath);
  const stop = stopSignals(out, opts.signal);
  const settle = <T>(step: Promise<T>): Promise<T> => {
    step.catch(() => undefined); // a step left behind by a failure must not go unhandled
    return Promise.race([step, stop.promise]);
  };
  let received = 0;
  try {
    // A name the file system refuses fails here, before a byte is asked for.
    if ((out as Partial<WriteStream>).pending) await settle(once(out, 'ready'));
    await settle(exchangeVersion(stream, opts.opener, timeoutMs));
    stream.writeLine(`USR ${opts.email} ${opts.authCookie}`);
    const fil = words(await settle(stream.readLine(timeoutMs)));
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
      const block = await settle(stream.readBlock(timeoutMs));
      if (block.kind === 'end')
        throw new MsnftpError('the sender cancelled the transfer', 'cancelled');
      if (received + block.data.length > size) {
        throw new MsnftpError('the sender sent more data than announced', 'size');
      }
      received += block.data.length;
      if (!out.write(block.data)) await settle(once(out, 'drain'));
      opts.onProgress?.(received);
    }
    await settle(new Promise<void>((resolve) => out.end(resolve)));
    stream.writeLine(`BYE ${BYE_RECEIVED_OK}`);
    socket.end();
    return received;
  } catch (error) {
    out.destroy();
    // A path the file system refused cannot be removed either: that must not hide the cause.
    await rm(opts.outPath, { force: true }).catch(() => undefined);
    // reference: §11.2 — a receiver that cannot keep the file cancels with CCL.
    if (error instanceof MsnftpError && error.kind === 'save') stream.abortWithCcl();
    else socket.destroy();
    if (opts.signal?.aborted) throw new MsnftpError('the transfer was cancelled', 'cancelled');
    throw error;
  } finally {
    stop.dispose();
    opts.signal?.removeEventListener('abort', onAbort);
  }
}

/** Rejects on the first write error (as a plain-worded MsnftpError) or on cancel. */
function stopSignals(out: Writable, signal: AbortSignal | undefined) {
  let onAbort = (): void => undefined;
  const onError = (error: NodeJS.ErrnoException): void => reject(saveError(error));
  let reject: (error: MsnftpError) => void = () => undefined;
  const promise = new Promise<never>((_, rejectWith) => {
    reject = rejectWith;
    onAbort = () => rejectWith(new MsnftpError('the transfer was cancelled', 'cancelled'));
    out.on('error', onError);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
  promise.catch(() => undefined);
  return {
    promise,
    dispose: () => signal?.removeEventListener('abort', onAbort),
  };
}

function saveError(error: NodeJS.ErrnoException): MsnftpError {
  return new MsnftpError(saveErrorText(error.code), 'save');
}

function once(emitter: Writable, event: 'ready' | 'drain'): Promise<void> {
  return new Promise((resolve) => emitter.once(event, () => resolve()));
}
