// Message history: one append-only JSON-lines file per contact in `<userData>/history/` (the
// durable record), and a search index beside them (history/history-index.ts). A crash or a
// full disk loses at most the line being written: the next append starts on a fresh line,
// readers skip a torn line, and the index catches up from the logs on the next start.
import { closeSync, openSync, writeSync } from 'node:fs';
import { mkdir, open, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { HistoryEntry } from '@shared/ipc/events';
import type {
  HistoryContext,
  HistoryExportFormat,
  HistoryHit,
  HistoryPage,
} from '@shared/ipc/history';
import { exportWriter } from './export-formats';
import { HistoryIndex } from './history-index';
import { MAX_LINE, contactOfLog, listLogs, logNameFor, parseLine, readLines } from './log-files';
import { parseQuery } from './tokenize';

export interface HistoryQuery {
  contact?: string;
  text?: string;
  limit: number;
}

export interface HistorySearch {
  /** Words, and "phrases in quotes"; all must be there. */
  text?: string;
  contact?: string;
  /** Inclusive time range, ms since the epoch. */
  from?: number;
  to?: number;
  /** The `cursor` of the previous page. */
  cursor?: string;
  limit: number;
}

export interface HistoryStoreOptions {
  /** Messages kept in memory before they are written as an index segment. */
  flushDocs?: number;
  /** Stands in for fs.appendFile (tests make the disk full). */
  appendFile?: (path: string, data: Buffer) => Promise<void>;
  /** How many candidates one search call examines at most before returning a page. */
  scanCap?: number;
  /** How many log lines one search call reads at most to check candidates. */
  readCap?: number;
}

export class ServiceHistoryError extends Error {}

interface LogState {
  size: number;
  endsWithNewline: boolean;
}

const CONTEXT_WINDOW = 256 * 1024;

export class HistoryStore {
  readonly dir: string;
  readonly index: HistoryIndex;
  /** Resolves when the index is open (or rebuilt); its value says why it was rebuilt. */
  private opening: Promise<string | null>;
  /** Appends are chained per file so lines never interleave. */
  private readonly tails = new Map<string, Promise<void>>();
  /** What we know of each log's end; dropped after a failed write, so it is looked at again. */
  private readonly logs = new Map<string, LogState>();
  private readonly appendFile: (path: string, data: Buffer) => Promise<void>;
  private readonly scanCap: number;
  private readonly readCap: number;
  private indexOpen = false;
  private dirMade = false;
  private readonly handles = new AppendHandles();

  constructor(userDataDir: string, options: HistoryStoreOptions = {}) {
    this.dir = join(userDataDir, 'history');
    this.index = new HistoryIndex(this.dir, options.flushDocs);
    this.appendFile = options.appendFile ?? ((path, data) => this.handles.append(path, data));
    this.scanCap = options.scanCap ?? 50_000;
    this.readCap = options.readCap ?? 1_000;
    this.opening = this.index.load();
    this.opening.then(
      () => {
        this.indexOpen = true;
        // Loading looked at every log's end: appends need not look again.
        for (const [name, state] of this.index.logStates) {
          if (!this.logs.has(name) && !this.tails.has(name)) this.logs.set(name, state);
        }
        this.index.logStates.clear();
      },
      () => undefined,
    );
  }

  get ready(): Promise<string | null> {
    return this.opening;
  }

  /** Builds the index again from the logs, in time order (after an import of old logs). */
  async reindex(): Promise<void> {
    await this.settle();
    await this.opening.catch(() => undefined);
    this.indexOpen = false;
    this.opening = this.index.reload();
    await this.opening;
    this.indexOpen = true;
  }

  append(entry: HistoryEntry): Promise<void> {
    const name = logNameFor(entry.contact);
    const path = join(this.dir, name);
    const next = (this.tails.get(name) ?? Promise.resolve())
      .catch(() => undefined)
      .then(async () => {
        let state = this.logs.get(name);
        if (!state) {
          if (!this.dirMade) await mkdir(this.dir, { recursive: true, mode: 0o700 });
          this.dirMade = true;
          state = await probe(path);
        }
        // A line torn by a crash or a full disk must not swallow this one.
        const prefix = state.size > 0 && !state.endsWithNewline ? '\n' : '';
        const line = JSON.stringify(entry);
        const data = Buffer.from(`${prefix}${line}\n`, 'utf8');
        try {
          await this.appendFile(path, data);
        } catch (error) {
          this.logs.delete(name);
          await this.handles.drop(path);
          throw error;
        }
        const offset = state.size + prefix.length;
        this.logs.set(name, { size: state.size + data.length, endsWithNewline: true });
        const length = data.length - prefix.length - 1;
        this.indexLater(name, offset, length, entry);
      });
    this.tails.set(name, next);
    return next;
  }

  private indexLater(name: string, offset: number, length: number, entry: HistoryEntry): void {
    if (this.indexOpen) {
      this.index.add(name, offset, length, entry);
      return;
    }
    // Until the index is open, the line waits; loading reads it from the log anyway.
    void this.ready.then(
      () => this.index.add(name, offset, length, entry),
      () => undefined,
    );
  }

  /** One page of matches, newest first. */
  async search(search: HistorySearch): Promise<HistoryPage> {
    await this.settle();
    await this.ready;
    const before = search.cursor === undefined ? undefined : Number(search.cursor);
    const page = await this.index.search({
      query: parseQuery(search.text ?? ''),
      ...(search.contact ? { contact: search.contact } : {}),
      ...(search.from !== undefined ? { from: search.from } : {}),
      ...(search.to !== undefined ? { to: search.to } : {}),
      ...(before !== undefined && Number.isSafeInteger(before) && before >= 0 ? { before } : {}),
      limit: search.limit,
      scanCap: this.scanCap,
      readCap: this.readCap,
    });
    return {
      hits: page.hits.map((hit) => ({ ...hit.entry, ref: `${hit.fileId}:${hit.offset}` })),
      cursor: page.next === null ? null : String(page.next),
    };
  }

  /** The most recent `limit` matching entries, oldest first. */
  async query(query: HistoryQuery): Promise<HistoryEntry[]> {
    const found: HistoryEntry[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.search({
        ...(query.text ? { text: query.text } : {}),
        ...(query.contact ? { contact: query.contact } : {}),
        ...(cursor !== undefined ? { cursor } : {}),
        limit: query.limit - found.length,
      });
      found.push(...page.hits.map(({ ref: _ref, ...entry }) => entry));
      cursor = page.cursor ?? undefined;
    } while (cursor !== undefined && found.length < query.limit);
    return found.reverse();
  }

  /** Messages around a result: `before` older ones, the message, and `after` newer ones. */
  async context(ref: string, before: number, after: number): Promise<HistoryContext> {
    await this.settle();
    await this.ready;
    const match = /^(\d{1,9}):(\d{1,15})$/.exec(ref);
    const fileId = match ? Number(match[1]) : -1;
    const name = this.index.fileName(fileId);
    if (!match || !name)
      throw new ServiceHistoryError('That conversation is no longer in your history.');
    const offset = Number(match[2]);
    const path = join(this.dir, name);
    const handle = await open(path, 'r');
    const older: HistoryHit[] = [];
    let hasBefore = false;
    try {
      // The ref must be a line start: the byte before it is a newline (or it is the first).
      if (offset > 0) {
        const previous = Buffer.alloc(1);
        await handle.read(previous, 0, 1, offset - 1);
        if (previous[0] !== 0x0a)
          throw new ServiceHistoryError('That message is not in your history.');
      }
      let from = offset;
      while (from > 0 && older.length < before) {
        const start = Math.max(0, from - CONTEXT_WINDOW);
        const buffer = Buffer.alloc(from - start);
        await handle.read(buffer, 0, buffer.length, start);
        // Lines wholly inside [start, from); the first may be cut unless start is 0.
        let cut = start === 0 ? 0 : buffer.indexOf(0x0a) + 1;
        if (cut === 0 && start > 0) break; // one line longer than the window: stop here
        const lines: HistoryHit[] = [];
        while (cut < buffer.length) {
          const newline = buffer.indexOf(0x0a, cut);
          const end = newline < 0 ? buffer.length : newline;
          const entry = parseLine(buffer.toString('utf8', cut, end));
          if (entry) lines.push({ ...entry, ref: `${fileId}:${start + cut}` });
          cut = end + 1;
        }
        older.unshift(...lines.slice(-(before - older.length)));
        from = start === 0 ? 0 : start + buffer.indexOf(0x0a) + 1;
        if (start === 0) break;
      }
      hasBefore = from > 0 || older.length === before;
    } finally {
      await handle.close();
    }
    const newer: HistoryHit[] = [];
    let hasAfter = false;
    for await (const line of readLines(path, offset)) {
      if (line.length > MAX_LINE) continue;
      const entry = parseLine(line.text);
      if (!entry) continue;
      if (newer.length === after + 1) {
        hasAfter = true;
        break;
      }
      newer.push({ ...entry, ref: `${fileId}:${line.offset}` });
    }
    if (newer.length === 0) throw new ServiceHistoryError('That message is not in your history.');
    return { entries: [...older, ...newer], at: ref, hasBefore, hasAfter };
  }

  /**
   * Writes one contact's history, or everyone's (contact by contact), to `path` in a format,
   * streaming: memory does not grow with the history. Returns how many messages it wrote.
   */
  async export(format: HistoryExportFormat, path: string, contact?: string): Promise<number> {
    await this.settle();
    const names = contact ? [logNameFor(contact)] : await listLogs(this.dir);
    const entries = async function* (dir: string, name: string): AsyncGenerator<HistoryEntry> {
      for await (const line of readLines(join(dir, name))) {
        const entry = parseLine(line.text);
        if (entry) yield entry;
      }
    };
    let sessions = 0;
    if (format === 'xml') {
      // The XML log names its last session up front: count conversations first.
      for (const name of names) {
        let last: string | null = null;
        for await (const entry of entries(this.dir, name)) {
          if (entry.conversationId !== last) sessions++;
          last = entry.conversationId;
        }
      }
    }
    const writer = exportWriter(format, sessions);
    const handle = await open(path, 'w', 0o600);
    let count = 0;
    try {
      let pending = writer.start();
      for (const name of names) {
        pending += writer.contact(contactOfLog(name));
        for await (const entry of entries(this.dir, name)) {
          pending += writer.message(entry);
          count++;
          if (pending.length > 64 * 1024) {
            await handle.write(pending);
            pending = '';
          }
        }
      }
      await handle.write(pending + writer.end());
    } finally {
      await handle.close();
    }
    return count;
  }

  /** Contacts with a history, most recently written first. */
  async contacts(): Promise<string[]> {
    await this.settle();
    const files = await listLogs(this.dir);
    const dated = await Promise.all(
      files.map(async (file) => ({
        contact: contactOfLog(file),
        mtime: (await stat(join(this.dir, file)).catch(() => null))?.mtimeMs ?? 0,
      })),
    );
    return dated.sort((a, b) => b.mtime - a.mtime).map((item) => item.contact);
  }

  /** Deletes one contact's history, or all of it. */
  async clear(contact?: string): Promise<void> {
    await this.settle();
    await this.ready.catch(() => undefined);
    await this.handles.closeAll();
    if (contact) {
      const name = logNameFor(contact);
      await rm(join(this.dir, name), { force: true });
      this.logs.delete(name);
      await this.index.markDead(name);
      return;
    }
    for (const name of await listLogs(this.dir)) await rm(join(this.dir, name), { force: true });
    this.logs.clear();
    this.dirMade = false;
    await this.index.clear();
  }

  /** Resolves when every append issued so far is on disk. */
  async settle(): Promise<void> {
    await Promise.allSettled([...this.tails.values()]);
  }

  /** Finishes writing and closes the index (writing what it holds in memory). */
  async close(): Promise<void> {
    await this.settle();
    await this.ready.catch(() => undefined);
    await this.handles.closeAll();
    await this.index.close();
  }
}

async function probe(path: string): Promise<LogState> {
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
class AppendHandles {
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
