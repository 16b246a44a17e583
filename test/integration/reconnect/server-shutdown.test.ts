// OUT SSD: sign in again after a delay, through the dispatch server (msnp8/README.md §9.2).
import { describe, expect, it } from 'vitest';
import type { SessionState } from '@shared/domain';
import { nextEvent, seed } from '../signin/harness';
import { useAccounts } from '../support/accounts';

describe('OUT SSD', () => {
  const { net, signIn } = useAccounts([seed('ssd@tweener.test')]);

  it('waits at least the shutdown delay, then signs in again with the same status', async () => {
    const client = await signIn('ssd@tweener.test', {
      status: 'LUN',
      extra: {
        reconnect: { enabled: true, baseDelayMs: 10, maxDelayMs: 20, shutdownDelayMs: 300 },
      },
    });
    const waiting = nextEvent<[SessionState]>(client, 'session', (s) => s.phase === 'reconnecting');
    const t0 = Date.now();
    net.faults.sendRaw('ssd@tweener.test', 'OUT SSD\r\n');
    const [state] = await waiting;
    expect(state.failure?.kind).toBe('serverShutdown');
    expect(state.retryAt).toBeGreaterThanOrEqual(t0 + 300);
    await nextEvent(client, 'session', (s: SessionState) => s.phase === 'online');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(290);
    expect(client.snapshot.self?.status).toBe('LUN');
  });
});
