// The search index kept beside the logs, in `<userData>/history/index/`: immutable segments
// (word key → message ids), a table of where each message is (docs.bin: log file, offset,
// length, time), and a manifest naming them and how far into each log they reach. The logs
// stay the durable record: the newest messages live in memory until written as a segment,
// and after a crash they are read again from the logs ("catching up"). A missing or damaged
// index is rebuilt from the logs, with message ids in time order.
import { readSync } from 'node:fs';
import { mkdir, open, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { HistoryEntry } from '@shared/ipc/events';
import { DOCS, IndexDamaged, MANIFEST, readManifest } from './index-manifest';
import type { FileRecord } from './index-manifest';
import { IndexParts } from './index-parts';
import { GrowingTable, timeOrderedChunks } from './index-rebuild';
import { searchIndex } from './index-search';
import type { IndexPage, IndexSearch } from './index-search';
import { contactOfLog, listLogs, parseLine, readLines } from './log-files';
import { DOC_BYTES, MemSegment, readRow } from './mem-segment';
import { Segment, mergeSegments } from './segment';
import { contactKey, textKeys } from './tokenize';

// What other files use of the index, whichever file holds it.
export { IndexDamaged } from './index-manifest';
export type { IndexHit, IndexPage, IndexSearch } from './index-search';

export class HistoryIndex extends IndexParts {
  /** Each log's size and whether it ends with a newline, as loading found them. */
  readonly logStates = new Map<string, { size: number; endsWithNewline: boolean }>();

  get totalDocs(): number {
    return this.live.end;
  }

  get segmentCount(): number {
    return this.segments.length;
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
    const manifest = await readManifest(this.dir);
    if (!manifest) {
      if (haveLogs) throw new IndexDamaged('the index is missing');
      return; // nothing written yet, and nothing to write
    }
    this.persisted = true;
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

  /** Forgets everything (every log was deleted). */
  async clear(): Promise<void> {
    await this.maintenance;
    await this.closeFiles();
    await rm(this.dir, { recursive: true, force: true, maxRetries: 3 });
    this.reset();
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
    const chunks = timeOrderedChunks(
      table,
      order,
      (id) => join(this.logDir, this.records.get(id)!.name),
      (id) => contactOfLog(this.records.get(id)!.name),
    );
    for await (const mem of chunks) {
      this.mems = [mem, new MemSegment(mem.end)];
      await this.flushWithoutManifest();
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

  // ---- searching --------------------------------------------------------------------------

  /**
   * Newest first. Memory is bounded whatever the history's size: a block of ids per word, a
   * few blocks of the message table, and the lines of the page's results.
   */
  async search(request: IndexSearch): Promise<IndexPage> {
    const segments = [...this.segments];
    const mems = [...this.mems];
    // Segments merged away meanwhile stay open until this search lets go of them.
    for (const segment of segments) segment.refs++;
    try {
      return await searchIndex(
        {
          segments,
          mems,
          docs: this.docs,
          ordered: this.ordered,
          fileName: (fileId) => this.fileName(fileId),
          readLine: (name, offset, length) =>
            this.handles.read(join(this.logDir, name), offset, length),
        },
        request,
      );
    } finally {
      await this.release(segments);
    }
  }
}
