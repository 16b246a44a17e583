// Running one MSNFTP session for a negotiated transfer: send or receive, with progress, and a
// size-verified result. reference: switchboard.md §11.2
import { existsSync, mkdirSync, statSync } from 'node:fs';
import type { Socket } from 'node:net';
import { homedir } from 'node:os';
import { extname, join } from 'node:path';
import type { FileTransfer } from '@shared/domain';
import { markDownloaded } from './download-mark';
import { receiveFileOverMsnftp } from './msnftp-receiver';
import { sendFileOverMsnftp } from './msnftp-sender';
import { MsnftpError } from './msnftp-stream';
import type { MsnftpStream } from './msnftp-stream';
import { ProgressGate } from './transfer-state';
import type { Entry } from './transfer-state';

export interface RunContext {
  selfEmail: string;
  downloadDir?: string;
  timeoutMs?: number;
  /** Marks a received file as from the internet (default: the platform's own mark). */
  markDownloaded?: (path: string) => Promise<unknown>;
  /** The sender's stream once the receiver's AuthCookie was checked (we listened). */
  verified?: MsnftpStream;
  progress(patch: Partial<FileTransfer>): void;
}

/** The completion patch, or null when cancelled before it started. Throws MsnftpError. */
export async function runTransfer(
  entry: Entry,
  socket: Socket,
  opener: boolean,
  authCookie: string,
  ctx: RunContext,
): Promise<Partial<FileTransfer> | null> {
  if (entry.abort.signal.aborted) {
    socket.destroy();
    return null;
  }
  ctx.progress({ state: 'transferring' });
  const gate = new ProgressGate(entry.transfer.size);
  const common = {
    opener,
    authCookie,
    onProgress: (n: number): void => {
      if (gate.shouldEmit(n)) ctx.progress({ transferred: n });
    },
    signal: entry.abort.signal,
    timeoutMs: ctx.timeoutMs,
  };
  if (entry.transfer.direction === 'out') {
    await sendFileOverMsnftp(socket, {
      ...common,
      filePath: entry.filePath!,
      size: entry.transfer.size,
      verified: ctx.verified,
    });
    return { transferred: entry.transfer.size };
  }
  const dir = entry.saveDir ?? ctx.downloadDir ?? join(homedir(), 'Downloads');
  const outPath = uniquePath(dir, entry.transfer.fileName);
  const received = await receiveFileOverMsnftp(socket, {
    ...common,
    email: ctx.selfEmail,
    expectedSize: entry.transfer.size,
    outPath,
  });
  // Size-verified: the receiver resolves only once exactly FIL (= offered) bytes were written.
  if (statSync(outPath).size !== received) throw new MsnftpError('size mismatch', 'size');
  await (ctx.markDownloaded ?? markDownloaded)(outPath);
  return { transferred: received, savedPath: outPath };
}

/** `name`, or `name (1)`, `name (2)`… beside it: a received file never overwrites another. */
export function uniquePath(dir: string, name: string): string {
  mkdirSync(dir, { recursive: true });
  const ext = extname(name);
  const stem = name.slice(0, name.length - ext.length);
  let candidate = join(dir, name);
  for (let i = 1; existsSync(candidate); i++) candidate = join(dir, `${stem} (${i})${ext}`);
  return candidate;
}
