// The index's parts and their upkeep: the written segments, the in-memory parts not written
// yet, the message table (docs.bin) and what is known of each log. New messages fill the live
// in-memory part; a full part is written as a segment in the background, and segments merge
// so they stay few. HistoryIndex builds on this with loading, catching up and searching.
import { mkdir, open, rm } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { DOCS, writeManifestFile } from './index-manifest';
import type { FileRecord } from './index-manifest';
import { ReadHandles } from './log-files';
import { DOC_BYTES, MemSegment } from './mem-segment';
import { Segment, mergeSegments, writeSegment } from './segment';

export class IndexParts {
  protected segments: Segment[] = [];
  protected mems: MemSegment[] = [new MemSegment(0)];
  protected records = new Map<number, FileRecord>();
  protected byName = new Map<string, FileRecord>();
  protected nextFileId = 0;
  protected nextSegment = 0;
  protected docs: FileHandle | null = null;
  /** Ids in time order, so a date range is found by binary search. */
  protected ordered = true;
  protected lastTime = -Infinity;
  /** True once a manifest exists: from then on a restart catches up instead of rebuilding. */
  protected persisted = false;
  protected maintenance: Promise<void> = Promise.resolve();
  protected readonly handles = new ReadHandles();
  readonly dir: string;
  /** Called when background index work fails (the logs are untouched). */
  onError: (error: unknown) => void = () => undefined;

  constructor(
    readonly logDir: string,
    protected readonly flushDocs = 16_384,
  ) {
    this.dir = join(logDir, 'index');
  }

  protected get live(): MemSegment {
    return this.mems[this.mems.length - 1]!;
  }

  protected recordFor(name: string): FileRecord {
    let record = this.byName.get(name);
    if (!record) {
      record = { id: this.nextFileId++, name, indexed: 0, end: 0, dead: false };
      this.records.set(record.id, record);
      this.byName.set(name, record);
    }
    return record;
  }

  /** The live part becomes a segment, in the background. */
  protected freeze(): void {
    this.mems.push(new MemSegment(this.live.end));
    this.schedule(() => this.flushOldest());
  }

  protected schedule(work: () => Promise<void>): Promise<void> {
    const next = this.maintenance.then(work).catch((error: unknown) => this.onError(error));
    this.maintenance = next;
    return next;
  }

  protected async flushOldest(): Promise<void> {
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
  protected async mergeTail(): Promise<void> {
    while (this.segments.length >= 2) {
      const [a, b] = this.segments.slice(-2) as [Segment, Segment];
      if (a.info.count > b.info.count) return;
      await this.merge(this.segments.length - 2, this.segments.length);
    }
  }

  protected async merge(from: number, to: number): Promise<void> {
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

  protected async retire(segment: Segment): Promise<void> {
    segment.retired = true;
    if (segment.refs > 0) return;
    await segment.close();
    await rm(segment.path, { force: true });
  }

  protected async release(segments: Segment[]): Promise<void> {
    for (const segment of segments) {
      segment.refs--;
      if (segment.retired && segment.refs === 0) await this.retire(segment);
    }
  }

  protected async docsHandle(): Promise<FileHandle> {
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

  protected async writeManifest(): Promise<void> {
    await writeManifestFile(this.dir, {
      docs: this.mems[0]!.first,
      nextSegment: this.nextSegment,
      ordered: this.ordered,
      segments: this.segments,
      records: this.records.values(),
    });
  }

  protected async closeFiles(): Promise<void> {
    for (const segment of this.segments) await segment.close();
    await this.docs?.close().catch(() => undefined);
    this.docs = null;
    await this.handles.closeAll();
  }

  protected reset(): void {
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

  protected async flushWithoutManifest(): Promise<void> {
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
}
