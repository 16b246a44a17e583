// PNG after silence, QNG keeps the session; no answer after a PNG → dead (README.md §8).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startNetwork } from '../../server';
import type { LocalNetwork } from '../../server';
import type { MsnClient } from '../../../main/msnp';
import type { SessionState } from '../../../shared/domain';
import { clientFor, nextEvent, PASSWORD, seed } from '../signin/harness';

describe('keep-alive', () => {
  let net: LocalNetwork;
  let client: MsnClient;
  beforeEach(async () => {
    net = await startNetwork({ accounts: [seed('ping@tweener.test')] });
  });
  afterEach(async () => {
    net.faults.delayReplies(0);
    await client.signOut();
    await net.stop();
  });

  it('answered pings keep the session online', async () => {
    client = clientFor(net, { keepAlive: { idleMs: 40, deadMs: 2_000 } });
    await client.signIn({ email: 'ping@tweener.test', password: PASSWORD, status: 'NLN' });
    const phases: string[] = [];
    client.on('session', (s) => phases.push(s.phase));
    await new Promise((r) => setTimeout(r, 400));
    expect(phases).toEqual([]);
    expect(client.snapshot.session.phase).toBe('online');
  });

  it('a silent connection after PNG is declared dead and reconnected', async () => {
    client = clientFor(net, {
      keepAlive: { idleMs: 40, deadMs: 100 },
      reconnect: { enabled: true, baseDelayMs: 50, maxDelayMs: 100 },
    });
    await client.signIn({ email: 'ping@tweener.test', password: PASSWORD, status: 'NLN' });
    const lost = nextEvent<[SessionState]>(client, 'session', (s) => s.phase === 'reconnecting');
    net.faults.delayReplies(2_000);
    const [state] = await lost;
    expect(state.failure?.kind).toBe('connectionLost');
    net.faults.delayReplies(0);
    await nextEvent(client, 'session', (s: SessionState) => s.phase === 'online', 8_000);
  });
});
