// Transaction ids for one connection.
// reference: msnp8/README.md §3.2 — start at 1, never 0 (the server's unsolicited TrID), keep them
// numeric, wrap before 2^31−1.

/** The largest TrID handed out; the counter wraps to 1 after it. */
export const MAX_TRID = 0x7ffffffe;

export class TridCounter {
  private last: number;

  /** `start` is the first TrID handed out (tests use it to reach the wrap quickly). */
  constructor(start = 1) {
    this.last = Math.min(Math.max(Math.trunc(start), 1), MAX_TRID) - 1;
  }

  /** The next TrID, skipping any for which `inUse` is true (a request still pending). */
  next(inUse?: (trid: number) => boolean): number {
    for (let tries = 0; tries < MAX_TRID; tries++) {
      this.last = this.last >= MAX_TRID ? 1 : this.last + 1;
      if (!inUse || !inUse(this.last)) return this.last;
    }
    throw new RangeError('no free TrID'); // unreachable: pending requests are bounded by memory
  }
}
