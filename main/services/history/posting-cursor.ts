// One word's message ids, walked newest first across the in-memory parts and the written
// segments; a search moves several of these together (a leapfrog join).
import { MemSegment } from './mem-segment';
import type { Segment } from './segment';

/** Ids read from a segment at a time: bounds memory for words found in most messages. */
const ID_BLOCK = 8192;

/** Walks one word's ids downwards across the in-memory parts and the segments, newest first. */
export class PostingCursor {
  private source = -1;
  private block: ArrayLike<number> = [];
  /** Ids of the current source not loaded yet: [start, blockStart). */
  private start = 0;
  private blockStart = 0;
  private pos = -1;
  private readonly sources: (MemSegment | Segment)[];

  constructor(
    private readonly key: number,
    segments: Segment[],
    mems: MemSegment[],
  ) {
    this.sources = [...[...mems].reverse(), ...[...segments].reverse()];
  }

  /** The largest id ≤ target this word holds, or -1. Targets only ever go down. */
  async seek(target: number): Promise<number> {
    for (;;) {
      if (this.pos < 0) {
        if (!(await this.loadBlock(target))) return -1;
        continue;
      }
      if (this.block[0]! > target) {
        this.pos = -1;
        if (this.blockStart <= this.start) this.block = [];
        continue;
      }
      // Largest index with block[i] ≤ target, searching below the current position.
      let lo = 0;
      let hi = Math.min(this.pos, this.block.length - 1);
      if (this.block[hi]! <= target) return this.block[hi]!;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (this.block[mid]! <= target) lo = mid;
        else hi = mid - 1;
      }
      this.pos = lo;
      return this.block[lo]!;
    }
  }

  /** Loads the previous block of ids (moving to older sources as they run out). */
  private async loadBlock(target: number): Promise<boolean> {
    for (;;) {
      if (this.block.length > 0 && this.blockStart > this.start) {
        const source = this.sources[this.source] as Segment;
        const from = Math.max(this.start, this.blockStart - ID_BLOCK);
        this.block = await source.ids(from, this.blockStart - from);
        this.blockStart = from;
        this.pos = this.block.length - 1;
        return true;
      }
      this.source++;
      const source = this.sources[this.source];
      if (!source) return false;
      if (source instanceof MemSegment) {
        if (source.first > target) continue;
        const list = source.postings.get(this.key);
        if (!list || list.length === 0) continue;
        this.block = list;
        this.start = 0;
        this.blockStart = 0;
        this.pos = list.length - 1;
        return true;
      }
      if (source.info.first > target) continue;
      const found = await source.find(this.key);
      if (!found || found.count === 0) continue;
      this.start = found.start;
      const from = Math.max(found.start, found.start + found.count - ID_BLOCK);
      this.block = await source.ids(from, found.start + found.count - from);
      this.blockStart = from;
      this.pos = this.block.length - 1;
      return true;
    }
  }
}
