// msnp8/README.md §3.2: a per-connection counter from 1, never 0, wrapping before 2^31−1.
import { describe, expect, it } from 'vitest';
import { MAX_TRID, TridCounter } from '../../../main/msnp/connection';

describe('TrID counter', () => {
  it('starts at 1 and counts up', () => {
    const trids = new TridCounter();
    expect([trids.next(), trids.next(), trids.next()]).toEqual([1, 2, 3]);
  });

  it('wraps to 1 before 2^31−1 and never hands out 0', () => {
    expect(MAX_TRID).toBeLessThan(2 ** 31 - 1);
    const trids = new TridCounter(MAX_TRID - 1);
    expect([trids.next(), trids.next(), trids.next()]).toEqual([MAX_TRID - 1, MAX_TRID, 1]);
  });

  it('skips TrIDs still in use after a wrap', () => {
    const trids = new TridCounter(MAX_TRID);
    const pending = new Set([1, 2]);
    expect(trids.next((t) => pending.has(t))).toBe(MAX_TRID);
    expect(trids.next((t) => pending.has(t))).toBe(3);
  });
});
