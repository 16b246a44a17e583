// The local network's own framer (msnp8/README.md §3.4, §5).
import { describe, expect, it } from 'vitest';
import { decodeName, encodeName, FramingError, ServerFramer } from './framer';

describe('ServerFramer', () => {
  it('yields the same frames whatever the TCP chunking', () => {
    const wire = Buffer.from(
      'PNG\r\nQRY 10 msmsgs@msnmsgr.com 32\r\n8f2f5a91b72102cd28355e9fc9000d6eCHG 11 NLN 0\nMSG 3 A 5\r\nCafé',
    );
    for (let size = 1; size <= wire.length; size++) {
      const framer = new ServerFramer();
      const frames = [];
      for (let i = 0; i < wire.length; i += size)
        frames.push(...framer.push(wire.subarray(i, i + size)));
      expect(
        frames.map((f) => [f.name, f.params.join(' '), f.payload?.toString('utf8') ?? null]),
      ).toEqual([
        ['PNG', '', null],
        ['QRY', '10 msmsgs@msnmsgr.com 32', '8f2f5a91b72102cd28355e9fc9000d6e'],
        ['CHG', '11 NLN 0', null],
        ['MSG', '3 A 5', 'Café'],
      ]);
    }
  });

  it('rejects payloads over the per-command limit before reading them', () => {
    const framer = new ServerFramer((name) => (name === 'MSG' ? 1664 : 0));
    expect(() => framer.push(Buffer.from('MSG 1 A 1665\r\n'))).toThrow(FramingError);
    expect(() => new ServerFramer().push(Buffer.from('MSG 1 A x\r\n'))).toThrow(FramingError);
  });

  it('rejects endless lines', () => {
    expect(() => new ServerFramer().push(Buffer.alloc(17_000, 0x41))).toThrow(FramingError);
  });
});

describe('names', () => {
  it('round-trips the msnp8/README.md §5 vectors', () => {
    const vectors: [string, string][] = [
      ['Carol Smith', 'Carol%20Smith'],
      ['Bob & Alice 100%', 'Bob%20%26%20Alice%20100%25'],
      ['Zoë', 'Zo%C3%AB'],
      ['Café ☕', 'Caf%C3%A9%20%E2%98%95'],
    ];
    for (const [plain, encoded] of vectors) {
      expect(encodeName(plain)).toBe(encoded);
      expect(decodeName(encoded)).toBe(plain);
    }
    expect(decodeName('100%')).toBe('100%');
    expect(decodeName('%zz😀')).toBe('%zz😀');
  });
});
