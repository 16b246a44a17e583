// Keep-alive timing with fake timers (msnp8/README.md §8): PNG after the idle time of silence,
// any byte clears the ping, no byte within the dead time → dead.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MsnpConnection } from '../../../main/msnp/connection';
import { KeepAlive } from '../../../main/msnp/notification/keepalive';

function fakeConnection(answerPings = false) {
  const sent: string[] = [];
  const conn = {
    isOpen: true,
    lastActivity: Date.now(),
    sendUntracked: (name: string) => {
      sent.push(name);
      // A server that answers every PNG with QNG 50 ms later.
      if (answerPings) setTimeout(() => (conn.lastActivity = Date.now()), 50);
    },
  };
  return { conn, sent, asConnection: conn as unknown as MsnpConnection };
}

describe('KeepAlive', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('pings after 50 s of silence and declares the connection dead 30 s later', () => {
    const { sent, asConnection } = fakeConnection();
    const dead = vi.fn();
    const ka = new KeepAlive(asConnection, dead);
    ka.start();
    vi.advanceTimersByTime(49_000);
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(1_000);
    expect(sent).toEqual(['PNG']);
    vi.advanceTimersByTime(29_000);
    expect(dead).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(dead).toHaveBeenCalledTimes(1);
    ka.stop();
  });

  it('traffic postpones the ping; an answer after PNG keeps it alive', () => {
    const { conn, sent, asConnection } = fakeConnection(true);
    const dead = vi.fn();
    const ka = new KeepAlive(asConnection, dead, { idleMs: 1_000, deadMs: 500 });
    ka.start();
    vi.advanceTimersByTime(600);
    conn.lastActivity = Date.now(); // a command arrived
    vi.advanceTimersByTime(600);
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(400);
    expect(sent).toEqual(['PNG']);
    vi.advanceTimersByTime(5_000);
    expect(dead).not.toHaveBeenCalled();
    expect(sent.length).toBeGreaterThan(1);
    ka.stop();
  });

  it('does nothing once the connection is closed or stopped', () => {
    const { conn, sent, asConnection } = fakeConnection();
    const dead = vi.fn();
    const ka = new KeepAlive(asConnection, dead, { idleMs: 100, deadMs: 100 });
    ka.start();
    conn.isOpen = false;
    vi.advanceTimersByTime(1_000);
    expect(sent).toEqual([]);
    expect(dead).not.toHaveBeenCalled();
    ka.stop();
  });
});
