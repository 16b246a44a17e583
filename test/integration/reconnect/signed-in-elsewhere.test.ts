// OUT OTH ends the session with its own failure and is never retried (msnp8/README.md §9.2).
import { describe, expect, it } from 'vitest';
import type { SessionState } from '@shared/domain';
import { nextEvent, seed, sleep } from '../signin/harness';
import { useAccounts } from '../support/accounts';

describe('OUT OTH', () => {
  const { net, signIn } = useAccounts([seed('oth@tweener.test')]);

  it('signs out with signedInElsewhere and does not reconnect', async () => {
    const client = await signIn('oth@tweener.test', {
      extra: { reconnect: { enabled: true, baseDelayMs: 20, maxDelayMs: 50 } },
    });
    const phases: SessionState[] = [];
    client.on('session', (s) => phases.push(s));
    const ended = nextEvent<[SessionState]>(client, 'session', (s) => s.phase === 'signedOut');
    net.faults.signInElsewhere('oth@tweener.test');
    const [state] = await ended;
    expect(state.failure).toMatchObject({
      kind: 'signedInElsewhere',
      message: 'You have been signed out because you signed in at another location.',
    });
    await sleep(200); // a retry would start within 20–50 ms
    expect(phases.map((p) => p.phase)).toEqual(['signedOut']);
    expect(client.snapshot.session.phase).toBe('signedOut');
  });
});
