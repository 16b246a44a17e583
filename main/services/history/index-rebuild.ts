// Rebuilding the index from the logs: a compact table of where every message is, sorted by
// time, then indexed a chunk at a time so ids come out in time order and memory stays bounded.
import { closeSync, openSync, readSync } from 'node:fs';
import { MAX_LINE, parseLine } from './log-files';
import { MemSegment } from './mem-segment';
import { contactKey, textKeys } from './tokenize';

/** Messages indexed in memory before a rebuild writes them as a segment. */
const REBUILD_CHUNK = 65_536;

export /** Where messages are, for a rebuild: parallel typed arrays that grow by doubling. */
class GrowingTable {
  fileIds = new Uint32Array(1024);
  offsets = new Float64Array(1024);
  lengths = new Uint32Array(1024);
  times = new Float64Array(1024);
  length = 0;

  push(fileId: number, offset: number, length: number, time: number): void {
    if (this.length === this.fileIds.length) {
      const grow = <T extends Uint32Array | Float64Array>(a: T): T => {
        const next = new (a.constructor as new (n: number) => T)(a.length * 2);
        next.set(a);
        return next;
      };
      this.fileIds = grow(this.fileIds);
      this.offsets = grow(this.offsets);
      this.lengths = grow(this.lengths);
      this.times = grow(this.times);
    }
    const i = this.length++;
    this.fileIds[i] = fileId;
    this.offsets[i] = offset;
    this.lengths[i] = length;
    this.times[i] = Number.isFinite(time) ? time : 0;
  }

  /** Row numbers by time, ties in log order. */
  timeOrder(): Uint32Array {
    const order = new Uint32Array(this.length);
    for (let i = 0; i < this.length; i++) order[i] = i;
    const times = this.times;
    return order.sort((a, b) => times[a]! - times[b]! || a - b);
  }
}

/** Positioned reads for a rebuild, synchronous (fast) with a bounded set of open files. */
class SyncLineReader {
  private readonly fds = new Map<number, number>();
  private buffer = Buffer.alloc(4096);

  constructor(private readonly pathOf: (fileId: number) => string) {}

  read(fileId: number, offset: number, length: number): string | null {
    if (length > MAX_LINE) return null;
    let fd = this.fds.get(fileId);
    if (fd === undefined) {
      if (this.fds.size >= 128) {
        const [oldest, oldFd] = this.fds.entries().next().value as [number, number];
        closeSync(oldFd);
        this.fds.delete(oldest);
      }
      fd = openSync(this.pathOf(fileId), 'r');
      this.fds.set(fileId, fd);
    }
    if (this.buffer.length < length) this.buffer = Buffer.alloc(length * 2);
    const read = readSync(fd, this.buffer, 0, length, offset);
    return this.buffer.toString('utf8', 0, read);
  }

  close(): void {
    for (const fd of this.fds.values()) closeSync(fd);
    this.fds.clear();
  }
}

/**
 * Indexes the table's messages in time order, yielding each chunk (a full in-memory part) for
 * the caller to write before the next one is built.
 */
export async function* timeOrderedChunks(
  table: GrowingTable,
  order: Uint32Array,
  pathOf: (fileId: number) => string,
  contactOf: (fileId: number) => string,
): AsyncGenerator<MemSegment> {
  const reader = new SyncLineReader(pathOf);
  try {
    for (let first = 0; first < order.length; first += REBUILD_CHUNK) {
      const mem = new MemSegment(first);
      const end = Math.min(order.length, first + REBUILD_CHUNK);
      for (let k = first; k < end; k++) {
        const i = order[k]!;
        const fileId = table.fileIds[i]!;
        const text = reader.read(fileId, table.offsets[i]!, table.lengths[i]!);
        const entry = text === null ? null : parseLine(text);
        const keys = entry ? textKeys(entry.text) : [];
        keys.push(contactKey(contactOf(fileId)));
        mem.add(fileId, table.offsets[i]!, table.lengths[i]!, table.times[i]!, keys);
        // Let requests in now and then: a rebuild of years of history takes seconds.
        if (k % 4096 === 0) await new Promise((resolve) => setImmediate(resolve));
      }
      yield mem;
    }
  } finally {
    reader.close();
  }
}
