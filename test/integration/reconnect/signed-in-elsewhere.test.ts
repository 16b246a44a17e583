// OUT OTH ends the session with its own failure and is never retried (README.md §9.2).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startNetwork } from '../../server';
import type { LocalNetwork } from '../../server';
import type { MsnClient } from '../../../main/msnp';
import type { SessionState } from '../../../shared/domain';
import { clientFor, nextEvent, PASSWORD, seed } from '../signin/harness';

describe('OUT OTH', () => {
  let net: LocalNetwork;
  let client: MsnClient;
  beforeEach(async () => {
    net = await startNetwork({ accounts: [seed('oth@tweener.test')] });
    client = clientFor(net, { reconnect: { enabled: true, baseDelayMs: 20, maxDelayMs: 50 } });
  });
  afterEach(async () => {
    await client.signOut();
    await net.stop();
  });

  it('signs out with signedInElsewhere and does not reconnect', async () => {
    await client.signIn({ email: 'oth@tweener.test', password: PASSWORD, status: 'NLN' });
    const phases: SessionState[] = [];
    client.on('session', (s) => phases.push(s));
    const ended = nextEvent<[SessionState]>(client, 'session', (s) => s.phase === 'signedOut');
    net.faults.signInElsewhere('oth@tweener.test');
    const [state] = await ended;
    expect(state.failure).toMatchObject({
      kind: 'signedInElsewhere',
      message: 'You have been signed out because you signed in at another location.',
    });
    await new Promise((r) => setTimeout(r, 200));
    expect(phases.map((p) => p.phase)).toEqual(['signedOut']);
    expect(client.snapshot.session.phase).toBe('signedOut');
  });
});
