// Bringing in another client's logs: scan a folder the person chose (bounded), show what
// would be imported, then import in the background with progress and a way to cancel.
// Each imported message's content key is kept (history/imported.keys), so the same logs
// never import twice, whether they are chosen again or overlap.
import { createHash, randomUUID } from 'node:crypto';
import { appendFile, lstat, readFile, readdir } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import type { HistoryEntry } from '@shared/ipc/events';
import type {
  ImportFormat,
  ImportPreview,
  ImportProgress,
  ImportSource,
} from '@shared/ipc/history';
import { parseAmsn, looksLikeAmsn } from './amsn';
import type { ImportedMessage } from './imported-message';
import { PIDGIN_FILE, parsePidginHtml, parsePidginText } from './pidgin';

const MAX_FILES = 100_000;
const MAX_FILE_BYTES = 32 * 1024 * 1024;
const MAX_DEPTH = 10;

export interface ImportTarget {
  /** Writes one message into our history. */
  append(entry: HistoryEntry): Promise<void>;
  /** Orders the index by time again once an import is in (imported messages are old). */
  reindex(): Promise<void>;
  /** Where the import keys live. */
  readonly dir: string;
}

interface FoundFile {
  path: string;
  format: ImportFormat;
  account: string;
  contact: string;
}

interface ScannedSource extends ImportSource {
  paths: string[];
}

interface Pending {
  sources: Map<string, ScannedSource>;
  ownNames: Map<string, Set<string>>;
  cancelled: boolean;
  running: boolean;
}

const emailish = (text: string): boolean => /^[^\s@/\\]+@[^\s@/\\]+$/.test(text);

/** Where a file sits in Pidgin's or aMSN's folder layout, or null when it is not a log. */
async function classify(path: string): Promise<FoundFile | null> {
  const name = basename(path);
  const parts = path.split(sep);
  if (PIDGIN_FILE.test(name) && parts.length >= 3) {
    const contact = parts[parts.length - 2]!;
    const account = parts[parts.length - 3]!;
    if (contact === '.system') return null;
    return {
      path,
      format: /\.txt$/i.test(name) ? 'pidgin-text' : 'pidgin-html',
      account,
      contact: contact.toLowerCase(),
    };
  }
  if (/\.log$/i.test(name)) {
    const contact = name.slice(0, -4).toLowerCase();
    if (!emailish(contact)) return null;
    const logs = parts.lastIndexOf('logs');
    const account = logs > 0 ? parts[logs - 1]! : 'aMSN';
    return { path, format: 'amsn', account, contact };
  }
  return null;
}

async function walk(
  root: string,
  found: FoundFile[],
  skipped: { count: number },
  depth = 0,
): Promise<void> {
  if (depth > MAX_DEPTH || found.length + skipped.count >= MAX_FILES) return;
  let names: string[];
  try {
    names = await readdir(root);
  } catch {
    return;
  }
  for (const name of names.sort()) {
    if (found.length + skipped.count >= MAX_FILES) return;
    const path = join(root, name);
    const info = await lstat(path).catch(() => null);
    if (!info || info.isSymbolicLink()) continue;
    if (info.isDirectory()) await walk(path, found, skipped, depth + 1);
    else if (info.isFile()) {
      const file = info.size <= MAX_FILE_BYTES ? await classify(path) : null;
      if (file) found.push(file);
      else skipped.count++;
    }
  }
}

async function parseFile(file: { path: string; format: ImportFormat }): Promise<ImportedMessage[]> {
  const bytes = await readFile(file.path);
  const name = basename(file.path);
  if (file.format === 'pidgin-html') return parsePidginHtml(bytes, name).messages;
  if (file.format === 'pidgin-text') return parsePidginText(bytes, name).messages;
  if (!looksLikeAmsn(bytes)) return [];
  const year = (await lstat(file.path)).mtime.getUTCFullYear();
  return parseAmsn(bytes, year).messages;
}

/** Identifies a message by what it says, who said it, to whom and when. */
export const contentKey = (contact: string, message: ImportedMessage): string =>
  createHash('sha256')
    .update(`${contact}\u0000${message.time}\u0000${message.sender}\u0000${message.text}`)
    .digest('base64url')
    .slice(0, 22);

export class HistoryImporter {
  private pending: { id: string; state: Pending } | null = null;
  private keys: Set<string> | null = null;

  constructor(
    private readonly target: ImportTarget,
    private readonly emit: (progress: ImportProgress) => void,
  ) {}

  private get keysPath(): string {
    return join(this.target.dir, 'imported.keys');
  }

  private async loadKeys(): Promise<Set<string>> {
    if (!this.keys) {
      const text = await readFile(this.keysPath, 'utf8').catch(() => '');
      this.keys = new Set(text.split('\n').filter((k) => k.length > 0));
    }
    return this.keys;
  }

  /** Scans a folder: which accounts' and contacts' logs are there, and what is new. */
  async preview(folder: string): Promise<ImportPreview> {
    if (this.pending?.state.running) throw new Error('An import is already running.');
    const found: FoundFile[] = [];
    const skipped = { count: 0 };
    await walk(folder, found, skipped);
    const keys = await this.loadKeys();
    const sources = new Map<string, ScannedSource>();
    // Which names speak in which contacts' logs, per account: the one in many is us.
    const speakers = new Map<string, Map<string, Set<string>>>();
    const ownNames = new Map<string, Set<string>>();
    for (const file of found) {
      const messages = await parseFile(file).catch(() => []);
      if (messages.length === 0) {
        skipped.count++;
        continue;
      }
      const id = `${file.format}\u0000${file.account}\u0000${file.contact}`;
      let source = sources.get(id);
      if (!source) {
        source = {
          id: createHash('sha256').update(id).digest('base64url').slice(0, 16),
          format: file.format,
          account: file.account,
          contact: file.contact,
          files: 0,
          messages: 0,
          newMessages: 0,
          first: null,
          last: null,
          paths: [],
        };
        sources.set(id, source);
      }
      source.files++;
      source.paths.push(file.path);
      const names = speakers.get(file.account) ?? new Map<string, Set<string>>();
      speakers.set(file.account, names);
      const own =
        ownNames.get(file.account) ??
        new Set<string>([file.account.toLowerCase(), file.account.split('@')[0]!.toLowerCase()]);
      ownNames.set(file.account, own);
      for (const message of messages) {
        source.messages++;
        if (!keys.has(contentKey(file.contact, message))) source.newMessages++;
        source.first = Math.min(source.first ?? message.time, message.time);
        source.last = Math.max(source.last ?? message.time, message.time);
        const sender = message.sender.toLowerCase();
        const contacts = names.get(sender) ?? new Set<string>();
        contacts.add(file.contact);
        names.set(sender, contacts);
        if (message.direction === 'out') own.add(sender);
      }
    }
    for (const [account, names] of speakers) {
      for (const [name, contacts] of names) if (contacts.size > 1) ownNames.get(account)!.add(name);
    }
    const id = randomUUID();
    const byId = new Map([...sources.values()].map((s) => [s.id, s]));
    this.pending = { id, state: { sources: byId, ownNames, cancelled: false, running: false } };
    return {
      importId: id,
      sources: [...byId.values()].map(({ paths: _paths, ...source }) => source),
      skippedFiles: skipped.count,
    };
  }

  /** Starts importing the chosen sources of a preview; progress comes as events. */
  start(importId: string, sourceIds: string[]): void {
    const pending = this.pending;
    if (!pending || pending.id !== importId)
      throw new Error('That import is no longer available; choose the folder again.');
    if (pending.state.running) throw new Error('That import is already running.');
    pending.state.running = true;
    const chosen = sourceIds
      .map((id) => pending.state.sources.get(id))
      .filter((s) => s !== undefined);
    void this.run(importId, pending.state, chosen);
  }

  cancel(importId: string): void {
    if (this.pending?.id === importId) this.pending.state.cancelled = true;
  }

  private async run(importId: string, state: Pending, sources: ScannedSource[]): Promise<void> {
    const total = sources.reduce((n, s) => n + s.newMessages, 0);
    const progress: ImportProgress = {
      importId,
      state: 'running',
      done: 0,
      total,
      imported: 0,
      skipped: 0,
    };
    let lastEmit = 0;
    const report = (force = false): void => {
      const now = Date.now();
      if (force || now - lastEmit > 100) {
        lastEmit = now;
        this.emit({ ...progress });
      }
    };
    report(true);
    try {
      const keys = await this.loadKeys();
      for (const source of sources) {
        const own = state.ownNames.get(source.account) ?? new Set<string>();
        for (const path of source.paths) {
          const messages = await parseFile({ path, format: source.format });
          const written: string[] = [];
          const conversation = `import-${createHash('sha256')
            .update(relative(dirname(path), path) + path)
            .digest('base64url')
            .slice(0, 12)}`;
          for (const message of messages) {
            if (state.cancelled) break;
            const key = contentKey(source.contact, message);
            if (keys.has(key)) {
              progress.skipped++;
              continue;
            }
            const out = message.direction
              ? message.direction === 'out'
              : own.has(message.sender.toLowerCase());
            await this.target.append({
              contact: source.contact,
              conversationId: `${conversation}-${message.session}`,
              direction: out ? 'out' : 'in',
              from: out ? (emailish(source.account) ? source.account : '') : source.contact,
              fromName: message.sender,
              text: message.text,
              time: message.time,
            });
            keys.add(key);
            written.push(key);
            progress.imported++;
            progress.done++;
            report();
          }
          if (written.length > 0)
            await appendFile(this.keysPath, `${written.join('\n')}\n`, { mode: 0o600 });
          if (state.cancelled) break;
        }
        if (state.cancelled) break;
      }
      if (progress.imported > 0) await this.target.reindex();
      progress.state = state.cancelled ? 'cancelled' : 'done';
    } catch (error) {
      progress.state = 'failed';
      progress.message = `The import stopped: ${error instanceof Error ? error.message : String(error)}`;
    } finally {
      state.running = false;
      if (this.pending?.state === state) this.pending = null;
    }
    report(true);
  }
}
