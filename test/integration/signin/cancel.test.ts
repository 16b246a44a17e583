// Signing out while Passport is slow cancels the sign-in at once (login.md §5.5).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startNetwork } from '../../server';
import type { LocalNetwork } from '../../server';
import { SignInError } from '../../../main/msnp';
import type { MsnClient } from '../../../main/msnp';
import { clientFor, nextEvent, PASSWORD, seed } from './harness';

describe('cancelling a sign-in', () => {
  let net: LocalNetwork;
  let client: MsnClient;
  beforeEach(async () => {
    net = await startNetwork({ accounts: [seed('slow@tweener.test')] });
    client = clientFor(net, { timeouts: { connectMs: 3_000, stepMs: 10_000 } });
  });
  afterEach(async () => {
    net.faults.delayReplies(0);
    await client.signOut();
    await net.stop();
  });

  it('signOut during sign-in rejects the sign-in promptly and leaves signedOut', async () => {
    net.faults.delayReplies(1_500);
    const authenticating = nextEvent(
      client,
      'session',
      (s: { phase: string }) => s.phase !== 'signedOut',
      8_000,
    );
    const signIn = client.signIn({ email: 'slow@tweener.test', password: PASSWORD, status: 'NLN' });
    const outcome = signIn.then(
      () => null,
      (e: unknown) => e,
    );
    await authenticating;
    const t0 = Date.now();
    await client.signOut();
    const error = await outcome;
    expect(error).toBeInstanceOf(SignInError);
    expect(Date.now() - t0).toBeLessThan(1_000);
    expect(client.snapshot.session.phase).toBe('signedOut');
  });
});
