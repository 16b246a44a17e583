// The newest messages' part of the index, in memory until it is written as a segment. It is
// rebuilt from the logs after a crash (the manifest only records what segments hold).
export const DOC_BYTES = 24;

export class MemSegment {
  readonly fileIds: number[] = [];
  readonly offsets: number[] = [];
  readonly lengths: number[] = [];
  readonly times: number[] = [];
  readonly postings = new Map<number, number[]>();
  /** Per log file, the end of the last line indexed here. */
  readonly fileEnds = new Map<number, number>();

  constructor(readonly first: number) {}

  get count(): number {
    return this.fileIds.length;
  }

  get end(): number {
    return this.first + this.fileIds.length;
  }

  add(fileId: number, offset: number, length: number, time: number, keys: number[]): number {
    const id = this.end;
    this.fileIds.push(fileId);
    this.offsets.push(offset);
    this.lengths.push(length);
    this.times.push(time);
    for (const key of keys) {
      const list = this.postings.get(key);
      if (list) list.push(id);
      else this.postings.set(key, [id]);
    }
    this.fileEnds.set(fileId, offset + length + 1);
    return id;
  }

  has(id: number): boolean {
    return id >= this.first && id < this.end;
  }

  meta(id: number): DocMeta {
    const i = id - this.first;
    return {
      fileId: this.fileIds[i]!,
      offset: this.offsets[i]!,
      length: this.lengths[i]!,
      time: this.times[i]!,
    };
  }

  /** The documents' table rows, as docs.bin stores them. */
  rows(): Buffer {
    const buffer = Buffer.alloc(this.count * DOC_BYTES);
    for (let i = 0; i < this.count; i++) {
      writeRow(buffer, i * DOC_BYTES, this.meta(this.first + i));
    }
    return buffer;
  }
}

export interface DocMeta {
  fileId: number;
  offset: number;
  length: number;
  time: number;
}

export function writeRow(buffer: Buffer, at: number, meta: DocMeta): void {
  buffer.writeUInt32LE(meta.fileId, at);
  buffer.writeUInt32LE(meta.length, at + 4);
  buffer.writeDoubleLE(meta.offset, at + 8);
  buffer.writeDoubleLE(meta.time, at + 16);
}

export function readRow(buffer: Buffer, at: number): DocMeta {
  return {
    fileId: buffer.readUInt32LE(at),
    length: buffer.readUInt32LE(at + 4),
    offset: buffer.readDoubleLE(at + 8),
    time: buffer.readDoubleLE(at + 16),
  };
}
