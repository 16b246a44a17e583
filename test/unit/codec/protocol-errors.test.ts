// msnp8/README.md §3.4 rule 3 and DESIGN.md (Codec: bounded and total): bad input becomes a typed
// MsnpProtocolError event, push() never throws, and parsing goes on after the bad part.
import { describe, expect, it } from 'vitest';
import {
  CommandParser,
  MAX_LINE_BYTES,
  MAX_PAYLOAD_BYTES,
  MsnpProtocolError,
} from '../../../main/msnp/codec';
import { commandsOf, errorsOf } from './parse-all';

const QNG = { name: 'QNG', trid: null, params: [], payload: null };

describe('protocol errors', () => {
  it('limits are 16 KiB per line and 64 KiB per payload', () => {
    expect(MAX_LINE_BYTES).toBe(16 * 1024);
    expect(MAX_PAYLOAD_BYTES).toBe(64 * 1024);
  });

  it('lineTooLong: reported as soon as the limit is passed, then skipped up to its LF', () => {
    const parser = new CommandParser();
    const first = parser.push(Buffer.alloc(MAX_LINE_BYTES + 1, 0x41));
    expect(errorsOf(first).map((e) => e.kind)).toEqual(['lineTooLong']);
    expect(errorsOf(first)[0]).toBeInstanceOf(MsnpProtocolError);
    // The rest of the over-long line (1 MB here) is dropped without being kept.
    expect(parser.push(Buffer.alloc(1024 * 1024, 0x42))).toEqual([]);
    expect(commandsOf(parser.push(Buffer.from('BBB\r\nQNG\r\n')))).toEqual([QNG]);
  });

  it('lineTooLong inside one chunk; a line of exactly MAX_LINE_BYTES is accepted', () => {
    const longest = 'FLN ' + 'a'.repeat(MAX_LINE_BYTES - 4);
    const events = new CommandParser().push(
      Buffer.from(`${longest}\n${longest}a\r\nQNG\r\n`, 'latin1'),
    );
    expect(events.map((e) => e.kind)).toEqual(['command', 'error', 'command']);
    expect(errorsOf(events)[0]!.kind).toBe('lineTooLong');
  });

  it('malformedLine: command names that are not three of [A-Z0-9]', () => {
    for (const bad of ['msg a b 1', 'MSGX 1', 'MS', 'M-G 1', 'CHG\t9', '☕☕☕ 1']) {
      const events = new CommandParser().push(Buffer.from(`${bad}\r\nQNG\r\n`, 'utf8'));
      expect(
        errorsOf(events).map((e) => e.kind),
        bad,
      ).toEqual(['malformedLine']);
      expect(commandsOf(events), bad).toEqual([QNG]);
    }
  });

  it('badPayloadLength: missing, non-numeric or negative; only the line is skipped', () => {
    for (const bad of ['MSG', 'MSG a b', 'NOT x', 'IPG -4', 'MSG a b 1.5', 'NOT 0x10']) {
      const events = new CommandParser().push(Buffer.from(`${bad}\r\nQNG\r\n`));
      expect(
        errorsOf(events).map((e) => e.kind),
        bad,
      ).toEqual(['badPayloadLength']);
      expect(commandsOf(events), bad).toEqual([QNG]);
    }
  });

  it('payloadTooLarge: the announced bytes are skipped, never read as commands', () => {
    const parser = new CommandParser();
    const size = MAX_PAYLOAD_BYTES + 1;
    const events = parser.push(Buffer.from(`MSG a b ${size}\r\nOUT OTH\r\n`));
    expect(errorsOf(events).map((e) => e.kind)).toEqual(['payloadTooLarge']);
    expect(commandsOf(events)).toEqual([]); // "OUT OTH" is payload text here
    expect(parser.push(Buffer.alloc(size - 9, 0x20))).toEqual([]);
    expect(commandsOf(parser.push(Buffer.from('QNG\r\n')))).toEqual([QNG]);
  });

  it('a payload of exactly MAX_PAYLOAD_BYTES is accepted', () => {
    const body = Buffer.alloc(MAX_PAYLOAD_BYTES, 0x61);
    const events = new CommandParser().push(
      Buffer.concat([Buffer.from(`NOT ${MAX_PAYLOAD_BYTES}\r\n`), body]),
    );
    expect(commandsOf(events)[0]!.payload).toEqual(body);
  });

  it('never throws on random bytes', () => {
    const parser = new CommandParser();
    let seed = 42;
    for (let i = 0; i < 200; i++) {
      const chunk = Buffer.alloc(1 + (i % 97));
      for (let j = 0; j < chunk.length; j++) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        chunk[j] = seed % 5 === 0 ? 0x0a : seed & 0xff;
      }
      expect(() => parser.push(chunk)).not.toThrow();
    }
    parser.reset();
    expect(commandsOf(parser.push(Buffer.from('QNG\r\n')))).toEqual([QNG]);
  });

  it('error messages do not quote the offending bytes', () => {
    const events = new CommandParser().push(Buffer.from('secret-ticket=abc\r\n'));
    expect(errorsOf(events)[0]!.message).not.toContain('secret');
  });
});
