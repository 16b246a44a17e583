// The durable record: one append-only JSON-lines file per contact in `<userData>/history/`.
// A crash (or a full disk) can tear the last line; readers skip a torn line, and the next
// append starts on a fresh line, so only the message being written is lost.
import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { z } from 'zod';
import type { HistoryEntry } from '../../../shared/ipc/events';

export const LOG_SUFFIX = '.jsonl';

const entrySchema = z.object({
  contact: z.string(),
  conversationId: z.string(),
  direction: z.enum(['in', 'out']),
  from: z.string(),
  fromName: z.string(),
  text: z.string(),
  time: z.number(),
});

/** A file name that is safe on every OS and maps back to the e-mail. */
export const logNameFor = (contact: string): string =>
  `${encodeURIComponent(contact.trim().toLowerCase()).replace(/\*/g, '%2A')}${LOG_SUFFIX}`;

export const contactOfLog = (name: string): string =>
  decodeURIComponent(name.slice(0, -LOG_SUFFIX.length));

/** One line of a log, or null when it is torn or not ours. */
export function parseLine(line: string): HistoryEntry | null {
  if (line.trim() === '') return null;
  try {
    const parsed = entrySchema.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
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

/** Open read handles, few and reused: a search reads lines from many logs. */
export class ReadHandles {
  private readonly handles = new Map<string, Promise<FileHandle>>();

  constructor(private readonly max = 64) {}

  async read(path: string, offset: number, length: number): Promise<Buffer | null> {
    const handle = await this.get(path);
    if (!handle) return null;
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, offset);
    return bytesRead === length ? buffer : buffer.subarray(0, bytesRead);
  }

  private async get(path: string): Promise<FileHandle | null> {
    let pending = this.handles.get(path);
    if (pending) {
      // Most recently used last.
      this.handles.delete(path);
      this.handles.set(path, pending);
    } else {
      pending = open(path, 'r');
      this.handles.set(path, pending);
      while (this.handles.size > this.max) {
        const [oldest, evicted] = this.handles.entries().next().value as [
          string,
          Promise<FileHandle>,
        ];
        this.handles.delete(oldest);
        void evicted.then((h) => h.close()).catch(() => undefined);
      }
    }
    try {
      return await pending;
    } catch (error) {
      this.handles.delete(path);
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  /** Forget a path (deleted or replaced). */
  async drop(path: string): Promise<void> {
    const pending = this.handles.get(path);
    this.handles.delete(path);
    await pending?.then((h) => h.close()).catch(() => undefined);
  }

  async closeAll(): Promise<void> {
    const all = [...this.handles.values()];
    this.handles.clear();
    await Promise.all(all.map((p) => p.then((h) => h.close()).catch(() => undefined)));
  }
}
