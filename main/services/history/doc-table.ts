// The message table (docs.bin: one fixed-size row per message id) as a search reads it: a
// block at a time, so memory stays bounded however long the history is.
import type { FileHandle } from 'node:fs/promises';
import { DOC_BYTES, readRow } from './mem-segment';
import type { DocMeta, MemSegment } from './mem-segment';

const DOC_BLOCK = 2048;

/** The message table, read a block at a time with a few blocks kept. */
export class DocTable {
  private readonly blocks = new Map<number, Buffer>();

  constructor(
    private readonly handle: FileHandle | null,
    private readonly mems: MemSegment[],
  ) {}

  async get(id: number): Promise<DocMeta | null> {
    for (const mem of this.mems) if (mem.has(id)) return mem.meta(id);
    if (!this.handle) return null;
    const block = Math.floor(id / DOC_BLOCK);
    let buffer = this.blocks.get(block);
    if (!buffer) {
      buffer = Buffer.alloc(DOC_BLOCK * DOC_BYTES);
      const { bytesRead } = await this.handle.read(
        buffer,
        0,
        buffer.length,
        block * DOC_BLOCK * DOC_BYTES,
      );
      buffer = buffer.subarray(0, bytesRead);
      if (this.blocks.size >= 8) this.blocks.delete(this.blocks.keys().next().value as number);
      this.blocks.set(block, buffer);
    }
    const at = (id - block * DOC_BLOCK) * DOC_BYTES;
    return at + DOC_BYTES <= buffer.length ? readRow(buffer, at) : null;
  }
}

/** The first id whose time is at or after `time` (ids in time order), or `total`. */
export async function firstAtOrAfter(
  table: DocTable,
  total: number,
  time: number,
): Promise<number> {
  let lo = 0;
  let hi = total;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    const meta = await table.get(mid);
    if (meta && meta.time < time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
