// Someone adds me (ADD 0 RL) and removes me (REM 0 RL); pending entries at sign-in.
// reference: contacts.md §1.1, §3.1, §4.1, §10.2. Against both server profiles: the revival
// one leaves the version out of ADD 0 RL, sends no REM 0 RL and a NOT after each
// (msnp8/README.md §11, §11.1).
import { beforeEach, describe, expect, it } from 'vitest';
import type { MsnClient } from '../../../main/msnp';
import { nextEvent, seed, waitFor } from '../signin/harness';
import { useAccounts } from '../support/accounts';
import { describeEachProfile } from '../support/profiles';
import { PROFILES } from '../../server';

const ME = 'me@tweener.test';
const FAN = 'fan@tweener.test';

describeEachProfile('being added', (profile) => {
  const accounts = useAccounts({
    profile,
    accounts: [
      seed(ME, { contacts: [{ email: 'old@tweener.test', lists: 8, storedName: 'Old Fan' }] }),
      seed(FAN, { friendlyName: 'Big Fan' }),
      seed('old@tweener.test'),
    ],
  });
  // msnp8/README.md §11.1: this server never says when someone removes you.
  const tellsRemovals = PROFILES[profile].noRemRl !== true;
  let me: MsnClient;
  let fan: MsnClient;
  beforeEach(async () => {
    me = await accounts.signIn(ME);
    fan = await accounts.signIn(FAN);
  });

  it('pending entries from sign-in are in the snapshot', () => {
    expect(me.snapshot.pendingAddedBy).toEqual([{ email: 'old@tweener.test', name: 'Old Fan' }]);
  });

  it('ADD 0 RL → addedBy and pending; allow clears it; REM 0 RL → removedBy', async () => {
    const added = nextEvent<[{ email: string; name: string }]>(me, 'addedBy');
    await fan.addContact(ME);
    const [who] = await added;
    expect(who).toEqual({ email: FAN, name: 'Big Fan' });
    expect(me.snapshot.pendingAddedBy).toContainEqual({ email: FAN, name: 'Big Fan' });

    // Never a contact named after a name field (msnp8/README.md §11.1).
    expect(me.snapshot.contacts.every((c) => c.email.includes('@'))).toBe(true);
    await me.allow(FAN);
    expect(me.snapshot.pendingAddedBy.map((p) => p.email)).not.toContain(FAN);
    expect(me.snapshot.contacts.find((c) => c.email === FAN)?.lists).toBe(2 | 8);
    if (!tellsRemovals) return;

    const removed = nextEvent<[{ email: string }]>(me, 'removedBy');
    await fan.removeContact(ME);
    expect((await removed)[0]).toEqual({ email: FAN });
    expect(me.snapshot.contacts.find((c) => c.email === FAN)?.lists).toBe(2);
  });

  it('a RL-only entry disappears on REM 0 RL (contactRemoved)', async ({ skip }) => {
    if (!tellsRemovals) skip('this server sends no REM 0 RL (msnp8/README.md §11.1)');
    const added = nextEvent(me, 'addedBy');
    await fan.addContact(ME);
    await added;
    const gone = nextEvent<[string]>(me, 'contactRemoved');
    await fan.removeContact(ME);
    expect((await gone)[0]).toBe(FAN);
    expect(me.snapshot.pendingAddedBy).toEqual([{ email: 'old@tweener.test', name: 'Old Fan' }]);
  });
});

describe('being added with GTC N (do not ask)', () => {
  const accounts = useAccounts([seed(ME, { gtc: 'N' }), seed(FAN)]);

  it('allows the newcomer without asking (contacts.md §5)', async () => {
    const me = await accounts.signIn(ME);
    const fan = await accounts.signIn(FAN);
    let asked = false;
    me.on('addedBy', () => (asked = true));
    await fan.addContact(ME);
    await waitFor(
      () => me.snapshot.contacts.find((c) => c.email === FAN)?.lists === (2 | 8),
      3_000,
      'auto-allow',
    );
    expect(asked).toBe(false);
    expect(me.snapshot.pendingAddedBy).toEqual([]);
  });
});
