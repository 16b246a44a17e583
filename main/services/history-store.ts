// Message history: one append-only JSON-lines file per contact in `<userData>/history/`.
// Each message is one appended line, so a crash loses at most the line being written; a
// damaged line is skipped on read, never fatal.
import { appendFile, mkdir, open, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { HistoryEntry } from '../../shared/ipc/events';

const entrySchema = z.object({
  contact: z.string(),
  conversationId: z.string(),
  direction: z.enum(['in', 'out']),
  from: z.string(),
  fromName: z.string(),
  text: z.string(),
  time: z.number(),
});

const SUFFIX = '.jsonl';

/** A file name that is safe on every OS and maps back to the e-mail. */
const fileNameFor = (contact: string): string =>
  `${encodeURIComponent(contact.trim().toLowerCase()).replace(/\*/g, '%2A')}${SUFFIX}`;

export interface HistoryQuery {
  contact?: string;
  text?: string;
  limit: number;
}

export class HistoryStore {
  private readonly dir: string;
  /** Appends are chained per file so lines never interleave. */
  private readonly tails = new Map<string, Promise<void>>();
  /** Files whose last line we have checked is complete (this run). */
  private readonly checked = new Set<string>();

  constructor(userDataDir: string) {
    this.dir = join(userDataDir, 'history');
  }

  append(entry: HistoryEntry): Promise<void> {
    const path = join(this.dir, fileNameFor(entry.contact));
    const line = `${JSON.stringify(entry)}\n`;
    const next = (this.tails.get(path) ?? Promise.resolve())
      .catch(() => undefined)
      .then(async () => {
        await mkdir(this.dir, { recursive: true, mode: 0o700 });
        // A line torn by an earlier crash must not swallow this one: start on a fresh line.
        const prefix = this.checked.has(path) || (await endsWithNewline(path)) ? '' : '\n';
        this.checked.add(path);
        await appendFile(path, prefix + line, { encoding: 'utf8', mode: 0o600 });
      });
    this.tails.set(path, next);
    return next;
  }

  /** The most recent `limit` matching entries, oldest first. */
  async query(query: HistoryQuery): Promise<HistoryEntry[]> {
    await this.settle();
    const files = query.contact ? [fileNameFor(query.contact)] : await this.files();
    const needle = query.text?.toLocaleLowerCase();
    const seen = new Set<string>();
    const found: HistoryEntry[] = [];
    for (const file of files) {
      for (const entry of await this.readFile(file)) {
        if (needle && !entry.text.toLocaleLowerCase().includes(needle)) continue;
        // A group conversation is logged under each participant: list it once.
        const id = `${entry.conversationId}\u0000${entry.time}\u0000${entry.from}\u0000${entry.text}`;
        if (!query.contact && seen.has(id)) continue;
        seen.add(id);
        found.push(entry);
      }
    }
    found.sort((a, b) => a.time - b.time);
    return found.slice(-query.limit);
  }

  /** Contacts with a history, most recently written first. */
  async contacts(): Promise<string[]> {
    await this.settle();
    const files = await this.files();
    const dated = await Promise.all(
      files.map(async (file) => ({
        contact: decodeURIComponent(file.slice(0, -SUFFIX.length)),
        mtime: (await stat(join(this.dir, file))).mtimeMs,
      })),
    );
    return dated.sort((a, b) => b.mtime - a.mtime).map((item) => item.contact);
  }

  async clear(contact?: string): Promise<void> {
    await this.settle();
    const files = contact ? [fileNameFor(contact)] : await this.files();
    await Promise.all(files.map((file) => rm(join(this.dir, file), { force: true })));
  }

  /** Resolves when every append issued so far is on disk. */
  async settle(): Promise<void> {
    await Promise.allSettled([...this.tails.values()]);
  }

  private async files(): Promise<string[]> {
    try {
      return (await readdir(this.dir)).filter((name) => name.endsWith(SUFFIX));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  }

  private async readFile(file: string): Promise<HistoryEntry[]> {
    let text: string;
    try {
      text = await readFile(join(this.dir, file), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const entries: HistoryEntry[] = [];
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      try {
        const parsed = entrySchema.safeParse(JSON.parse(line));
        if (parsed.success) entries.push(parsed.data);
      } catch {
        // A line cut short by a crash: skip it, keep the rest.
      }
    }
    return entries;
  }
}

async function endsWithNewline(path: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw error;
  }
  try {
    const { size } = await handle.stat();
    if (size === 0) return true;
    const last = Buffer.alloc(1);
    await handle.read(last, 0, 1, size - 1);
    return last[0] === 0x0a;
  } finally {
    await handle.close();
  }
}
