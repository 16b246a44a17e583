// PNG after silence, QNG keeps the session; no answer after a PNG → dead (msnp8/README.md §8).
import { describe, expect, it } from 'vitest';
import type { SessionState } from '@shared/domain';
import { nextEvent, seed, sleep } from '../signin/harness';
import { useAccounts } from '../support/accounts';

describe('keep-alive', () => {
  const { net, signIn } = useAccounts([seed('ping@tweener.test')]);

  it('answered pings keep the session online', async () => {
    const client = await signIn('ping@tweener.test', {
      extra: { keepAlive: { idleMs: 40, deadMs: 500 } },
    });
    const phases: string[] = [];
    client.on('session', (s) => phases.push(s.phase));
    // Twice the time an unanswered PNG needs to be declared dead (40 + 500 ms): with a dead
    // time longer than the wait, as before, this could not fail.
    await sleep(1_100);
    expect(phases).toEqual([]);
    expect(client.snapshot.session.phase).toBe('online');
  });

  it('a silent connection after PNG is declared dead and reconnected', async () => {
    const client = await signIn('ping@tweener.test', {
      extra: {
        keepAlive: { idleMs: 40, deadMs: 100 },
        reconnect: { enabled: true, baseDelayMs: 50, maxDelayMs: 100 },
      },
    });
    const lost = nextEvent<[SessionState]>(client, 'session', (s) => s.phase === 'reconnecting');
    net.faults.delayReplies(2_000);
    const [state] = await lost;
    expect(state.failure?.kind).toBe('connectionLost');
    net.faults.delayReplies(0);
    await nextEvent(client, 'session', (s: SessionState) => s.phase === 'online', 8_000);
  });
});
