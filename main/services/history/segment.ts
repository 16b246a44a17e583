// An immutable piece of the search index on disk: for each word key (32-bit hash), the
// ascending ids of the messages that hold it. Small segments are written as messages arrive
// and merged into larger ones; a search reads only the few bytes of the words it asks for.
//
// Layout (little endian u32s): header [magic, version, first id, id count, terms, postings,
// 0, 0], a bucket table of BUCKETS+1 term indexes (bucket = key >>> 16), the terms
// [key, posting start, posting count] sorted by key, then the postings.
import { readSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';

const MAGIC = 0x53485754; // "TWHS"
const VERSION = 1;
const HEADER = 32;
const BUCKET_BITS = 16;
const BUCKETS = 1 << BUCKET_BITS;
const TABLE = (BUCKETS + 1) * 4;
const TERM = 12;

export interface SegmentInfo {
  name: string;
  /** First message id it covers, and how many ids (some may hold no word). */
  first: number;
  count: number;
  bytes: number;
}

export class SegmentError extends Error {}

/** Writes keys → ascending ids as a segment file (via a temporary name, then renamed). */
export async function writeSegment(
  path: string,
  first: number,
  count: number,
  postings: Map<number, ArrayLike<number>>,
): Promise<number> {
  const keys = [...postings.keys()].sort((a, b) => a - b);
  let total = 0;
  for (const key of keys) total += postings.get(key)!.length;
  const table = new Uint32Array(BUCKETS + 1);
  const terms = new Uint32Array(keys.length * 3);
  const ids = new Uint32Array(total);
  let at = 0;
  keys.forEach((key, i) => {
    const list = postings.get(key)!;
    terms[i * 3] = key;
    terms[i * 3 + 1] = at;
    terms[i * 3 + 2] = list.length;
    ids.set(list, at);
    at += list.length;
    table[(key >>> BUCKET_BITS) + 1] = i + 1;
  });
  for (let b = 1; b <= BUCKETS; b++) if (table[b]! < table[b - 1]!) table[b] = table[b - 1]!;
  const header = new Uint32Array([MAGIC, VERSION, first, count, keys.length, total, 0, 0]);
  const parts = [header, table, terms, ids].map((a) =>
    Buffer.from(a.buffer, a.byteOffset, a.byteLength),
  );
  const tmp = `${path}.tmp`;
  const handle = await open(tmp, 'w', 0o600);
  try {
    for (const part of parts) await handle.write(part);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(tmp, path);
  return parts.reduce((n, p) => n + p.length, 0);
}

/** A segment opened for reading; its bucket table is kept in memory (256 KB). */
export class Segment {
  /** Searches using it; a merged-away segment is deleted when the last one ends. */
  refs = 0;
  retired = false;

  private constructor(
    readonly info: SegmentInfo,
    readonly path: string,
    private readonly handle: FileHandle,
    private readonly table: Uint32Array,
    private readonly terms: number,
    readonly postings: number,
  ) {}

  static async open(path: string, info: SegmentInfo): Promise<Segment> {
    const handle = await open(path, 'r');
    try {
      const { size } = await handle.stat();
      const head = Buffer.alloc(HEADER + TABLE);
      const { bytesRead } = await handle.read(head, 0, head.length, 0);
      if (bytesRead < head.length) throw new SegmentError('segment too short');
      const header = new Uint32Array(head.buffer.slice(head.byteOffset, head.byteOffset + HEADER));
      const [magic, version, first, count, terms, postings] = header;
      if (magic !== MAGIC || version !== VERSION) throw new SegmentError('not a segment');
      if (first !== info.first || count !== info.count) throw new SegmentError('segment mismatch');
      if (size !== HEADER + TABLE + terms! * TERM + postings! * 4 || size !== info.bytes) {
        throw new SegmentError('segment size mismatch');
      }
      const table = new Uint32Array(
        head.buffer.slice(head.byteOffset + HEADER, head.byteOffset + HEADER + TABLE),
      );
      if (table[BUCKETS] !== terms) throw new SegmentError('segment table damaged');
      return new Segment(info, path, handle, table, terms!, postings!);
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  /** Where a key's ids are (start and count, in ids), or null when no message holds it. */
  async find(key: number): Promise<{ start: number; count: number } | null> {
    const bucket = key >>> BUCKET_BITS;
    const lo = this.table[bucket]!;
    const hi = this.table[bucket + 1]!;
    if (hi <= lo) return null;
    const buffer = Buffer.alloc((hi - lo) * TERM);
    // Positioned reads of a few bytes are synchronous: a thread-pool round trip costs more
    // than the read itself, and a search makes dozens of them.
    readSync(this.handle.fd, buffer, 0, buffer.length, HEADER + TABLE + lo * TERM);
    for (let i = 0; i < hi - lo; i++) {
      if (buffer.readUInt32LE(i * TERM) === key) {
        const start = buffer.readUInt32LE(i * TERM + 4);
        const count = buffer.readUInt32LE(i * TERM + 8);
        if (start + count > this.postings) throw new SegmentError('segment term damaged');
        return { start, count };
      }
    }
    return null;
  }

  /** Ids [start, start + count) of the postings. */
  async ids(start: number, count: number): Promise<Uint32Array> {
    const buffer = Buffer.alloc(count * 4);
    readSync(this.handle.fd, buffer, 0, buffer.length, this.postingsBase + start * 4);
    return new Uint32Array(buffer.buffer, buffer.byteOffset, count);
  }

  get postingsBase(): number {
    return HEADER + TABLE + this.terms * TERM;
  }

  get termCount(): number {
    return this.terms;
  }

  async close(): Promise<void> {
    await this.handle.close().catch(() => undefined);
  }

  /** Reads the term list and postings in order (for merging), in bounded chunks. */
  reader(): SequentialReader {
    return new SequentialReader(this.handle, HEADER + TABLE, this.terms, this.postingsBase);
  }
}

/** Walks a segment's terms in key order with their ids, buffering 256 KB at a time. */
class SequentialReader {
  private readonly termBuffer = new BufferedU32();
  private readonly idBuffer = new BufferedU32();
  private index = 0;

  constructor(
    handle: FileHandle,
    termsAt: number,
    private readonly terms: number,
    idsAt: number,
  ) {
    this.termBuffer.init(handle, termsAt);
    this.idBuffer.init(handle, idsAt);
  }

  /** The next term's key and count, or null at the end. */
  async next(): Promise<{ key: number; count: number } | null> {
    if (this.index >= this.terms) return null;
    this.index++;
    const key = await this.termBuffer.u32();
    await this.termBuffer.u32();
    const count = await this.termBuffer.u32();
    return { key, count };
  }

  /** The ids of the term `next` returned (must be read before the following `next`). */
  async copyIds(count: number, sink: IdSink): Promise<void> {
    for (let i = 0; i < count; i++) {
      if (this.idBuffer.empty) await this.idBuffer.fill();
      sink.out[sink.at++] = this.idBuffer.take();
      if (sink.at === sink.out.length) await sink.flush();
    }
  }
}

class BufferedU32 {
  private handle!: FileHandle;
  private position = 0;
  private buffer = new Uint32Array(0);
  private at = 0;

  init(handle: FileHandle, position: number): void {
    this.handle = handle;
    this.position = position;
  }

  get empty(): boolean {
    return this.at >= this.buffer.length;
  }

  take(): number {
    return this.buffer[this.at++]!;
  }

  async u32(): Promise<number> {
    if (this.empty) await this.fill();
    return this.take();
  }

  async fill(): Promise<void> {
    {
      const bytes = Buffer.alloc(256 * 1024);
      const { bytesRead } = await this.handle.read(bytes, 0, bytes.length, this.position);
      if (bytesRead < 4) throw new SegmentError('segment ends early');
      this.position += bytesRead - (bytesRead % 4);
      this.buffer = new Uint32Array(bytes.buffer, bytes.byteOffset, Math.floor(bytesRead / 4));
      this.at = 0;
    }
  }
}

/**
 * Merges adjacent segments (ascending, contiguous ids) into one file, streaming: memory holds
 * one term's ids at a time plus read buffers, whatever the segments' sizes.
 */
export async function mergeSegments(path: string, inputs: Segment[]): Promise<number> {
  const first = inputs[0]!.info.first;
  const last = inputs[inputs.length - 1]!;
  const count = last.info.first + last.info.count - first;
  const readers = inputs.map((s) => s.reader());
  const heads = await Promise.all(readers.map((r) => r.next()));
  const idsTmp = `${path}.ids.tmp`;
  const idsOut = await open(idsTmp, 'w', 0o600);
  const table = new Uint32Array(BUCKETS + 1);
  const termChunks: Uint32Array[] = [];
  let termChunk = new Uint32Array(3 * 65536);
  let termAt = 0;
  let terms = 0;
  let total = 0;
  const sink: IdSink = {
    out: new Uint32Array(65536),
    at: 0,
    async flush() {
      if (this.at === 0) return;
      await idsOut.write(Buffer.from(this.out.buffer, 0, this.at * 4));
      this.at = 0;
    },
  };
  try {
    for (;;) {
      let key = -1;
      for (const head of heads) if (head && (key < 0 || head.key < key)) key = head.key;
      if (key < 0) break;
      let termCount = 0;
      for (let i = 0; i < readers.length; i++) {
        const head = heads[i];
        if (!head || head.key !== key) continue;
        await readers[i]!.copyIds(head.count, sink);
        termCount += head.count;
        heads[i] = await readers[i]!.next();
      }
      if (termAt === termChunk.length) {
        termChunks.push(termChunk);
        termChunk = new Uint32Array(3 * 65536);
        termAt = 0;
      }
      termChunk[termAt++] = key;
      termChunk[termAt++] = total;
      termChunk[termAt++] = termCount;
      total += termCount;
      terms++;
      table[(key >>> BUCKET_BITS) + 1] = terms;
    }
    await sink.flush();
    await idsOut.sync();
  } finally {
    await idsOut.close();
  }
  termChunks.push(termChunk.subarray(0, termAt));
  for (let b = 1; b <= BUCKETS; b++) if (table[b]! < table[b - 1]!) table[b] = table[b - 1]!;
  const header = new Uint32Array([MAGIC, VERSION, first, count, terms, total, 0, 0]);
  const tmp = `${path}.tmp`;
  const handle = await open(tmp, 'w', 0o600);
  let bytes = 0;
  try {
    for (const part of [header, table, ...termChunks]) {
      const buffer = Buffer.from(part.buffer, part.byteOffset, part.byteLength);
      await handle.write(buffer);
      bytes += buffer.length;
    }
    const source = await open(idsTmp, 'r');
    try {
      const copy = Buffer.alloc(1024 * 1024);
      for (;;) {
        const { bytesRead } = await source.read(copy, 0, copy.length, null);
        if (bytesRead === 0) break;
        await handle.write(copy.subarray(0, bytesRead));
        bytes += bytesRead;
      }
    } finally {
      await source.close();
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rm(idsTmp, { force: true });
  await rename(tmp, path);
  return bytes;
}

interface IdSink {
  out: Uint32Array;
  at: number;
  flush(): Promise<void>;
}
