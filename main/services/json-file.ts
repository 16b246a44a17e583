// JSON files in the user-data folder: written atomically (write-file-atomic: temp file then
// rename, so a crash leaves the old or the new file, never half of one) and validated on read.
// A file that does not parse or fails its schema is set aside as `*.corrupt-<time>` and the
// caller starts from its fallback: a damaged file never crashes the app.
import { readFile, rename } from 'node:fs/promises';
import writeFileAtomic from 'write-file-atomic';
import type { z } from 'zod';

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

/** Writes are serialised per path so an older snapshot never overwrites a newer one. */
const pending = new Map<string, Promise<void>>();

export function writeJsonFile(path: string, value: unknown): Promise<void> {
  const previous = pending.get(path) ?? Promise.resolve();
  const next = previous
    .catch(() => undefined)
    .then(() => writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`, { mode: 0o600 }));
  pending.set(path, next);
  void next.finally(() => {
    if (pending.get(path) === next) pending.delete(path);
  });
  return next;
}
