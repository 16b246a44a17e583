// OUT SSD: sign in again after a delay, through the dispatch server (README.md §9.2).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startNetwork } from '../../server';
import type { LocalNetwork } from '../../server';
import type { MsnClient } from '../../../main/msnp';
import type { SessionState } from '../../../shared/domain';
import { clientFor, nextEvent, PASSWORD, seed } from '../signin/harness';

describe('OUT SSD', () => {
  let net: LocalNetwork;
  let client: MsnClient;
  beforeEach(async () => {
    net = await startNetwork({ accounts: [seed('ssd@tweener.test')] });
    client = clientFor(net, {
      reconnect: { enabled: true, baseDelayMs: 10, maxDelayMs: 20, shutdownDelayMs: 300 },
    });
  });
  afterEach(async () => {
    await client.signOut();
    await net.stop();
  });

  it('waits at least the shutdown delay, then signs in again with the same status', async () => {
    await client.signIn({ email: 'ssd@tweener.test', password: PASSWORD, status: 'LUN' });
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
