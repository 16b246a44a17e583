// Appending to the logs: where a log ends (so a torn last line gets a newline before the next
// one) and a few descriptors kept open so an append is one write.
import { closeSync, openSync, writeSync } from 'node:fs';
import { open } from 'node:fs/promises';

/** What is known of a log's end. */
export interface LogState {
  size: number;
  endsWithNewline: boolean;
}

/** Looks at a log's end (a missing log is an empty one). */
export async function probe(path: string): Promise<LogState> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return { size: 0, endsWithNewline: true };
    throw error;
  }
  try {
    const { size } = await handle.stat();
    if (size === 0) return { size, endsWithNewline: true };
    const last = Buffer.alloc(1);
    await handle.read(last, 0, 1, size - 1);
    return { size, endsWithNewline: last[0] === 0x0a };
  } finally {
    await handle.close();
  }
}

/**
 * Logs kept open for appending (a few): one write a message instead of open, write, close.
 * The write is synchronous: a line is a few hundred bytes into the page cache (microseconds),
 * and an asynchronous write waits for a thread-pool turn, which on a busy machine is what
 * makes an append slow.
 */
export class AppendHandles {
  private readonly fds = new Map<string, number>();

  constructor(private readonly max = 128) {}

  async append(path: string, data: Buffer): Promise<void> {
    let fd = this.fds.get(path);
    if (fd !== undefined) {
      this.fds.delete(path);
    } else {
      fd = openSync(path, 'a', 0o600);
      if (this.fds.size >= this.max) {
        const [oldest, evicted] = this.fds.entries().next().value as [string, number];
        this.fds.delete(oldest);
        closeSync(evicted);
      }
    }
    this.fds.set(path, fd);
    const written = writeSync(fd, data);
    if (written < data.length) {
      throw Object.assign(new Error('ENOSPC: the history file could not be written whole'), {
        code: 'ENOSPC',
      });
    }
  }

  async drop(path: string): Promise<void> {
    const fd = this.fds.get(path);
    this.fds.delete(path);
    if (fd !== undefined) closeSync(fd);
  }

  async closeAll(): Promise<void> {
    for (const fd of this.fds.values()) closeSync(fd);
    this.fds.clear();
  }
}
