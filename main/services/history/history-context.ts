// The messages around a search result, read from its log: backwards a window at a time for
// the older ones, forwards line by line for the newer ones, so a huge log costs little.
import { open } from 'node:fs/promises';
import type { HistoryContext, HistoryHit } from '@shared/ipc/history';
import { MAX_LINE, parseLine, readLines } from './log-files';

/** A history request that cannot be served: the result's log or line is gone. */
export class ServiceHistoryError extends Error {}

/** How far back one read goes when collecting the older messages. */
const CONTEXT_WINDOW = 256 * 1024;

/**
 * `before` messages older than the line at `offset`, that line, and `after` newer ones; `ref`
 * (the result's reference, naming log `fileId` and `offset`) comes back as the context's `at`.
 */
export async function readContext(
  path: string,
  ref: string,
  fileId: number,
  offset: number,
  before: number,
  after: number,
): Promise<HistoryContext> {
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
