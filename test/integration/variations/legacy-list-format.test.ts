// msnp8/README.md §11.1: the pre-MSNP8 list format (SYN without counts, LST per list with TrID and
// indexes) fills the same model; a SYN reply whose version differs from the cached one
// never keeps the cache.
import { expect, it } from 'vitest';
import { MemoryContactListCache } from '../../../main/msnp';
import { groups, seed } from '../signin/harness';
import { useAccounts } from '../support/accounts';

const ME = 'me@tweener.test';
const FRIEND = 'friend@tweener.test';
const FAN = 'fan@tweener.test';
const PEST = 'pest@tweener.test';
const NEW = 'new@tweener.test';

const accounts = useAccounts({
  variations: { legacyListFormat: true },
  accounts: [
    seed(ME, {
      groups: groups('Other Contacts', 'Close Friends'),
      gtc: 'N',
      blp: 'BL',
      contacts: [
        { email: FRIEND, lists: 1 | 2 | 8, groups: [1], storedName: 'Best Friend' },
        { email: FAN, lists: 8, storedName: 'A Fan' },
        { email: PEST, lists: 4 },
      ],
    }),
    seed(FRIEND),
    seed(FAN),
    seed(PEST),
    seed(NEW),
  ],
});

it('lists every contact, group and setting, and replaces a stale cache', async () => {
  const cache = new MemoryContactListCache();
  const me = await accounts.signIn(ME, { extra: { cache } });
  const byEmail = (email: string) => me.snapshot.contacts.find((c) => c.email === email);
  expect(byEmail(FRIEND)).toMatchObject({ friendlyName: 'Best Friend', lists: 11, groupIds: [1] });
  expect(byEmail(FAN)).toMatchObject({ friendlyName: 'A Fan', lists: 8 });
  expect(byEmail(PEST)).toMatchObject({ lists: 4 });
  expect(me.snapshot.contacts).toHaveLength(3);
  expect(me.snapshot.groups).toEqual(groups('Other Contacts', 'Close Friends'));
  expect(me.snapshot.privacy).toEqual({ blp: 'BL', gtc: 'N' });
  expect(me.snapshot.pendingAddedBy).toEqual([{ email: FAN, name: 'A Fan' }]);
  const cachedVersion = (await cache.load(ME))?.version ?? 0;
  expect(cachedVersion).toBeGreaterThan(0);
  await me.signOut();

  // The list changes on the server (someone adds me) while this copy is signed out.
  const other = await accounts.signIn(NEW);
  await other.addContact(ME);
  await other.signOut();

  const again = await accounts.signIn(ME, { extra: { cache } });
  expect(again.snapshot.contacts.map((c) => c.email).sort()).toEqual([FAN, FRIEND, NEW, PEST]);
  expect((await cache.load(ME))?.version).toBeGreaterThan(cachedVersion);
});
