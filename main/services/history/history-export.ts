// Exporting history to a file: logs are streamed entry by entry into the chosen format, so
// memory does not grow with the history.
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import type { HistoryEntry } from '@shared/ipc/events';
import type { HistoryExportFormat } from '@shared/ipc/history';
import { exportWriter } from './export-formats';
import { contactOfLog, parseLine, readLines } from './log-files';

/** Writes the logs `names` (in `dir`) to `path`; returns how many messages it wrote. */
export async function writeExport(
  dir: string,
  names: string[],
  format: HistoryExportFormat,
  path: string,
): Promise<number> {
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
      for await (const entry of entries(dir, name)) {
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
      for await (const entry of entries(dir, name)) {
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
