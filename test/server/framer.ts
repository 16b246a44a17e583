// Client→server MSNP framer for the local network: its own, independent of main/msnp/codec.
// reference: msnp8/README.md §3.1 (lines), §3.4 (payload commands and the reader's design rules).

/** One command from a client. `params` still holds the TrID (first) and the payload length. */
export interface Frame {
  name: string;
  params: string[];
  payload: Buffer | null;
}

export class FramingError extends Error {
  constructor(readonly kind: 'lineTooLong' | 'badPayloadLength' | 'payloadTooLarge') {
    super(`MSNP framing error: ${kind}`);
  }
}

/** Payload commands sent by clients in MSNP8 (msnp8/README.md §3.4): the length is the last parameter. */
export const CLIENT_PAYLOAD_COMMANDS: ReadonlySet<string> = new Set(['MSG', 'QRY', 'PAG']);

const MAX_LINE_BYTES = 16 * 1024; // msnp8/README.md §3.4 rule 3
const MAX_PAYLOAD_BYTES = 64 * 1024;

export class ServerFramer {
  private buffer: Buffer = Buffer.alloc(0);
  private pending: { name: string; params: string[]; length: number } | null = null;

  /** @param payloadLimit largest accepted payload per command (the SB's MSG limit is 1664). */
  constructor(private readonly payloadLimit: (name: string) => number = () => MAX_PAYLOAD_BYTES) {}

  /** Splits a chunk into frames; throws FramingError on input the server would drop the client for. */
  push(chunk: Buffer): Frame[] {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    const frames: Frame[] = [];
    for (;;) {
      if (this.pending) {
        if (this.buffer.length < this.pending.length) return frames;
        const payload = Buffer.from(this.buffer.subarray(0, this.pending.length));
        this.buffer = this.buffer.subarray(this.pending.length);
        frames.push({ name: this.pending.name, params: this.pending.params, payload });
        this.pending = null;
        continue;
      }
      const lf = this.buffer.indexOf(0x0a);
      if (lf < 0) {
        if (this.buffer.length > MAX_LINE_BYTES) throw new FramingError('lineTooLong');
        return frames;
      }
      if (lf > MAX_LINE_BYTES) throw new FramingError('lineTooLong');
      // Bytes are sliced before decoding (msnp8/README.md §3.4 rule 2); a bare LF is accepted (§3.1).
      let line = this.buffer.subarray(0, lf).toString('utf8');
      this.buffer = this.buffer.subarray(lf + 1);
      if (line.endsWith('\r')) line = line.slice(0, -1);
      const fields = line.split(' ').filter((f) => f !== '');
      const name = fields.shift();
      if (name === undefined) continue; // stray blank line
      if (!CLIENT_PAYLOAD_COMMANDS.has(name)) {
        frames.push({ name, params: fields, payload: null });
        continue;
      }
      const lengthText = fields[fields.length - 1] ?? '';
      const length = /^\d{1,9}$/.test(lengthText) ? Number(lengthText) : NaN;
      if (!Number.isInteger(length)) throw new FramingError('badPayloadLength');
      if (length > Math.min(this.payloadLimit(name), MAX_PAYLOAD_BYTES)) {
        throw new FramingError('payloadTooLarge');
      }
      this.pending = { name, params: fields, length };
    }
  }
}

/** One outgoing command line with CR LF (msnp8/README.md §3.1). */
export function commandLine(name: string, params: readonly (string | number)[]): Buffer {
  const text = params.length === 0 ? name : `${name} ${params.join(' ')}`;
  return Buffer.from(`${text}\r\n`, 'utf8');
}

/** A payload command: the length counts UTF-8 bytes and goes last (msnp8/README.md §3.4). */
export function payloadCommand(
  name: string,
  params: readonly (string | number)[],
  payload: Buffer | string,
): Buffer {
  const body = typeof payload === 'string' ? Buffer.from(payload, 'utf8') : payload;
  return Buffer.concat([commandLine(name, [...params, body.length]), body]);
}

/** msnp8/README.md §5: percent-encoded UTF-8; over-encoding is always safe. */
export function encodeName(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*~]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** msnp8/README.md §5 receiving rules: tolerant, never throws, a lone `%` stays literal. */
export function decodeName(text: string): string {
  const parts: Buffer[] = [];
  for (const token of text.match(/%[0-9a-fA-F]{2}|[^%]+|%/g) ?? []) {
    const escaped = token.length === 3 && token.startsWith('%') && token !== '%';
    parts.push(escaped ? Buffer.from([parseInt(token.slice(1), 16)]) : Buffer.from(token, 'utf8'));
  }
  return Buffer.concat(parts).toString('utf8');
}
