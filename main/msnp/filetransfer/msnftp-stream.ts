// Framing for the MSNFTP data connection: CR LF lines during the opening, then binary
// blocks with a 3-byte header. Not MSNP framing. reference: switchboard.md §11.2
import type { Socket } from 'node:net';

export const MSNFTP_BLOCK_BYTES = 2045;
/** BYE codes sent by the receiver (§11.2). */
export const BYE_RECEIVED_OK = 16777989;
export const BYE_RECEIVER_CANCELLED = 2164261682;
const MAX_LINE_BYTES = 1024;

export class MsnftpError extends Error {
  constructor(
    message: string,
    readonly kind: 'timeout' | 'closed' | 'protocol' | 'auth' | 'cancelled' | 'size' | 'save',
  ) {
    super(message);
    this.name = 'MsnftpError';
  }
}

export type Block = { kind: 'data'; data: Buffer } | { kind: 'end' };

/** Pull-style reader over a socket; one pending read at a time. */
export class MsnftpStream {
  private buffer: Buffer = Buffer.alloc(0);
  private closed = false;
  private aborted = false;
  private wake: (() => void) | null = null;

  constructor(readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => {
      if (this.aborted) return; // draining after a cancel
      this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
      this.notify();
    });
    socket.on('close', () => {
      this.closed = true;
      this.notify();
    });
    socket.on('error', () => {
      this.closed = true;
      this.notify();
    });
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  private async waitFor<T>(take: () => T | null, timeoutMs: number): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (this.aborted) throw new MsnftpError('the transfer was cancelled', 'cancelled');
      const value = take();
      if (value !== null) return value;
      if (this.closed) throw new MsnftpError('the file-transfer connection closed', 'closed');
      const left = deadline - Date.now();
      if (left <= 0) throw new MsnftpError('the file-transfer connection timed out', 'timeout');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }

  /** The next line without its CR LF (a bare LF is accepted). */
  readLine(timeoutMs: number): Promise<string> {
    return this.waitFor(() => {
      const lf = this.buffer.indexOf(0x0a);
      if (lf < 0) {
        if (this.buffer.length > MAX_LINE_BYTES) {
          throw new MsnftpError('the peer sent an overlong line', 'protocol');
        }
        return null;
      }
      let line = this.buffer.subarray(0, lf).toString('utf8');
      this.buffer = this.buffer.subarray(lf + 1);
      if (line.endsWith('\r')) line = line.slice(0, -1);
      return line;
    }, timeoutMs);
  }

  /** The next block: header byte 0 = 0x00 data, 0x01 end; bytes 1–2 length, little-endian. */
  readBlock(timeoutMs: number): Promise<Block> {
    return this.waitFor<Block>(() => {
      if (this.buffer.length < 3) return null;
      const flag = this.buffer[0]!;
      const length = this.buffer.readUInt16LE(1);
      if (flag === 0x01) {
        this.buffer = this.buffer.subarray(3);
        return { kind: 'end' };
      }
      if (flag !== 0x00) throw new MsnftpError('the peer sent a malformed block', 'protocol');
      if (this.buffer.length < 3 + length) return null;
      const data = this.buffer.subarray(3, 3 + length);
      this.buffer = this.buffer.subarray(3 + length);
      return { kind: 'data', data };
    }, timeoutMs);
  }

  writeLine(line: string): void {
    if (!this.socket.destroyed) this.socket.write(line + '\r\n');
  }

  /** Resolves once the data is handed to the kernel (back-pressure for big files). */
  writeBlock(data: Buffer): Promise<void> {
    return new Promise((resolve, reject) => {
      this.socket.write(Buffer.concat([blockHeader(data.length), data]), (error) =>
        error
          ? reject(new MsnftpError('the file-transfer connection closed', 'closed'))
          : resolve(),
      );
    });
  }

  /** Ends the transfer from the sender's side (`01 00 00`, §11.2), then drops the socket. */
  abortWithEndBlock(): void {
    this.writeThenDestroy(Buffer.from([0x01, 0x00, 0x00]));
  }

  /** Cancels from the receiver's side (`CCL`, §11.2), then drops the socket. */
  abortWithCcl(): void {
    this.writeThenDestroy(Buffer.from('CCL\r\n'));
  }

  /**
   * Sends the last words and half-closes, but keeps reading (and discarding) until the peer
   * closes: destroying a socket with unread data sends RST, and the peer's kernel may then
   * drop our last words before its application reads them.
   */
  private writeThenDestroy(data: Buffer): void {
    if (this.aborted) return;
    this.aborted = true;
    this.buffer = Buffer.alloc(0);
    this.notify();
    if (this.socket.destroyed) return;
    this.socket.end(data);
    this.socket.resume();
    setTimeout(() => this.socket.destroy(), 2_000).unref();
  }

  /** True when the peer's unread bytes hold this line (a CCL among the blocks we send). */
  hasPendingLine(line: string): boolean {
    return this.buffer.includes(line + '\r\n') || this.buffer.includes(line + '\n');
  }

  get isClosed(): boolean {
    return this.closed;
  }
}

export function blockHeader(length: number): Buffer {
  return Buffer.from([0x00, length & 0xff, (length >> 8) & 0xff]);
}

/** A line's words (tolerating doubled spaces). */
export function words(line: string): string[] {
  return line.split(' ').filter((w) => w !== '');
}

/**
 * The opening both sides share: the side that opened the TCP connection sends `VER MSNFTP`
 * first, the other answers with it (§11.2 Uncertain); anything else is not MSNFTP.
 */
export async function exchangeVersion(
  stream: MsnftpStream,
  opener: boolean,
  timeoutMs: number,
): Promise<void> {
  if (opener) stream.writeLine('VER MSNFTP');
  const ver = words(await stream.readLine(timeoutMs));
  if (ver[0] !== 'VER' || !ver.includes('MSNFTP')) {
    throw new MsnftpError('the peer does not speak MSNFTP', 'protocol');
  }
  if (!opener) stream.writeLine('VER MSNFTP');
}
