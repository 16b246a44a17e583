// Reassembly of multi-packet messages from peers that split them despite our capability 0.
// reference: switchboard.md §6.1 — first part: Message-ID + Chunks: n; then Message-ID + Chunk: i
import { buildMime, header, parseMime } from './mime';

const MAX_CHUNKS = 64;
const MAX_PENDING = 16;
const MAX_BYTES = 64 * 1024;

interface Pending {
  headers: [string, string][];
  total: number;
  parts: Map<number, Buffer>;
  bytes: number;
}

/** Pass-through for ordinary payloads; holds chunk parts until the message is whole. */
export class ChunkAssembler {
  private readonly pending = new Map<string, Pending>();

  /** The whole payload when `payload` completes one (or is not chunked); null while waiting. */
  push(from: string, payload: Buffer): Buffer | null {
    const message = parseMime(payload);
    const id = header(message, 'Message-ID');
    const chunks = header(message, 'Chunks');
    const chunk = header(message, 'Chunk');
    if (id === undefined || (chunks === undefined && chunk === undefined)) return payload;
    const key = `${from}\u0000${id.trim()}`;
    if (chunks !== undefined) {
      const total = Number(chunks.trim());
      if (!Number.isInteger(total) || total < 1 || total > MAX_CHUNKS) return payload;
      if (this.pending.size >= MAX_PENDING) {
        this.pending.delete(this.pending.keys().next().value as string); // drop the oldest
      }
      const headers = message.headers.filter(([k]) => !/^(message-id|chunks)$/i.test(k));
      this.pending.set(key, { headers, total, parts: new Map([[0, message.body]]), bytes: 0 });
    } else {
      const entry = this.pending.get(key);
      const index = Number(chunk!.trim());
      if (!entry || !Number.isInteger(index) || index < 1 || index >= entry.total) return null;
      entry.parts.set(index, message.body);
    }
    const entry = this.pending.get(key)!;
    entry.bytes = [...entry.parts.values()].reduce((n, b) => n + b.length, 0);
    if (entry.bytes > MAX_BYTES) {
      this.pending.delete(key);
      return null;
    }
    if (entry.parts.size < entry.total) return null;
    this.pending.delete(key);
    const body = Buffer.concat(
      [...entry.parts.entries()].sort(([a], [b]) => a - b).map(([, b]) => b),
    );
    const contentType = entry.headers.find(([k]) => k.toLowerCase() === 'content-type')?.[1] ?? '';
    const rest = entry.headers.filter(([k]) => !/^(mime-version|content-type)$/i.test(k));
    return buildMime(contentType, rest, body);
  }
}
