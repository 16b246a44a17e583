// The short run of the protocol fuzz target (the long one: `npm run fuzz -- --streams N`):
// random and mutated server transcripts, randomly chunked, through the codec, the NS and SB
// session handlers and the payload routing; nothing may throw and the parse may not depend on
// the chunking. A failure names the seed; `npm run fuzz -- --seed S --streams 1` replays it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runStream, streamFor } from '../../fuzz/protocol-fuzz';

describe('protocol fuzz (short run)', () => {
  it('2,000 random streams: no crash, chunking-independent parse', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 2 ** 31 - 1 }), async (seed) => {
        await runStream(streamFor(seed));
      }),
      { numRuns: 2000 },
    );
  });

  it('the generator reaches every layer: payloads, SYN listings and spliced lines', () => {
    const seen = new Set<string>();
    for (let seed = 0; seed < 300; seed++) {
      const text = streamFor(seed).bytes.toString('latin1');
      for (const name of ['MSG', 'LST', 'RNG', 'IRO', 'ADD 0 RL', 'SYN 1']) {
        if (text.includes(name)) seen.add(name);
      }
    }
    expect([...seen].sort()).toEqual(['ADD 0 RL', 'IRO', 'LST', 'MSG', 'RNG', 'SYN 1']);
  });
});
