// The durable record: one append-only JSON-lines file per contact in `<userData>/history/`.
// A crash (or a full disk) can tear the last line; readers skip a torn line, and the next
// append starts on a fresh line, so only the message being written is lost.
import { closeSync, openSync, readSync } from 'node:fs';
import { open, readdir } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import type { HistoryEntry } from '@shared/ipc/events';

export const LOG_SUFFIX = '.jsonl';

/** A file name that is safe on every OS and maps back to the e-mail. */
export const logNameFor = (contact: string): string =>
  `${encodeURIComponent(contact.trim().toLowerCase()).replace(/\*/g, '%2A')}${LOG_SUFFIX}`;

export const contactOfLog = (name: string): string =>
  decodeURIComponent(name.slice(0, -LOG_SUFFIX.length));

/** The logs in `dir`, sorted by name (none when the folder does not exist yet). */
export async function listLogs(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((name) => name.endsWith(LOG_SUFFIX)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** One line of a log, or null when it is torn or not ours. */
export function parseLine(line: string): HistoryEntry | null {
  if (line.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  // Checked by hand rather than by a schema: a rebuild reads millions of lines.
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (
    typeof v.contact !== 'string' ||
    typeof v.conversationId !== 'string' ||
    (v.direction !== 'in' && v.direction !== 'out') ||
    typeof v.from !== 'string' ||
    typeof v.fromName !== 'string' ||
    typeof v.text !== 'string' ||
    typeof v.time !== 'number' ||
    !Number.isFinite(v.time)
  ) {
    return null;
  }
  return {
    contact: v.contact,
    conversationId: v.conversationId,
    direction: v.direction,
    from: v.from,
    fromName: v.fromName,
    text: v.text,
    time: v.time,
  };
}

export interface LogLine {
  /** Byte offset of the line's first byte. */
  offset: number;
  /** Bytes, without the newline. */
  length: number;
  text: string;
}

const CHUNK = 256 * 1024;
/** A line longer than this is not one we wrote (messages are capped far below): skipped. */
export const MAX_LINE = 1024 * 1024;

/**
 * Complete lines (ending in a newline) from `start`, in order, reading in bounded chunks.
 * A last line without its newline is torn (or still being written) and is not yielded.
 */
export async function* readLines(path: string, start = 0): AsyncGenerator<LogLine> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  try {
    let position = start;
    let carry = Buffer.alloc(0);
    /** File offset of the first byte of `data` below. */
    let dataStart = start;
    let skipping = false;
    const chunk = Buffer.alloc(CHUNK);
    for (;;) {
      const { bytesRead } = await handle.read(chunk, 0, CHUNK, position);
      if (bytesRead === 0) return;
      position += bytesRead;
      const fresh = chunk.subarray(0, bytesRead);
      const data = carry.length > 0 ? Buffer.concat([carry, fresh]) : fresh;
      let lineStart = 0;
      if (skipping) {
        // The rest of an overlong line: dropped whole rather than buffered without bound.
        const newline = data.indexOf(0x0a);
        if (newline < 0) {
          carry = Buffer.alloc(0);
          dataStart = position;
          continue;
        }
        lineStart = newline + 1;
        skipping = false;
      }
      for (;;) {
        const newline = data.indexOf(0x0a, lineStart);
        if (newline < 0) break;
        yield {
          offset: dataStart + lineStart,
          length: newline - lineStart,
          text: data.toString('utf8', lineStart, newline),
        };
        lineStart = newline + 1;
      }
      if (data.length - lineStart > MAX_LINE) {
        skipping = true;
        carry = Buffer.alloc(0);
        dataStart = position;
      } else {
        carry = Buffer.from(data.subarray(lineStart));
        dataStart += lineStart;
      }
    }
  } finally {
    await handle.close();
  }
}

/**
 * Open read descriptors, few and reused: a search reads lines from many logs. Reads are
 * synchronous positioned reads of one line each (microseconds from the page cache; a
 * thread-pool round trip costs more than that when the machine is busy).
 */
export class ReadHandles {
  private readonly fds = new Map<string, number>();

  constructor(private readonly max = 64) {}

  async read(path: string, offset: number, length: number): Promise<Buffer | null> {
    const fd = this.get(path);
    if (fd === null) return null;
    const buffer = Buffer.alloc(length);
    const bytesRead = readSync(fd, buffer, 0, length, offset);
    return bytesRead === length ? buffer : buffer.subarray(0, bytesRead);
  }

  private get(path: string): number | null {
    let fd = this.fds.get(path);
    if (fd !== undefined) {
      // Most recently used last.
      this.fds.delete(path);
      this.fds.set(path, fd);
      return fd;
    }
    try {
      fd = openSync(path, 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    this.fds.set(path, fd);
    while (this.fds.size > this.max) {
      const [oldest, evicted] = this.fds.entries().next().value as [string, number];
      this.fds.delete(oldest);
      closeSync(evicted);
    }
    return fd;
  }

  /** Forget a path (deleted or replaced). */
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
