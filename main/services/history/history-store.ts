// Message history: one append-only JSON-lines file per contact in `<userData>/history/` (the
// durable record), and a search index beside them (history/history-index.ts). A crash or a
// full disk loses at most the line being written: the next append starts on a fresh line,
// readers skip a torn line, and the index catches up from the logs on the next start.
import { mkdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { HistoryEntry } from '@shared/ipc/events';
import type { HistoryContext, HistoryExportFormat, HistoryPage } from '@shared/ipc/history';
import { ServiceHistoryError, readContext } from './history-context';
import { writeExport } from './history-export';
import { HistoryIndex } from './history-index';
import { AppendHandles, probe } from './log-append';
import type { LogState } from './log-append';
import { contactOfLog, listLogs, logNameFor } from './log-files';
import { parseQuery } from './tokenize';

// Kept importable from here, where the history's other public names are.
export { ServiceHistoryError } from './history-context';

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
    return readContext(path, ref, fileId, offset, before, after);
  }

  /**
   * Writes one contact's history, or everyone's (contact by contact), to `path` in a format,
   * streaming: memory does not grow with the history. Returns how many messages it wrote.
   */
  async export(format: HistoryExportFormat, path: string, contact?: string): Promise<number> {
    await this.settle();
    const names = contact ? [logNameFor(contact)] : await listLogs(this.dir);
    return writeExport(this.dir, names, format, path);
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
