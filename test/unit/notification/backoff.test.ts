// Reconnect backoff: exponential, jittered, bounded (msnp8/README.md §9.3).
import { describe, expect, it } from 'vitest';
import { backoffDelay, DEFAULT_RECONNECT, shouldReconnect } from '../../../main/msnp/reconnect';

describe('reconnect backoff', () => {
  const policy = { ...DEFAULT_RECONNECT, baseDelayMs: 1_000, maxDelayMs: 60_000 };
  it('doubles per attempt with 50–100 % jitter and never exceeds the cap', () => {
    expect(backoffDelay(0, { ...policy, random: () => 1 })).toBe(1_000);
    expect(backoffDelay(0, { ...policy, random: () => 0 })).toBe(500);
    expect(backoffDelay(3, { ...policy, random: () => 1 })).toBe(8_000);
    expect(backoffDelay(40, { ...policy, random: () => 1 })).toBe(60_000);
    for (let i = 0; i < 50; i++) expect(backoffDelay(i, policy)).toBeLessThanOrEqual(60_000);
  });
  it('reconnects after a loss or a shutdown, never after OUT OTH or a sign-out', () => {
    expect(shouldReconnect({ reason: 'connectionLost' })).toBe(true);
    expect(shouldReconnect({ reason: 'serverShutdown' })).toBe(true);
    expect(shouldReconnect({ reason: 'signedInElsewhere' })).toBe(false);
    expect(shouldReconnect({ reason: 'signedOut' })).toBe(false);
  });
});
