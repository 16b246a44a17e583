// The index manifest (manifest.json): which segments make up the index, how many rows the
// message table holds, and how far into each log the written segments reach. It is written
// atomically after the files it names, so a crash leaves either the old index or the new one.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';
import type { Segment } from './segment';

export const MANIFEST = 'manifest.json';
export const DOCS = 'docs.bin';

const manifestSchema = z.object({
  version: z.literal(1),
  docs: z.number().int().min(0),
  nextSegment: z.number().int().min(0),
  /** Message ids are in time order (a rebuild sorts them; live messages keep it mostly). */
  ordered: z.boolean().optional(),
  segments: z.array(
    z.object({
      name: z.string().regex(/^seg-\d+\.seg$/),
      first: z.number().int().min(0),
      count: z.number().int().min(0),
      bytes: z.number().int().min(0),
    }),
  ),
  files: z.array(
    z.object({
      id: z.number().int().min(0),
      name: z.string().min(1).max(1024),
      indexed: z.number().int().min(0),
      dead: z.boolean().optional(),
    }),
  ),
});

export type Manifest = z.infer<typeof manifestSchema>;

export interface FileRecord {
  id: number;
  name: string;
  /** Bytes of the log that written segments cover. */
  indexed: number;
  /** Bytes of the log indexed so far, in memory included. */
  end: number;
  dead: boolean;
}

/** The index is missing or damaged: it gets rebuilt from the logs. */
export class IndexDamaged extends Error {}

/** The manifest in `dir`, or null when none was written yet. */
export async function readManifest(dir: string): Promise<Manifest | null> {
  let text: string;
  try {
    text = await readFile(join(dir, MANIFEST), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return null;
  }
  try {
    return manifestSchema.parse(JSON.parse(text));
  } catch {
    throw new IndexDamaged('the index manifest is damaged');
  }
}

export async function writeManifestFile(
  dir: string,
  state: {
    docs: number;
    nextSegment: number;
    ordered: boolean;
    segments: readonly Segment[];
    records: Iterable<FileRecord>;
  },
): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const manifest: Manifest = {
    version: 1,
    docs: state.docs,
    nextSegment: state.nextSegment,
    ordered: state.ordered,
    segments: state.segments.map((s) => s.info),
    files: [...state.records].map((r) => ({
      id: r.id,
      name: r.name,
      indexed: r.indexed,
      ...(r.dead ? { dead: true } : {}),
    })),
  };
  await writeFileAtomic(join(dir, MANIFEST), JSON.stringify(manifest), { mode: 0o600 });
}
