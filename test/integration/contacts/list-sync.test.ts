// SYN from an empty cache (full listing), and from a cached version (contacts.md §1.4, §2).
import { beforeEach, describe, expect, it } from 'vitest';
import { MemoryContactListCache } from '../../../main/msnp';
import { groups, seed } from '../signin/harness';
import { useAccounts } from '../support/accounts';

const ME = 'sync@tweener.test';

describe('contact list synchronisation', () => {
  const accounts = useAccounts([
    seed(ME, {
      groups: groups('Other Contacts', 'Friends', 'Work Mates'),
      blp: 'BL',
      gtc: 'N',
      contacts: [
        { email: 'bob@tweener.test', lists: 11, groups: [1], storedName: 'Bob' },
        { email: 'carol@tweener.test', lists: 11, groups: [1, 2], storedName: 'Carol Smith' },
        { email: 'dave@tweener.test', lists: 3, groups: [0] },
        { email: 'eve@tweener.test', lists: 12, storedName: 'Eve' },
        { email: 'frank@tweener.test', lists: 8, storedName: 'Frank' },
      ],
    }),
    seed('bob@tweener.test'),
    seed('carol@tweener.test'),
    seed('dave@tweener.test'),
    seed('eve@tweener.test'),
    seed('frank@tweener.test'),
  ]);
  let cache: MemoryContactListCache;
  const signIn = () => accounts.signIn(ME, { extra: { cache } });
  beforeEach(() => {
    cache = new MemoryContactListCache();
  });

  it('from an empty cache: the full list, pending entries, and the list persisted', async () => {
    const c = await signIn();
    const snap = c.snapshot;
    expect(snap.groups.map((g) => g.name)).toEqual(['Other Contacts', 'Friends', 'Work Mates']);
    expect(snap.privacy).toEqual({ blp: 'BL', gtc: 'N' });
    const byEmail = new Map(snap.contacts.map((x) => [x.email, x]));
    expect(byEmail.get('carol@tweener.test')).toMatchObject({
      friendlyName: 'Carol Smith',
      lists: 11,
      groupIds: [1, 2],
    });
    expect(byEmail.get('eve@tweener.test')).toMatchObject({ lists: 12, groupIds: [] });
    expect(snap.contacts).toHaveLength(5);
    expect(snap.pendingAddedBy).toEqual([{ email: 'frank@tweener.test', name: 'Frank' }]);
    const cached = await cache.load(ME);
    expect(cached?.version).toBeGreaterThan(0);
    expect(cached?.contacts).toHaveLength(5);
  });

  it('from a current cached version: nothing resent, the cache is used', async () => {
    await (await signIn()).signOut();
    const cached = (await cache.load(ME))!;
    // Mark the cache so we can tell it was used rather than a fresh listing.
    const bob = cached.contacts.find((c) => c.email === 'bob@tweener.test')!;
    bob.storedName = 'Bob (from cache)';
    await cache.save(ME, cached);

    const c = await signIn();
    expect(c.snapshot.contacts.find((x) => x.email === 'bob@tweener.test')?.friendlyName).toBe(
      'Bob (from cache)',
    );
    expect(c.snapshot.contacts).toHaveLength(5);
  });

  it('a stale cached version gets the full list, replacing the cache', async () => {
    await (await signIn()).signOut();
    const cached = (await cache.load(ME))!;
    cached.version -= 1;
    cached.contacts = cached.contacts.filter((x) => x.email !== 'bob@tweener.test');
    cached.contacts.push({
      email: 'ghost@tweener.test',
      storedName: 'Ghost',
      lists: 1,
      groupIds: [0],
      phones: {},
    });
    await cache.save(ME, cached);

    const c = await signIn();
    const emails = c.snapshot.contacts.map((x) => x.email).sort();
    expect(emails).toContain('bob@tweener.test');
    expect(emails).not.toContain('ghost@tweener.test');
  });

  it('a corrupt cache is ignored (sync from version 0)', async () => {
    await cache.save(ME, { version: 3, nonsense: true } as never);
    const c = await signIn();
    expect(c.snapshot.contacts).toHaveLength(5);
  });
});
