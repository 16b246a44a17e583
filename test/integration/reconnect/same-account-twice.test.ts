// Two copies of the client signed in to one account (msnp8/README.md §9.2, §11.1): the newer one
// stays signed in, the older one shows "signed in elsewhere" and never signs back in — with
// `OUT OTH` (spec) and with a bare `OUT` (revival). Sign-ins are counted by the server.
import { expect, it } from 'vitest';
import type { SessionState } from '@shared/domain';
import { nextEvent, PASSWORD, seed, sleep } from '../signin/harness';
import { useAccounts } from '../support/accounts';
import { describeEachProfile } from '../support/profiles';

const ME = 'twice@tweener.test';
const RECONNECT = { enabled: true, baseDelayMs: 20, maxDelayMs: 50 };

describeEachProfile('the same account signed in twice', (profile) => {
  const { net, client } = useAccounts({ profile, accounts: [seed(ME)] });

  it('ends with one signed in and one signed out as "signed in elsewhere"', async () => {
    const first = client({ reconnect: RECONNECT });
    const second = client({ reconnect: RECONNECT });
    await first.signIn({ email: ME, password: PASSWORD, status: 'NLN' });
    const firstPhases: SessionState[] = [];
    first.on('session', (s) => firstPhases.push(s));
    const kicked = nextEvent<[SessionState]>(first, 'session', (s) => s.phase === 'signedOut');
    await second.signIn({ email: ME, password: PASSWORD, status: 'NLN' });
    const [state] = await kicked;
    expect(state.failure).toMatchObject({
      kind: 'signedInElsewhere',
      message: 'You have been signed out because you signed in at another location.',
    });
    // Checking that nothing more happens: a retry would start within 20–50 ms.
    await sleep(400);
    expect(firstPhases.map((p) => p.phase)).toEqual(['signedOut']);
    expect(first.snapshot.session.phase).toBe('signedOut');
    expect(second.snapshot.session.phase).toBe('online');
    expect(net.counters.signIns(ME)).toBe(2);
    expect(net.counters.passportLogins(ME)).toBe(2);
  });
});
