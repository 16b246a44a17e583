import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FORMAT } from '@shared/domain';
import { MAX_MSG_PAYLOAD_BYTES, splitForWire } from '../../../main/msnp/messages/split';
import { buildTextPayload, toWireLineBreaks } from '../../../main/msnp/messages/text';

const FORMAT = { ...DEFAULT_FORMAT, font: 'Comic Sans MS', bold: true };

describe('splitting long texts (§5: 1664 bytes incl. headers)', () => {
  it('keeps a short text in one message', () => {
    expect(splitForWire('hello\nworld', FORMAT)).toEqual(['hello\r\nworld']);
  });

  it('splits 5000 multi-byte characters into payloads ≤ 1664 bytes that join back', () => {
    const text = '☕é'.repeat(2500);
    const parts = splitForWire(text, FORMAT);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(buildTextPayload(part, FORMAT).length).toBeLessThanOrEqual(MAX_MSG_PAYLOAD_BYTES);
    }
    expect(parts.join('')).toBe(text);
  });

  it('never splits a surrogate pair or a CR LF', () => {
    const text = '😀\n'.repeat(1000);
    const parts = splitForWire(text, null);
    expect(parts.length).toBeGreaterThan(1); // else there is no cut to check
    for (const part of parts) {
      expect(part).not.toMatch(/^\n|\r$/);
      expect(() => encodeURIComponent(part)).not.toThrow(); // lone surrogates throw
    }
    expect(parts.join('')).toBe(toWireLineBreaks(text));
  });

  it('prefers to cut after a space near the end of a chunk', () => {
    const text = 'word '.repeat(1000);
    const parts = splitForWire(text, null);
    expect(parts.length).toBeGreaterThan(1); // else there is no cut to check
    for (const part of parts.slice(0, -1)) expect(part.endsWith(' ')).toBe(true);
  });

  it('holds for arbitrary text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 3000 }), (text) => {
        const parts = splitForWire(text, FORMAT);
        expect(parts.join('')).toBe(toWireLineBreaks(text));
        for (const part of parts) {
          expect(buildTextPayload(part, FORMAT).length).toBeLessThanOrEqual(MAX_MSG_PAYLOAD_BYTES);
        }
      }),
      { numRuns: 200 },
    );
  });
});
