// Incremental, bounded, total parser for the server → client MSNP byte stream.
// reference: msnp8/README.md §3.1 (lines), §3.2 (TrIDs), §3.4 (payload commands and reader rules)
//
// Two paths, one set of line rules (text-lines.ts). The fast path decodes up to TEXT_WINDOW
// bytes of a chunk at once as latin1 and reads lines and fields from that string; it is used
// for runs of lines that one isAscii call shows to be ASCII, which command lines are in
// practice (msnp8/README.md §5: everything else is URL-encoded). The byte path decodes one line as
// UTF-8: lines that span chunks, are longer than the window, or hold other bytes.
//
// Payloads are sliced from the Buffers by their byte length, copied, and never decoded here.
// Bytes carried from an earlier chunk hold no LF and are never scanned again, and the
// unconsumed tail of a chunk is only copied once the line or payload it belongs to is
// complete (one Buffer.concat per line or payload that spans chunks).
//
// Memory: a parameter of 13 or more characters is a V8 sliced string that keeps its whole
// window string (at most TEXT_WINDOW bytes) alive while it is kept. Lines arriving together
// share windows, so a kept contact list pins about its own size; the worst case is one
// window per kept parameter.

import { isAscii } from 'node:buffer';
import type { MsnpCommand, ParseEvent } from './command';
import type { MsnpProtocolError } from './protocol-error';
import { MAX_LINE_BYTES, MAX_PAYLOAD_BYTES } from './command';
import { LF, TEXT_WINDOW } from './line-syntax';
import { PROTOCOL_ERRORS } from './protocol-error';
import { LINE_DONE, PAYLOAD_LINE, parseTextLine, textPayloadHead } from './text-lines';

interface PendingPayload {
  name: string;
  params: string[];
  length: number;
}

function isDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

function copyOf(buf: Buffer, start: number, end: number): Buffer {
  // A copy, so a stored payload never pins the (much larger) socket chunk it came in.
  const out = Buffer.allocUnsafe(end - start);
  buf.copy(out, 0, start, end);
  return out;
}

/** True when buf[start, end) holds only ASCII bytes (one native call, no Buffer object). */
function isAsciiRange(buf: Buffer, start: number, end: number): boolean {
  return isAscii(new Uint8Array(buf.buffer, buf.byteOffset + start, end - start));
}

const lineTooLong = (): MsnpProtocolError => PROTOCOL_ERRORS.lineTooLong;

export class CommandParser {
  /** Unconsumed bytes of an incomplete line (holding no LF) or of an incomplete payload. */
  private carry: Buffer[] = [];
  private carryBytes = 0;
  /** Set while the bytes of this payload are being collected. */
  private pending: PendingPayload | null = null;
  /** Skipping an over-long line up to its LF, without buffering it. */
  private discardingLine = false;
  /** Bytes of an over-large payload still to be skipped, without buffering them. */
  private discardBytes = 0;

  /** Forgets all buffered state, e.g. before reusing the parser for a new connection. */
  reset(): void {
    this.carry = [];
    this.carryBytes = 0;
    this.pending = null;
    this.discardingLine = false;
    this.discardBytes = 0;
  }

  /**
   * Feeds the next bytes of the stream and returns every command (or protocol error) they
   * complete. Any split of the same stream into chunks yields the same events. Never throws.
   */
  push(chunk: Buffer): ParseEvent[] {
    const events: ParseEvent[] = [];
    const end = chunk.length;
    let pos = 0;
    while (pos < end) {
      if (this.discardBytes > 0) {
        const n = Math.min(this.discardBytes, end - pos);
        this.discardBytes -= n;
        pos += n;
        continue;
      }
      if (this.discardingLine) {
        const lf = chunk.indexOf(LF, pos);
        if (lf < 0) return events;
        this.discardingLine = false;
        pos = lf + 1;
        continue;
      }
      if (this.pending !== null) {
        pos = this.takePayload(chunk, pos, events);
        continue;
      }
      if (this.carryBytes === 0) {
        const next = this.parseRun(chunk, pos, events);
        if (next !== pos) {
          pos = next;
          continue;
        }
      }
      // A line begun in an earlier chunk, one longer than the text window, or the start of
      // a line whose LF has not arrived: the byte path.
      const lf = chunk.indexOf(LF, pos);
      if (lf < 0) {
        this.holdPartialLine(chunk, pos, events);
        return events;
      }
      if (this.carryBytes > 0) {
        // The line began in an earlier chunk: those bytes hold no LF and are not rescanned.
        const total = this.carryBytes + (lf - pos);
        if (total > MAX_LINE_BYTES) {
          events.push({ kind: 'error', error: lineTooLong() });
        } else {
          this.carry.push(chunk.subarray(pos, lf));
          const line = Buffer.concat(this.carry, total);
          this.parseLine(line, 0, total, events);
        }
        this.carry = [];
        this.carryBytes = 0;
      } else if (lf - pos > MAX_LINE_BYTES) {
        events.push({ kind: 'error', error: lineTooLong() });
      } else {
        this.parseLine(chunk, pos, lf, events);
      }
      pos = lf + 1;
    }
    return events;
  }

  /**
   * The fast path: parses the complete lines from pos (a line start, nothing carried) out of
   * latin1 windows of the chunk, taking the payloads that follow within the chunk. Returns
   * where it stopped: the chunk end, a line it leaves to the byte path (no LF in this chunk,
   * or longer than a window), or the start of a payload to skip.
   *
   * latin1 maps byte i to character i, so offsets in the window are byte offsets; for ASCII
   * bytes it also equals the UTF-8 decoding. Each run of lines up to a payload is therefore
   * checked with one isAscii call (none when the whole window is ASCII), and a run that is
   * not ASCII is parsed again by the byte path, which decodes UTF-8 per line.
   */
  private parseRun(chunk: Buffer, pos: number, events: ParseEvent[]): number {
    const end = chunk.length;
    let base = pos;
    let limit = Math.min(end, pos + TEXT_WINDOW);
    let text = chunk.toString('latin1', base, limit);
    let ascii = isAsciiRange(chunk, base, limit);
    let runStart = pos;
    let mark = events.length;
    for (;;) {
      const lfAt = text.indexOf('\n', pos - base);
      if (lfAt < 0) {
        // The rest of the window holds no LF: settle the run, then move the window on.
        if (!ascii && runStart < pos && !isAsciiRange(chunk, runStart, pos)) {
          events.length = mark;
          this.replay(chunk, runStart, pos, events);
        }
        if (limit === end || pos === base) return pos;
        base = pos;
        limit = Math.min(end, pos + TEXT_WINDOW);
        text = chunk.toString('latin1', base, limit);
        ascii = isAsciiRange(chunk, base, limit);
        runStart = pos;
        mark = events.length;
        continue;
      }
      const lf = base + lfAt;
      if (parseTextLine(text, pos - base, lfAt, events) === LINE_DONE) {
        pos = lf + 1;
        continue;
      }
      // A payload command ends the run: settle it before the payload changes any state.
      if (!ascii && !isAsciiRange(chunk, runStart, lf)) {
        events.length = mark;
        this.replay(chunk, runStart, lf + 1, events);
      } else {
        const head = textPayloadHead(text, pos - base, lfAt);
        this.startPayload(head.name, head.params, events);
      }
      pos = lf + 1;
      if (this.pending !== null) pos = this.takePayload(chunk, pos, events);
      if (this.pending !== null || this.discardBytes > 0 || pos >= end) return pos;
      runStart = pos;
      mark = events.length;
      if (pos >= limit) {
        base = pos;
        limit = Math.min(end, pos + TEXT_WINDOW);
        text = chunk.toString('latin1', base, limit);
        ascii = isAsciiRange(chunk, base, limit);
      }
    }
  }

  /** Parses the complete lines in chunk[from, to) by the byte path (UTF-8 per line). */
  private replay(chunk: Buffer, from: number, to: number, events: ParseEvent[]): void {
    while (from < to) {
      const lf = chunk.indexOf(LF, from);
      this.parseLine(chunk, from, lf, events);
      from = lf + 1;
    }
  }

  /** Keeps the start of a line whose LF has not arrived yet, within MAX_LINE_BYTES. */
  private holdPartialLine(chunk: Buffer, pos: number, events: ParseEvent[]): void {
    const total = this.carryBytes + (chunk.length - pos);
    if (total > MAX_LINE_BYTES) {
      // Report now and drop the rest up to the LF, so a hostile line costs no memory.
      events.push({ kind: 'error', error: lineTooLong() });
      this.carry = [];
      this.carryBytes = 0;
      this.discardingLine = true;
      return;
    }
    this.carry.push(chunk.subarray(pos));
    this.carryBytes = total;
  }

  /** Collects payload bytes; returns the new position in the chunk. */
  private takePayload(chunk: Buffer, pos: number, events: ParseEvent[]): number {
    const pending = this.pending!;
    const need = pending.length - this.carryBytes;
    const avail = chunk.length - pos;
    if (avail < need) {
      this.carry.push(chunk.subarray(pos));
      this.carryBytes += avail;
      return chunk.length;
    }
    let payload: Buffer;
    if (this.carryBytes === 0) {
      payload = copyOf(chunk, pos, pos + need);
    } else {
      this.carry.push(chunk.subarray(pos, pos + need));
      payload = Buffer.concat(this.carry, pending.length);
      this.carry = [];
      this.carryBytes = 0;
    }
    this.pending = null;
    events.push({
      kind: 'command',
      command: { name: pending.name, trid: null, params: pending.params, payload },
    });
    return pos + need;
  }

  /** Parses the line in buf[start, lf) (LF excluded); may start a payload. */
  private parseLine(buf: Buffer, start: number, lf: number, events: ParseEvent[]): void {
    // The same rules as the text path, on this line's UTF-8 decoding: CR, space and the name
    // characters are ASCII, so they sit at the same places whatever else the line holds.
    const text = buf.toString('utf8', start, lf);
    if (parseTextLine(text, 0, text.length, events) === PAYLOAD_LINE) {
      const head = textPayloadHead(text, 0, text.length);
      this.startPayload(head.name, head.params, events);
    }
  }

  private startPayload(name: string, params: string[], events: ParseEvent[]): void {
    const lengthText = params.pop();
    if (lengthText === undefined || !isDigits(lengthText)) {
      // Without a length the payload cannot be found: drop the line only.
      events.push({
        kind: 'error',
        error: PROTOCOL_ERRORS.badPayloadLength,
      });
      return;
    }
    const length = Number(lengthText);
    if (length > MAX_PAYLOAD_BYTES) {
      // The length is known, so skip the payload bytes too rather than read a payload
      // (someone's message text) as commands; they are counted, never buffered.
      events.push({
        kind: 'error',
        error: PROTOCOL_ERRORS.payloadTooLarge,
      });
      this.discardBytes = length;
      return;
    }
    if (length === 0) {
      const command: MsnpCommand = { name, trid: null, params, payload: Buffer.alloc(0) };
      events.push({ kind: 'command', command });
      return;
    }
    this.pending = { name, params, length };
  }
}
