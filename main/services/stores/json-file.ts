// JSON files in the user-data folder: written atomically (write-file-atomic: temp file then
// rename, so a crash leaves the old or the new file, never half of one) and validated on read.
// A file that does not parse or fails its schema is set aside as `*.corrupt-<time>` and the
// caller starts from its fallback: a damaged file never crashes the app. A failed write
// rejects with words for a person, and the stores commit to memory only after the write.
import { readFile, rename } from 'node:fs/promises';
import writeFileAtomic from 'write-file-atomic';
import type { z } from 'zod';
import { ServiceError } from '../service-error';

export interface CorruptFileNotice {
  path: string;
  movedTo: string;
  reason: string;
}

export type CorruptFileListener = (notice: CorruptFileNotice) => void;

export async function readJsonFile<S extends z.ZodType>(
  path: string,
  schema: S,
  onCorrupt: CorruptFileListener,
): Promise<z.output<S> | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    // Unreadable (a folder in its place, permissions): defaults, and say so.
    onCorrupt({ path, movedTo: path, reason: 'it cannot be read' });
    return null;
  }
  let reason: string;
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
    reason = 'its contents are not what this version expects';
  } catch {
    reason = 'it is not valid JSON';
  }
  const movedTo = `${path}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  try {
    await rename(path, movedTo);
    onCorrupt({ path, movedTo, reason });
  } catch {
    // Cannot move it (permissions?): still start from defaults; the next save replaces it.
    onCorrupt({ path, movedTo: path, reason });
  }
  return null;
}

/** A write that did not reach the disk; its message is for a person (the request fails). */
export class JsonWriteError extends ServiceError {
  constructor(what: string, cause: unknown) {
    super(
      'failed',
      `${what} could not be saved (${writeFailureReason(cause)}). Nothing was changed.`,
    );
    this.name = 'JsonWriteError';
    this.cause = cause;
  }
}

function writeFailureReason(error: unknown): string {
  switch ((error as NodeJS.ErrnoException | undefined)?.code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full';
    case 'EROFS':
      return 'the disk is read-only';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return 'the file could not be written';
  }
}

/** Writes are serialised per path so an older snapshot never overwrites a newer one. */
const pending = new Map<string, Promise<void>>();

/**
 * Writes `value` as JSON; rejects with JsonWriteError (words naming `what`) when it does not
 * reach the disk. Callers change their in-memory copy only after this resolves.
 */
export function writeJsonFile(path: string, value: unknown, what = 'The change'): Promise<void> {
  const previous = pending.get(path) ?? Promise.resolve();
  const text = `${JSON.stringify(value, null, 2)}\n`;
  const next = previous
    .catch(() => undefined)
    .then(() => writeFileAtomic(path, text, { mode: 0o600 }))
    .catch((error: unknown) => {
      throw new JsonWriteError(what, error);
    });
  pending.set(path, next);
  // The clean-up must not leave a second, unobserved rejected promise behind (the caller
  // handles `next` itself).
  const forget = (): void => {
    if (pending.get(path) === next) pending.delete(path);
  };
  next.then(forget, forget);
  return next;
}

/**
 * Runs a store's updates one after another, so each computes its next value from the last
 * one that was saved (an update that failed leaves nothing behind).
 */
export class SerialUpdates {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(update: () => Promise<T>): Promise<T> {
    const next = this.tail.then(update);
    this.tail = next.catch(() => undefined);
    return next;
  }
}
