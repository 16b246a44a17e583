// MsnClient.standing: the session and our own profile, the same as the snapshot's, without
// copying the contact list (the account service asks for it on every event).
import { expect, it } from 'vitest';
import { useAccounts } from '../support/accounts';
import { describeEachProfile } from '../support/profiles';
import { PASSWORD, seed } from './harness';

describeEachProfile('the client standing', (profile) => {
  const { client: clientFor } = useAccounts(
    {
      profile,
      accounts: [
        seed('standing@tweener.test', {
          friendlyName: 'Standing',
          contacts: [{ email: 'friend@tweener.test', lists: 11, groups: [0] }],
        }),
      ],
    },
    { shared: true },
  );

  it('is the session and self of the snapshot, before, during and after a sign-in', async () => {
    const client = clientFor();
    const view = () => ({ session: client.snapshot.session, self: client.snapshot.self });
    expect(client.standing).toEqual(view());
    expect(client.standing.session.phase).toBe('signedOut');

    await client.signIn({ email: 'standing@tweener.test', password: PASSWORD, status: 'BSY' });
    expect(client.standing).toEqual(view());
    expect(client.standing.session.phase).toBe('online');
    expect(client.standing.self).toMatchObject({ email: 'standing@tweener.test', status: 'BSY' });
    expect(client.snapshot.contacts).toHaveLength(1);

    // A copy: changing it changes nothing in the client.
    client.standing.self!.status = 'NLN';
    expect(client.standing.self?.status).toBe('BSY');

    await client.signOut();
    expect(client.standing).toEqual(view());
    expect(client.standing.session.phase).toBe('signedOut');
  });
});
