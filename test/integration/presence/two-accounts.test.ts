// Two accounts on the local network see each other come online, change status and name,
// and go offline (presence.md §2, §4). Against both server profiles: the revival one sends
// presence without capabilities and names with only spaces encoded (msnp8/README.md §11.1).
import { beforeEach, expect, it } from 'vitest';
import type { MsnClient } from '../../../main/msnp';
import type { Contact } from '@shared/domain';
import { nextEvent, PASSWORD, seed } from '../signin/harness';
import { useAccounts } from '../support/accounts';
import { describeEachProfile } from '../support/profiles';

const ALICE = 'alice@tweener.test';
const BOB = 'bob@tweener.test';

function contactEvent(client: MsnClient, match: (c: Contact) => boolean): Promise<[Contact]> {
  return nextEvent<[Contact]>(client, 'contact', match);
}

describeEachProfile('presence between two accounts', (profile) => {
  const accounts = useAccounts({
    profile,
    accounts: [
      seed(ALICE, { friendlyName: 'Alice', contacts: [{ email: BOB, lists: 11, groups: [0] }] }),
      seed(BOB, { friendlyName: 'Bob', contacts: [{ email: ALICE, lists: 11, groups: [0] }] }),
    ],
  });
  let alice: MsnClient;
  let bob: MsnClient;
  beforeEach(() => {
    alice = accounts.client();
    bob = accounts.client();
  });

  it('NLN when the other signs in, ILN for who is already there, status changes, FLN', async () => {
    await alice.signIn({ email: ALICE, password: PASSWORD, status: 'NLN' });
    const bobSeen = contactEvent(alice, (c) => c.email === BOB && c.status === 'NLN');
    await bob.signIn({ email: BOB, password: PASSWORD, status: 'NLN' });
    const [seen] = await bobSeen;
    expect(seen).toMatchObject({ friendlyName: 'Bob', capabilities: 0 });
    // presence.md §4.1: Bob got Alice through the ILN after his first CHG.
    expect(bob.snapshot.contacts.find((c) => c.email === ALICE)?.status).toBe('NLN');

    const away = contactEvent(alice, (c) => c.email === BOB && c.status === 'AWY');
    await bob.setStatus('AWY');
    await away;
    expect(bob.snapshot.self?.status).toBe('AWY');

    const renamed = contactEvent(
      alice,
      (c) => c.email === BOB && c.friendlyName === 'Bobby ☕ 100%',
    );
    await bob.setFriendlyName('Bobby ☕ 100%');
    await renamed;
    expect(bob.snapshot.self?.friendlyName).toBe('Bobby ☕ 100%');

    const hidden = contactEvent(alice, (c) => c.email === BOB && c.status === 'FLN');
    await bob.setStatus('HDN');
    await hidden;
    expect(bob.broker.isOnline()).toBe(false);

    const back = contactEvent(alice, (c) => c.email === BOB && c.status === 'BSY');
    await bob.setStatus('BSY');
    await back;

    const gone = contactEvent(alice, (c) => c.email === BOB && c.status === 'FLN');
    await bob.signOut();
    // The last name the server told us stays after sign-out (presence.md §4).
    expect((await gone)[0].friendlyName).toBe('Bobby ☕ 100%');
  });

  it('every settable status is sent with CHG and echoed', async () => {
    await alice.signIn({ email: ALICE, password: PASSWORD, status: 'HDN' });
    expect(alice.snapshot.self?.status).toBe('HDN');
    for (const s of ['NLN', 'BSY', 'IDL', 'BRB', 'AWY', 'PHN', 'LUN', 'HDN'] as const) {
      await alice.setStatus(s);
      expect(alice.snapshot.self?.status).toBe(s);
    }
  });
});
