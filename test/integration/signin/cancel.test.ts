// Signing out while Passport is slow cancels the sign-in at once (login.md §5.5).
import { describe, expect, it } from 'vitest';
import { SignInError } from '../../../main/msnp';
import { useAccounts } from '../support/accounts';
import { nextEvent, PASSWORD, rejectionOf, seed } from './harness';

describe('cancelling a sign-in', () => {
  const { net, client: newClient } = useAccounts([seed('slow@tweener.test')]);

  it('signOut during sign-in rejects the sign-in promptly and leaves signedOut', async () => {
    const client = newClient({ timeouts: { connectMs: 3_000, stepMs: 10_000 } });
    net.faults.delayReplies(1_500);
    const authenticating = nextEvent(
      client,
      'session',
      (s: { phase: string }) => s.phase !== 'signedOut',
      8_000,
    );
    const signIn = client.signIn({ email: 'slow@tweener.test', password: PASSWORD, status: 'NLN' });
    const outcome = rejectionOf(signIn, SignInError);
    await authenticating;
    const t0 = Date.now();
    await client.signOut();
    await outcome;
    expect(Date.now() - t0).toBeLessThan(1_000);
    expect(client.snapshot.session.phase).toBe('signedOut');
  });
});
