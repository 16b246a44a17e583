// msnp8/README.md §3.4 rule 1: any TCP chunking of the same stream yields the same commands.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DISPATCH_SIGN_IN,
  ESCARGOT_SIGN_IN,
  P8,
  SYNC_AND_PRESENCE,
  serverStream,
} from './fixtures';
import { describeEvent, parseChunks, splitAt } from './parse-all';

// The transcripts plus the awkward cases: multi-byte UTF-8 in a line and a payload, bare LF,
// blank lines, every protocol-error kind, an empty payload and a payload not ending in CR LF.
const small = Buffer.concat([
  serverStream(DISPATCH_SIGN_IN),
  serverStream(ESCARGOT_SIGN_IN),
  serverStream(SYNC_AND_PRESENCE),
  Buffer.from(`MSG bob@example.com Zo%C3%AB ${Buffer.byteLength(P8)}\r\n${P8}`),
  Buffer.from('NLN NLN zoë@example.com Zoë 0\n\r\n\nFLN a@b\r\n'),
  Buffer.from('mSG lower case\r\nNOT x\r\nIPG -4\r\nNOT 0\r\nIPG 5\r\n☕ab'),
]);
// The over-limit cases need tens of kilobytes.
const stream = Buffer.concat([
  small,
  Buffer.from('MSG a b 70000\r\n'),
  Buffer.alloc(70000, 0x41),
  Buffer.from('X'.repeat(20000) + '\r\nQNG\r\n'),
]);

const reference = parseChunks([stream]).map(describeEvent);

describe('chunking', () => {
  it('the reference parse has commands and every error kind', () => {
    expect(reference.filter((e) => e.startsWith('error:')).sort()).toEqual([
      'error:badPayloadLength',
      'error:badPayloadLength',
      'error:lineTooLong',
      'error:malformedLine',
      'error:payloadTooLarge',
    ]);
    expect(reference.at(-1)).toBe(JSON.stringify(['QNG', null, [], null]));
  });

  it('splitting the transcripts and edge cases at every offset yields identical events', () => {
    const expected = parseChunks([small]).map(describeEvent).join('\n');
    expect(expected).toContain('error:malformedLine');
    for (let at = 0; at <= small.length; at++) {
      const events = parseChunks(splitAt(small, [at]))
        .map(describeEvent)
        .join('\n');
      if (events !== expected) expect({ at, events }).toEqual({ at, events: expected });
    }
  });

  it('splitting around the over-limit line and payload yields identical events', () => {
    const from = small.length;
    const offsets: number[] = [];
    for (let at = from - 20; at <= stream.length; at += 1) {
      const nearEdge =
        at < from + 40 || (at > from + 69_980 && at < from + 70_060) || at > stream.length - 40;
      if (nearEdge || at % 211 === 0) offsets.push(at);
    }
    for (const at of offsets) {
      const events = parseChunks(splitAt(stream, [at]))
        .map(describeEvent)
        .join('\n');
      if (events !== reference.join('\n'))
        expect({ at, events }).toEqual({ at, events: reference });
    }
  });

  it('one byte at a time yields identical events', () => {
    const bytes = [...stream.subarray(0, 5000)].map((b) => Buffer.from([b]));
    const head = parseChunks([stream.subarray(0, 5000)]).map(describeEvent);
    expect(parseChunks(bytes).map(describeEvent)).toEqual(head);
  });

  it('random chunkings yield identical events', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: stream.length - 1 }), { maxLength: 60 }),
        (cuts) => {
          const events = parseChunks(
            splitAt(
              stream,
              [...cuts].sort((a, b) => a - b),
            ),
          );
          expect(events.map(describeEvent)).toEqual(reference);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('random streams of valid commands survive random chunkings', () => {
    const command = fc.oneof(
      fc.constantFrom('QNG\r\n', 'CHG 9 NLN 0\r\n', 'GTC A\n', 'BLP 26 55 BL\r\n', '\r\n'),
      fc.string({ unit: 'grapheme', maxLength: 40 }).map((text) => {
        const body = Buffer.from(text, 'utf8');
        return Buffer.concat([Buffer.from(`MSG a@b N ${body.length}\r\n`), body]);
      }),
    );
    fc.assert(
      fc.property(
        fc.array(command, { maxLength: 30 }),
        fc.array(fc.nat(), { maxLength: 20 }),
        (parts, rawCuts) => {
          const whole = Buffer.concat(
            parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : p)),
          );
          const cuts = [
            ...new Set(rawCuts.map((c) => (whole.length === 0 ? 0 : c % whole.length))),
          ].sort((a, b) => a - b);
          const once = parseChunks([whole]).map(describeEvent);
          expect(once.some((e) => e.startsWith('error:'))).toBe(false);
          expect(parseChunks(splitAt(whole, cuts)).map(describeEvent)).toEqual(once);
        },
      ),
      { numRuns: 300 },
    );
  });
});
