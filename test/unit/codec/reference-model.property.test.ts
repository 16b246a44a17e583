// The parser against a plain reference reading of msnp8/README.md §3.1, §3.2 and §3.4 (decode each
// line as UTF-8, split on spaces, slice payloads by byte length), on random streams mixing
// ASCII and UTF-8 lines, payloads, lines across the parser's 4096-byte text window and over
// MAX_LINE_BYTES, under random chunkings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_LINE_BYTES, MAX_PAYLOAD_BYTES } from '../../../main/msnp/codec';
import { isDecimal, kindOf, NO_TRID, PAYLOAD } from '../../../main/msnp/codec/command-kinds';
import { describeEvent, parseChunks, splitAt } from './parse-all';

/** The reference: whole stream at once, complete lines and payloads only. */
function referenceParse(stream: Buffer): string[] {
  const out: string[] = [];
  let pos = 0;
  while (pos < stream.length) {
    const lf = stream.indexOf(0x0a, pos);
    if (lf < 0) break;
    const start = pos;
    pos = lf + 1;
    if (lf - start > MAX_LINE_BYTES) {
      out.push('error:lineTooLong');
      continue;
    }
    const line = stream.toString('utf8', start, lf).replace(/\r$/, '').replace(/^ +/, '');
    if (line === '') continue;
    if (!/^[A-Z0-9]{3}( |$)/.test(line)) {
      out.push('error:malformedLine');
      continue;
    }
    const name = line.slice(0, 3);
    const fields = line
      .slice(4)
      .split(' ')
      .filter((f) => f !== '');
    const kind = kindOf(name);
    if (kind === PAYLOAD) {
      const length = fields.pop();
      if (length === undefined || !/^[0-9]+$/.test(length)) {
        out.push('error:badPayloadLength');
        continue;
      }
      if (Number(length) > MAX_PAYLOAD_BYTES) {
        out.push('error:payloadTooLarge');
        pos += Number(length);
        continue;
      }
      if (pos + Number(length) > stream.length) break;
      const payload = stream.subarray(pos, pos + Number(length));
      pos += Number(length);
      out.push(JSON.stringify([name, null, fields, payload.toString('hex')]));
      continue;
    }
    let trid: number | null = null;
    if (kind !== NO_TRID && fields.length > 0 && isDecimal(fields[0]!)) {
      trid = Number(fields.shift());
    }
    out.push(JSON.stringify([name, trid, fields, null]));
  }
  return out;
}

const ascii = fc.constantFrom(
  'QNG\r\n',
  'CHG 9 NLN 0\r\n',
  'ILN 12 NLN user1@example.com Carol%20Smith 0\r\n',
  'NLN AWY user2@example.com Bob 268435492\n',
  '  GTC  A \r\n',
  'BLP 26 55 BL\r\n',
  '911 7\r\n',
  '500\r\n',
  'mSG lower case\r\n',
  '\r\n',
  'LST a@b Name 11 0,1\r\n',
  'USR 0000000000000000001 OK\r\n',
);
const nonAscii = fc.constantFrom(
  'NLN NLN zoë@example.com Zoë☕ 0\r\n',
  'ILN 3 NLN 日本@example.com 日本語 0\r\n',
  Buffer.from([0x46, 0x4c, 0x4e, 0x20, 0xff, 0x40, 0x62, 0x0d, 0x0a]), // FLN, invalid UTF-8
  'mSG é\r\n',
);
const longLine = fc
  .constantFrom(4000, 4090, 4100, 5000, 9000, MAX_LINE_BYTES + 10)
  .map((n) => `LST a@b ${'w'.repeat(n)} 1\r\n`);
const payload = fc
  .tuple(
    fc.constantFrom('MSG a@b Bob', 'NOT', 'IPG', 'MSG é@b É'),
    fc.string({ unit: 'grapheme', maxLength: 60 }),
  )
  .map(([head, text]) => {
    const body = Buffer.from(text, 'utf8');
    return Buffer.concat([Buffer.from(`${head} ${body.length}\r\n`, 'utf8'), body]);
  });
const piece = fc.oneof(
  { arbitrary: ascii, weight: 6 },
  { arbitrary: nonAscii, weight: 2 },
  { arbitrary: payload, weight: 3 },
  { arbitrary: longLine, weight: 1 },
);

describe('the parser agrees with the reference model', () => {
  it('on random streams, in one chunk and in random chunkings', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 80, size: 'max' }),
        fc.array(fc.nat(), { maxLength: 12 }),
        (parts, rawCuts) => {
          const stream = Buffer.concat(
            parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p)),
          );
          const expected = referenceParse(stream);
          expect(parseChunks([stream]).map(describeEvent)).toEqual(expected);
          const cuts = [...new Set(rawCuts.map((c) => c % Math.max(1, stream.length)))].sort(
            (a, b) => a - b,
          );
          expect(parseChunks(splitAt(stream, cuts)).map(describeEvent)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
