// msnp8/README.md §5: percent-encoded UTF-8 parameters, its test vectors, tolerant decoding.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeParam, encodeParam } from '../../../main/msnp/codec';

const VECTORS: [string, string][] = [
  ['Alice', 'Alice'],
  ['Carol Smith', 'Carol%20Smith'],
  ['Bob & Alice 100%', 'Bob%20%26%20Alice%20100%25'],
  ['Zoë', 'Zo%C3%AB'],
  ['Café ☕', 'Caf%C3%A9%20%E2%98%95'],
  ['Other Contacts', 'Other%20Contacts'],
];

describe('URL-encoding', () => {
  it.each(VECTORS)('encodes %j as %j and back', (decoded, encoded) => {
    expect(encodeParam(decoded)).toBe(encoded);
    expect(decodeParam(encoded)).toBe(decoded);
  });

  it('encodes the required characters and never uses + for space', () => {
    expect(encodeParam('a b')).toBe('a%20b');
    expect(encodeParam('a+b,c&d%e')).toBe('a%2Bb%2Cc%26d%25e');
    expect(encodeParam('x\r\ny\t\u0001\u007f')).toBe('x%0D%0Ay%09%01%7F');
    expect(encodeParam('😀')).toBe('%F0%9F%98%80');
    expect(decodeParam('a+b')).toBe('a+b');
  });

  it('agrees with encodeURIComponent on well-formed text', () => {
    const sample = "Zoë's (team) ~ *star* ! – 日本 😀 a-b_c.d";
    expect(encodeParam(sample)).toBe(encodeURIComponent(sample));
  });

  it('does not throw on a lone surrogate (encodes U+FFFD)', () => {
    expect(encodeParam('a\ud800b')).toBe('a%EF%BF%BDb');
  });

  it('decodes %XX in either case', () => {
    expect(decodeParam('Zo%c3%ab')).toBe('Zoë');
    expect(decodeParam('1%20(555)%200100')).toBe('1 (555) 0100');
  });

  it('keeps a % not followed by two hex digits literally', () => {
    expect(decodeParam('100%')).toBe('100%');
    expect(decodeParam('%ZZ%4')).toBe('%ZZ%4');
    expect(decodeParam('50%%20off')).toBe('50% off');
  });

  it('replaces invalid UTF-8 with U+FFFD and never throws', () => {
    expect(decodeParam('%E2%98')).toBe('\ufffd');
    expect(decodeParam('a%FFb')).toBe('a\ufffdb');
    expect(() => decodeParam('%C3')).not.toThrow();
  });

  it('keeps raw non-ASCII text and joins it with encoded bytes', () => {
    expect(decodeParam('Zoë%20☕')).toBe('Zoë ☕');
  });

  it('round-trips any well-formed text and never throws on any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const encoded = encodeParam(text);
        expect(encoded).toMatch(/^[A-Za-z0-9\-_.!~*'()%]*$/);
        expect(decodeParam(encoded)).toBe(text);
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(() => decodeParam(text)).not.toThrow();
        expect(() => encodeParam(text)).not.toThrow();
      }),
    );
  });
});
