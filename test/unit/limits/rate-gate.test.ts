// The ring rate (limits.ts RateGate): a burst, then one per refill period; the notice for a
// flood of refusals is said once per quiet period (NoticeThrottle).
import { describe, expect, it } from 'vitest';
import { NoticeThrottle, RateGate } from '../../../main/msnp/limits';

describe('RateGate', () => {
  it('lets a burst through, then one per refill period, never more than the burst', () => {
    let now = 1_000;
    const gate = new RateGate(3, 100, () => now);
    expect([gate.take(), gate.take(), gate.take(), gate.take()]).toEqual([true, true, true, false]);
    now += 99;
    expect(gate.take()).toBe(false);
    now += 1;
    expect([gate.take(), gate.take()]).toEqual([true, false]);
    now += 10_000; // a long pause refills to the burst only
    expect([gate.take(), gate.take(), gate.take(), gate.take()]).toEqual([true, true, true, false]);
  });
});

describe('NoticeThrottle', () => {
  it('says a flood once per quiet period', () => {
    let now = 0;
    const said: string[] = [];
    const throttle = new NoticeThrottle(
      (text) => said.push(text),
      1_000,
      () => now,
    );
    for (let i = 0; i < 100; i++) throttle.notify('full');
    now += 999;
    throttle.notify('full');
    now += 1;
    throttle.notify('again');
    expect(said).toEqual(['full', 'again']);
  });
});
