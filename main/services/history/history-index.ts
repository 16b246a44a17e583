// The search index kept beside the logs, in `<userData>/history/index/`: immutable segments
// (word key → message ids), a table of where each message is (docs.bin: log file, offset,
// length, time), and a manifest naming them and how far into each log they reach. The logs
// stay the durable record: the newest messages live in memory until written as a segment,
// and after a crash they are read again from the logs ("catching up"). A missing or damaged
// index is rebuilt from the logs, with message ids in time order.
import { closeSync, openSync, readSync } from 'node:fs';
import { mkdir, open, readdir, readFile, rm, stat } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';
import type { HistoryEntry } from '@shared/ipc/events';
import { LOG_SUFFIX, MAX_LINE, ReadHandles, contactOfLog, parseLine, readLines } from './log-files';
import { DOC_BYTES, MemSegment, readRow } from './mem-segment';
import type { DocMeta } from './mem-segment';
import { Segment, mergeSegments, writeSegment } from './segment';
import { contactKey, matchesQuery, queryKeys, textKeys } from './tokenize';
import type { ParsedQuery } from './tokenize';

const MANIFEST = 'manifest.json';
const DOCS = 'docs.bin';
const REBUILD_CHUNK = 65_536;
const DOC_BLOCK = 2048;
const ID_BLOCK = 8192;

const manifestSchema = z.object({
  version: z.literal(1),
  docs: z.number().int().min(0),
  nextSegment: z.number().int().min(0),
  /** Message ids are in time order (a rebuild sorts them; live messages keep it mostly). */
  ordered: z.boolean().optional(),
  segments: z.array(
    z.object({
      name: z.string().regex(/^seg-\d+\.seg$/),
      first: z.number().int().min(0),
      count: z.number().int().min(0),
      bytes: z.number().int().min(0),
    }),
  ),
  files: z.array(
    z.object({
      id: z.number().int().min(0),
      name: z.string().min(1).max(1024),
      indexed: z.number().int().min(0),
      dead: z.boolean().optional(),
    }),
  ),
});

interface FileRecord {
  id: number;
  name: string;
  /** Bytes of the log that written segments cover. */
  indexed: number;
  /** Bytes of the log indexed so far, in memory included. */
  end: number;
  dead: boolean;
}

export interface IndexSearch {
  query: ParsedQuery;
  contact?: string;
  from?: number;
  to?: number;
  /** Only ids below this (the previous page's cursor). */
  before?: number;
  limit: number;
  /** How many candidates one call may examine before it returns what it has. */
  scanCap: number;
  /** How many log lines one call may read to check candidates (each costs a disk read). */
  readCap: number;
}

export interface IndexHit {
  id: number;
  fileId: number;
  offset: number;
  entry: HistoryEntry;
}

export interface IndexPage {
  hits: IndexHit[];
  /** Where the next page starts, or null when there is nothing more. */
  next: number | null;
}

export class IndexDamaged extends Error {}

export class HistoryIndex {
  private segments: Segment[] = [];
  private mems: MemSegment[] = [new MemSegment(0)];
  private records = new Map<number, FileRecord>();
  private byName = new Map<string, FileRecord>();
  private nextFileId = 0;
  private nextSegment = 0;
  private docs: FileHandle | null = null;
  /** Ids in time order, so a date range is found by binary search. */
  private ordered = true;
  private lastTime = -Infinity;
  /** True once a manifest exists: from then on a restart catches up instead of rebuilding. */
  private persisted = false;
  private maintenance: Promise<void> = Promise.resolve();
  private readonly handles = new ReadHandles();
  readonly dir: string;
  /** Each log's size and whether it ends with a newline, as loading found them. */
  readonly logStates = new Map<string, { size: number; endsWithNewline: boolean }>();
  /** Called when background index work fails (the logs are untouched). */
  onError: (error: unknown) => void = () => undefined;

  constructor(
    readonly logDir: string,
    private readonly flushDocs = 16_384,
  ) {
    this.dir = join(logDir, 'index');
  }

  get totalDocs(): number {
    return this.live.end;
  }

  get segmentCount(): number {
    return this.segments.length;
  }

  private get live(): MemSegment {
    return this.mems[this.mems.length - 1]!;
  }

  /**
   * Opens the index, or rebuilds it from the logs when it is missing or damaged, then reads
   * whatever the logs hold beyond it. Returns why it rebuilt, if it did.
   */
  async load(): Promise<string | null> {
    const logs = await listLogs(this.logDir);
    let reason: string | null = null;
    try {
      await this.open(logs.length > 0);
      await this.catchUp(logs);
      return null;
    } catch (error) {
      reason = error instanceof Error ? error.message : String(error);
    }
    await this.rebuild(await listLogs(this.logDir));
    await this.catchUp(await listLogs(this.logDir));
    return reason;
  }

  /** Rebuilds from the logs (an import appended old messages: ids go back into time order). */
  async reload(): Promise<string> {
    await this.maintenance;
    await this.rebuild(await listLogs(this.logDir));
    await this.catchUp(await listLogs(this.logDir));
    return 'rebuilt in time order';
  }

  private async open(haveLogs: boolean): Promise<void> {
    let text: string;
    try {
      text = await readFile(join(this.dir, MANIFEST), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      if (haveLogs) throw new IndexDamaged('the index is missing');
      return; // nothing written yet, and nothing to write
    }
    this.persisted = true;
    let manifest: z.infer<typeof manifestSchema>;
    try {
      manifest = manifestSchema.parse(JSON.parse(text));
    } catch {
      throw new IndexDamaged('the index manifest is damaged');
    }
    const docs = await open(join(this.dir, DOCS), 'r+');
    this.docs = docs;
    const { size } = await docs.stat();
    if (size < manifest.docs * DOC_BYTES) throw new IndexDamaged('the message table is short');
    // Rows past the manifest were written by a flush that did not finish: they go.
    if (size > manifest.docs * DOC_BYTES) await docs.truncate(manifest.docs * DOC_BYTES);
    let expected = 0;
    for (const info of manifest.segments) {
      if (info.first !== expected) throw new IndexDamaged('the index has a gap');
      const segment = await Segment.open(join(this.dir, info.name), info).catch(
        (error: unknown) => {
          throw new IndexDamaged(`an index segment is damaged (${String(error)})`);
        },
      );
      this.segments.push(segment);
      expected = info.first + info.count;
    }
    if (expected !== manifest.docs) throw new IndexDamaged('the index does not cover its table');
    for (const file of manifest.files) {
      const record: FileRecord = { ...file, end: file.indexed, dead: file.dead ?? false };
      if (this.records.has(file.id)) throw new IndexDamaged('the index names a file twice');
      this.records.set(file.id, record);
      if (!record.dead) this.byName.set(file.name, record);
      this.nextFileId = Math.max(this.nextFileId, file.id + 1);
    }
    this.nextSegment = manifest.nextSegment;
    this.mems = [new MemSegment(manifest.docs)];
    this.ordered = manifest.ordered ?? false;
    if (manifest.docs > 0) {
      const last = Buffer.alloc(DOC_BYTES);
      readSync(docs.fd, last, 0, DOC_BYTES, (manifest.docs - 1) * DOC_BYTES);
      this.lastTime = readRow(last, 0).time;
    }
    // Leftovers of an interrupted flush or merge.
    const known = new Set([MANIFEST, DOCS, ...manifest.segments.map((s) => s.name)]);
    for (const name of await readdir(this.dir)) {
      if (!known.has(name)) await rm(join(this.dir, name), { force: true });
    }
  }

  /** Indexes what each log holds past the index (after a crash, or lines written meanwhile). */
  private async catchUp(logs: string[]): Promise<void> {
    const present = new Set(logs);
    for (const record of this.byName.values()) {
      if (!present.has(record.name)) this.markDead(record.name);
    }
    for (const name of logs) {
      const record = this.recordFor(name);
      const path = join(this.logDir, name);
      const size = (await stat(path).catch(() => null))?.size ?? 0;
      if (size < record.end) throw new IndexDamaged(`${name} is shorter than its index`);
      let lineEnd = record.end;
      for await (const line of readLines(path, record.end)) {
        const entry = parseLine(line.text);
        if (entry) this.add(name, line.offset, line.length, entry);
        lineEnd = line.offset + line.length + 1;
      }
      this.logStates.set(name, { size, endsWithNewline: size === 0 || lineEnd >= size });
    }
  }

  private recordFor(name: string): FileRecord {
    let record = this.byName.get(name);
    if (!record) {
      record = { id: this.nextFileId++, name, indexed: 0, end: 0, dead: false };
      this.records.set(record.id, record);
      this.byName.set(name, record);
    }
    return record;
  }

  /** Indexes one line of a log (ignored when that part of the log is indexed already). */
  add(name: string, offset: number, length: number, entry: HistoryEntry): void {
    const record = this.recordFor(name);
    if (offset < record.end) return;
    if (!this.persisted) {
      this.persisted = true;
      this.schedule(async () => {
        await this.docsHandle();
        await this.writeManifest();
      });
    }
    const keys = textKeys(entry.text);
    keys.push(contactKey(contactOfLog(name)));
    if (entry.time < this.lastTime) this.ordered = false;
    this.lastTime = Math.max(this.lastTime, entry.time);
    this.live.add(record.id, offset, length, entry.time, keys);
    record.end = offset + length + 1;
    if (this.live.count >= this.flushDocs) this.freeze();
  }

  /** The live part becomes a segment, in the background. */
  private freeze(): void {
    this.mems.push(new MemSegment(this.live.end));
    this.schedule(() => this.flushOldest());
  }

  private schedule(work: () => Promise<void>): Promise<void> {
    const next = this.maintenance.then(work).catch((error: unknown) => this.onError(error));
    this.maintenance = next;
    return next;
  }

  private async flushOldest(): Promise<void> {
    if (this.mems.length < 2) return;
    const mem = this.mems[0]!;
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    const name = `seg-${this.nextSegment++}.seg`;
    const path = join(this.dir, name);
    const bytes = await writeSegment(path, mem.first, mem.count, mem.postings);
    const docs = await this.docsHandle();
    const rows = mem.rows();
    await docs.write(rows, 0, rows.length, mem.first * DOC_BYTES);
    await docs.datasync();
    const segment = await Segment.open(path, { name, first: mem.first, count: mem.count, bytes });
    this.segments.push(segment);
    this.mems.shift();
    for (const [fileId, end] of mem.fileEnds) {
      const record = this.records.get(fileId);
      if (record) record.indexed = Math.max(record.indexed, end);
    }
    await this.writeManifest();
    await this.mergeTail();
  }

  /** Keeps few segments: the last two merge while the older is no bigger (a binary counter). */
  private async mergeTail(): Promise<void> {
    while (this.segments.length >= 2) {
      const [a, b] = this.segments.slice(-2) as [Segment, Segment];
      if (a.info.count > b.info.count) return;
      await this.merge(this.segments.length - 2, this.segments.length);
    }
  }

  private async merge(from: number, to: number): Promise<void> {
    const inputs = this.segments.slice(from, to);
    const name = `seg-${this.nextSegment++}.seg`;
    const path = join(this.dir, name);
    const bytes = await mergeSegments(path, inputs);
    const first = inputs[0]!.info.first;
    const count = inputs.reduce((n, s) => n + s.info.count, 0);
    const merged = await Segment.open(path, { name, first, count, bytes });
    this.segments.splice(from, to - from, merged);
    await this.writeManifest();
    for (const input of inputs) await this.retire(input);
  }

  private async retire(segment: Segment): Promise<void> {
    segment.retired = true;
    if (segment.refs > 0) return;
    await segment.close();
    await rm(segment.path, { force: true });
  }

  private async release(segments: Segment[]): Promise<void> {
    for (const segment of segments) {
      segment.refs--;
      if (segment.retired && segment.refs === 0) await this.retire(segment);
    }
  }

  private async docsHandle(): Promise<FileHandle> {
    if (!this.docs) {
      await mkdir(this.dir, { recursive: true, mode: 0o700 });
      const path = join(this.dir, DOCS);
      await (await open(path, 'a', 0o600)).close();
      const handle = await open(path, 'r+');
      this.docs = handle;
      return handle;
    }
    return this.docs;
  }

  private async writeManifest(): Promise<void> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    const manifest: z.infer<typeof manifestSchema> = {
      version: 1,
      docs: this.mems[0]!.first,
      nextSegment: this.nextSegment,
      ordered: this.ordered,
      segments: this.segments.map((s) => s.info),
      files: [...this.records.values()].map((r) => ({
        id: r.id,
        name: r.name,
        indexed: r.indexed,
        ...(r.dead ? { dead: true } : {}),
      })),
    };
    await writeFileAtomic(join(this.dir, MANIFEST), JSON.stringify(manifest), { mode: 0o600 });
  }

  /** A log was deleted: its messages drop out of results (their ids stay until a rebuild). */
  markDead(name: string): Promise<void> {
    const record = this.byName.get(name);
    if (!record) return Promise.resolve();
    record.dead = true;
    this.byName.delete(name);
    void this.handles.drop(join(this.logDir, name));
    return this.schedule(async () => {
      if (this.segments.length > 0) await this.writeManifest();
    });
  }

  /** Waits for background writes; with `flush`, writes the in-memory part too. */
  async settle(flush = false): Promise<void> {
    if (flush && this.live.count > 0) this.freeze();
    await this.maintenance;
  }

  async close(): Promise<void> {
    await this.settle(true);
    await this.closeFiles();
  }

  private async closeFiles(): Promise<void> {
    for (const segment of this.segments) await segment.close();
    await this.docs?.close().catch(() => undefined);
    this.docs = null;
    await this.handles.closeAll();
  }

  /** Forgets everything (every log was deleted). */
  async clear(): Promise<void> {
    await this.maintenance;
    await this.closeFiles();
    await rm(this.dir, { recursive: true, force: true, maxRetries: 3 });
    this.reset();
  }

  private reset(): void {
    this.segments = [];
    this.mems = [new MemSegment(0)];
    this.records = new Map();
    this.byName = new Map();
    this.nextFileId = 0;
    this.nextSegment = 0;
    this.persisted = false;
    this.ordered = true;
    this.lastTime = -Infinity;
  }

  fileName(fileId: number): string | null {
    const record = this.records.get(fileId);
    return record && !record.dead ? record.name : null;
  }

  fileId(name: string): number | null {
    return this.byName.get(name)?.id ?? null;
  }

  // ---- rebuilding -------------------------------------------------------------------------

  /**
   * Builds the index from the logs: one pass notes where every message is and when it was
   * written (28 bytes a message), sorts that by time, then indexes in time order in chunks,
   * each written as a segment, and merges them.
   */
  private async rebuild(logs: string[]): Promise<void> {
    await this.closeFiles();
    await rm(this.dir, { recursive: true, force: true, maxRetries: 3 });
    this.reset();
    if (logs.length === 0) return;
    this.persisted = true;
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    const table = new GrowingTable();
    for (const name of logs) {
      const record = this.recordFor(name);
      for await (const line of readLines(join(this.logDir, name))) {
        const entry = parseLine(line.text);
        record.end = line.offset + line.length + 1;
        if (entry) table.push(record.id, line.offset, line.length, entry.time);
      }
      record.indexed = record.end;
    }
    const order = table.timeOrder();
    this.ordered = true;
    if (order.length > 0) this.lastTime = table.times[order[order.length - 1]!]!;
    const reader = new SyncLineReader((id) => join(this.logDir, this.records.get(id)!.name));
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
          keys.push(contactKey(contactOfLog(this.records.get(fileId)!.name)));
          mem.add(fileId, table.offsets[i]!, table.lengths[i]!, table.times[i]!, keys);
          // Let requests in now and then: a rebuild of years of history takes seconds.
          if (k % 4096 === 0) await new Promise((resolve) => setImmediate(resolve));
        }
        this.mems = [mem, new MemSegment(end)];
        await this.flushWithoutManifest();
      }
    } finally {
      reader.close();
    }
    if (this.segments.length > 1) {
      const inputs = this.segments;
      const name = `seg-${this.nextSegment++}.seg`;
      const path = join(this.dir, name);
      const bytes = await mergeSegments(path, inputs);
      const merged = await Segment.open(path, { name, first: 0, count: order.length, bytes });
      this.segments = [merged];
      for (const input of inputs) await this.retire(input);
    }
    this.mems = [new MemSegment(order.length)];
    await this.docsHandle();
    await this.writeManifest();
  }

  private async flushWithoutManifest(): Promise<void> {
    const mem = this.mems[0]!;
    const name = `seg-${this.nextSegment++}.seg`;
    const path = join(this.dir, name);
    const bytes = await writeSegment(path, mem.first, mem.count, mem.postings);
    const docs = await this.docsHandle();
    const rows = mem.rows();
    await docs.write(rows, 0, rows.length, mem.first * DOC_BYTES);
    this.segments.push(
      await Segment.open(path, { name, first: mem.first, count: mem.count, bytes }),
    );
    this.mems.shift();
  }

  // ---- searching --------------------------------------------------------------------------

  /**
   * Newest first. Memory is bounded whatever the history's size: a block of ids per word, a
   * few blocks of the message table, and the lines of the page's results.
   */
  async search(request: IndexSearch): Promise<IndexPage> {
    const segments = [...this.segments];
    const mems = [...this.mems];
    for (const segment of segments) segment.refs++;
    try {
      const total = mems[mems.length - 1]!.end;
      const table = new DocTable(this.docs, mems);
      let upper = Math.min(request.before ?? total, total);
      let lower = 0;
      if (this.ordered) {
        // Ids in time order: the date range is an id range.
        if (request.to !== undefined)
          upper = Math.min(upper, await firstAtOrAfter(table, total, request.to + 1));
        if (request.from !== undefined) lower = await firstAtOrAfter(table, total, request.from);
      }
      const keys = queryKeys(request.query);
      if (request.contact) keys.push(contactKey(request.contact));
      const cursors = keys.map((key) => new PostingCursor(key, segments, mems));
      const hits: IndexHit[] = [];
      const seen = new Set<string>();
      let scanned = 0;
      const budget = { reads: request.readCap };
      let target = upper - 1;
      while (target >= lower) {
        // Leapfrog: every word's list must hold the same id.
        let aligned = true;
        for (const cursor of cursors) {
          const at = await cursor.seek(target);
          if (at < 0) return { hits, next: null };
          if (at < target) {
            target = at;
            aligned = false;
            break;
          }
        }
        if (!aligned) continue;
        if (target < lower) break;
        const id = target;
        target--;
        if (++scanned > request.scanCap || budget.reads <= 0) return { hits, next: id + 1 };
        const hit = await this.check(id, table, request, seen, budget);
        if (hit) {
          hits.push(hit);
          if (hits.length >= request.limit) return { hits, next: target >= lower ? id : null };
        }
      }
      return { hits, next: null };
    } finally {
      await this.release(segments);
    }
  }

  private async check(
    id: number,
    table: DocTable,
    request: IndexSearch,
    seen: Set<string>,
    budget: { reads: number },
  ): Promise<IndexHit | null> {
    const meta = await table.get(id);
    if (!meta) return null;
    if (request.from !== undefined && meta.time < request.from) return null;
    if (request.to !== undefined && meta.time > request.to) return null;
    const name = this.fileName(meta.fileId);
    if (!name || meta.length > MAX_LINE) return null;
    budget.reads--;
    const bytes = await this.handles.read(join(this.logDir, name), meta.offset, meta.length);
    const entry = bytes ? parseLine(bytes.toString('utf8')) : null;
    if (!entry || !matchesQuery(entry.text, request.query)) return null;
    if (request.contact && contactOfLog(name) !== request.contact.trim().toLowerCase()) return null;
    if (!request.contact) {
      // A group conversation is logged under each participant: list it once.
      const key = `${entry.conversationId}\u0000${entry.time}\u0000${entry.from}\u0000${entry.text}`;
      if (seen.has(key)) return null;
      seen.add(key);
    }
    return { id, fileId: meta.fileId, offset: meta.offset, entry };
  }
}

/** The first id whose time is at or after `time` (ids in time order), or `total`. */
async function firstAtOrAfter(table: DocTable, total: number, time: number): Promise<number> {
  let lo = 0;
  let hi = total;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    const meta = await table.get(mid);
    if (meta && meta.time < time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Walks one word's ids downwards across the in-memory parts and the segments, newest first. */
class PostingCursor {
  private source = -1;
  private block: ArrayLike<number> = [];
  /** Ids of the current source not loaded yet: [start, blockStart). */
  private start = 0;
  private blockStart = 0;
  private pos = -1;
  private readonly sources: (MemSegment | Segment)[];

  constructor(
    private readonly key: number,
    segments: Segment[],
    mems: MemSegment[],
  ) {
    this.sources = [...[...mems].reverse(), ...[...segments].reverse()];
  }

  /** The largest id ≤ target this word holds, or -1. Targets only ever go down. */
  async seek(target: number): Promise<number> {
    for (;;) {
      if (this.pos < 0) {
        if (!(await this.loadBlock(target))) return -1;
        continue;
      }
      if (this.block[0]! > target) {
        this.pos = -1;
        if (this.blockStart <= this.start) this.block = [];
        continue;
      }
      // Largest index with block[i] ≤ target, searching below the current position.
      let lo = 0;
      let hi = Math.min(this.pos, this.block.length - 1);
      if (this.block[hi]! <= target) return this.block[hi]!;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (this.block[mid]! <= target) lo = mid;
        else hi = mid - 1;
      }
      this.pos = lo;
      return this.block[lo]!;
    }
  }

  /** Loads the previous block of ids (moving to older sources as they run out). */
  private async loadBlock(target: number): Promise<boolean> {
    for (;;) {
      if (this.block.length > 0 && this.blockStart > this.start) {
        const source = this.sources[this.source] as Segment;
        const from = Math.max(this.start, this.blockStart - ID_BLOCK);
        this.block = await source.ids(from, this.blockStart - from);
        this.blockStart = from;
        this.pos = this.block.length - 1;
        return true;
      }
      this.source++;
      const source = this.sources[this.source];
      if (!source) return false;
      if (source instanceof MemSegment) {
        if (source.first > target) continue;
        const list = source.postings.get(this.key);
        if (!list || list.length === 0) continue;
        this.block = list;
        this.start = 0;
        this.blockStart = 0;
        this.pos = list.length - 1;
        return true;
      }
      if (source.info.first > target) continue;
      const found = await source.find(this.key);
      if (!found || found.count === 0) continue;
      this.start = found.start;
      const from = Math.max(found.start, found.start + found.count - ID_BLOCK);
      this.block = await source.ids(from, found.start + found.count - from);
      this.blockStart = from;
      this.pos = this.block.length - 1;
      return true;
    }
  }
}

/** The message table, read a block at a time with a few blocks kept. */
class DocTable {
  private readonly blocks = new Map<number, Buffer>();

  constructor(
    private readonly handle: FileHandle | null,
    private readonly mems: MemSegment[],
  ) {}

  async get(id: number): Promise<DocMeta | null> {
    for (const mem of this.mems) if (mem.has(id)) return mem.meta(id);
    if (!this.handle) return null;
    const block = Math.floor(id / DOC_BLOCK);
    let buffer = this.blocks.get(block);
    if (!buffer) {
      buffer = Buffer.alloc(DOC_BLOCK * DOC_BYTES);
      const { bytesRead } = await this.handle.read(
        buffer,
        0,
        buffer.length,
        block * DOC_BLOCK * DOC_BYTES,
      );
      buffer = buffer.subarray(0, bytesRead);
      if (this.blocks.size >= 8) this.blocks.delete(this.blocks.keys().next().value as number);
      this.blocks.set(block, buffer);
    }
    const at = (id - block * DOC_BLOCK) * DOC_BYTES;
    return at + DOC_BYTES <= buffer.length ? readRow(buffer, at) : null;
  }
}

/** Where messages are, for a rebuild: parallel typed arrays that grow by doubling. */
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

export async function listLogs(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((name) => name.endsWith(LOG_SUFFIX)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
