// The reconnect policy never fights: only a stable session resets the backoff, redirects in
// a row are bounded, and automatic sign-ins are capped per window whatever their outcome.
// reference: msnp8/README.md §9.3, §11.1; login.md §4.1
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Failure } from '@shared/domain';
import type { NotificationSession, SessionEnd } from '../../../main/msnp/notification/session';
import { DEFAULT_RECONNECT, Reconnector } from '../../../main/msnp/reconnect';

class FakeSession extends EventEmitter {
  online(): void {
    this.emit('state', 'online');
  }
  close(end: SessionEnd): void {
    this.emit('closed', end);
  }
}

describe('Reconnector caps', () => {
  beforeEach(() => vi.useFakeTimers({ now: 1_000_000 }));
  afterEach(() => vi.useRealTimers());

  const policy = {
    ...DEFAULT_RECONNECT,
    baseDelayMs: 1_000,
    maxDelayMs: 64_000,
    stableMs: 60_000,
    maxRedirects: 2,
    maxSignIns: 3,
    signInWindowMs: 600_000,
    random: () => 1,
  };

  function harness(overrides: Partial<typeof policy> = {}) {
    const delays: number[] = [];
    const gaveUp: Failure[] = [];
    let current = new FakeSession();
    const reconnector: Reconnector = new Reconnector(
      { ...policy, ...overrides },
      {
        restart: async () => {
          current = new FakeSession();
          reconnector.watch(current as unknown as NotificationSession);
        },
        scheduled: (retryAt) => delays.push(retryAt - Date.now()),
        gaveUp: (f) => gaveUp.push(f),
      },
    );
    reconnector.watch(current as unknown as NotificationSession);
    return { delays, gaveUp, session: () => current };
  }

  it('a session dropped right after sign-in does not reset the backoff; a stable one does', async () => {
    const h = harness({ maxSignIns: 10 });
    for (let i = 0; i < 3; i++) {
      h.session().online();
      await vi.advanceTimersByTimeAsync(1_000); // dropped after a second online
      h.session().close({ reason: 'connectionLost' });
      await vi.advanceTimersByTimeAsync(h.delays.at(-1)!);
    }
    expect(h.delays).toEqual([1_000, 2_000, 4_000]);
    h.session().online();
    await vi.advanceTimersByTimeAsync(60_000); // stable
    h.session().close({ reason: 'connectionLost' });
    expect(h.delays.at(-1)).toBe(1_000);
  });

  it('sign-ins per window are capped, and a successful sign-in does not reset the cap', async () => {
    const h = harness();
    for (let i = 0; i < 3; i++) {
      h.session().online(); // each automatic sign-in succeeds…
      h.session().close({ reason: 'connectionLost' }); // …and is dropped at once
      await vi.advanceTimersByTimeAsync(h.delays.at(-1)!);
    }
    h.session().online();
    h.session().close({ reason: 'connectionLost' });
    // Three automatic sign-ins in the window: the fourth waits for the first to age out.
    expect(h.delays.at(-1)).toBeGreaterThan(590_000);
  });

  it('redirects in a row are followed at once, then refused', async () => {
    const h = harness();
    for (let i = 0; i < 2; i++) {
      h.session().online();
      h.session().close({ reason: 'redirected' });
      await vi.advanceTimersByTimeAsync(0);
    }
    expect(h.delays).toEqual([0, 0]);
    h.session().online();
    h.session().close({ reason: 'redirected' });
    expect(h.gaveUp).toHaveLength(1);
    expect(h.gaveUp[0]?.message).toMatch(/keeps moving your session/);
  });
});
