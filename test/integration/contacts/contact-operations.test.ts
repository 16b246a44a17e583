// Add, group membership, move, remove, block/unblock — each confirmed by the server and
// persisted with the version it returned (contacts.md §3, §4, §10). Against both server
// profiles: the revival one answers 207 for an unknown address, sends no ILN after ADD and
// lists everything at every sign-in (msnp8/README.md §11, §11.1).
import { beforeEach, expect, it } from 'vitest';
import { MemoryContactListCache, OperationError } from '../../../main/msnp';
import type { MsnClient } from '../../../main/msnp';
import { groups, PASSWORD, rejectionOf, seed, waitFor } from '../signin/harness';
import { PROFILES } from '../../server';
import { useAccounts } from '../support/accounts';
import { describeEachProfile } from '../support/profiles';

const ME = 'ops@tweener.test';
const BOB = 'bob@tweener.test';
const CAROL = 'carol@tweener.test';

describeEachProfile('contact operations', (profile) => {
  const variations = PROFILES[profile];
  const accounts = useAccounts({
    profile,
    accounts: [
      seed(ME, {
        groups: groups('Other Contacts', 'Friends', 'Work'),
        contacts: [{ email: CAROL, lists: 11, groups: [1], storedName: 'Carol' }],
      }),
      seed(BOB),
      seed(CAROL, { contacts: [{ email: ME, lists: 11, groups: [0] }] }),
    ],
  });
  let cache: MemoryContactListCache;
  let me: MsnClient;

  const contact = (c: MsnClient, email: string) =>
    c.snapshot.contacts.find((x) => x.email === email);
  /**
   * What the server holds: a fresh sign-in without cache. MSNP8 has one session per account,
   * so this ends `me` (OUT OTH), which then signs in again.
   */
  const serverView = async (email: string) => {
    const c = await accounts.signIn(ME);
    const found = contact(c, email);
    await c.signOut();
    await me.signIn({ email: ME, password: PASSWORD, status: 'NLN' });
    return found;
  };
  const cachedVersion = async () => (await cache.load(ME))?.version ?? -1;

  beforeEach(async () => {
    cache = new MemoryContactListCache();
    me = await accounts.signIn(ME, { extra: { cache } });
  });

  it('addContact puts the contact on FL (in the group) and AL', async () => {
    const before = await cachedVersion();
    await me.addContact(BOB, 2);
    expect(contact(me, BOB)).toMatchObject({ lists: 1 | 2, groupIds: [2] });
    expect(await cachedVersion()).toBeGreaterThan(before);
    expect(await serverView(BOB)).toMatchObject({ lists: 1 | 2, groupIds: [2] });
  });

  it('addToGroup, moveToGroup and removeFromGroup', async () => {
    await me.addToGroup(CAROL, 2);
    expect(contact(me, CAROL)?.groupIds).toEqual([1, 2]);
    await me.moveToGroup(CAROL, 1, 0);
    expect(contact(me, CAROL)?.groupIds).toEqual([0, 2]);
    await me.removeFromGroup(CAROL, 2);
    expect(contact(me, CAROL)?.groupIds).toEqual([0]);
    expect((await serverView(CAROL))?.groupIds).toEqual([0]);
  });

  it('removeContact takes the contact off FL only', async () => {
    const removed: string[] = [];
    me.on('contact', (c) => {
      if (c.email === CAROL) removed.push(String(c.lists));
    });
    await me.removeContact(CAROL);
    expect(contact(me, CAROL)).toMatchObject({ lists: 2 | 8, groupIds: [] });
    expect(removed.at(-1)).toBe('10');
    expect(await serverView(CAROL)).toMatchObject({ lists: 2 | 8 });
  });

  it('block moves AL → BL and unblock moves it back, in the order that avoids 219', async () => {
    await me.block(CAROL);
    expect(contact(me, CAROL)?.lists).toBe(1 | 4 | 8);
    expect((await serverView(CAROL))?.lists).toBe(1 | 4 | 8);
    await me.unblock(CAROL);
    expect(contact(me, CAROL)?.lists).toBe(1 | 2 | 8);
    expect((await serverView(CAROL))?.lists).toBe(1 | 2 | 8);
  });

  it('removing from FL keeps AL; block and unblock work on a non-FL entry', async () => {
    await me.addContact(BOB, 0);
    await me.removeContact(BOB);
    expect(contact(me, BOB)?.lists).toBe(2);
    await me.block(BOB);
    expect(contact(me, BOB)?.lists).toBe(4);
    await me.unblock(BOB);
    expect(contact(me, BOB)?.lists).toBe(2);
  });

  it('server errors reject with the code and leave the model unchanged', async () => {
    const codeOf = async (p: Promise<unknown>) => (await rejectionOf(p, OperationError)).code;
    const before = me.snapshot.contacts;
    // msnp8/README.md §11.1: 207 from some servers means the same as 205 here.
    const noAccount = rejectionOf(me.addContact('nobody@tweener.test'), OperationError);
    const refused = await noAccount;
    expect(refused.code).toBe(variations.error207OnAdd ? 207 : 205);
    expect(refused.message).toBe('There is no Messenger account for that e-mail address.');
    expect(await codeOf(me.addContact('a@b'))).toBe(201);
    expect(await codeOf(me.addToGroup(CAROL, 1))).toBe(215);
    expect(await codeOf(me.addToGroup(CAROL, 9))).toBe(224);
    expect(await codeOf(me.removeFromGroup(CAROL, 2))).toBe(225);
    // Never sent: not an address at all.
    expect(await codeOf(me.addContact('not an address'))).toBeUndefined();
    expect(me.snapshot.contacts).toEqual(before);
    expect(me.snapshot.session.phase).toBe('online');
  });

  it('adding an online contact who allows me shows them online at once (ILN after ADD)', async () => {
    const bob = await accounts.signIn(BOB, { status: 'LUN' });
    await bob.setPrivacy({ blp: 'AL' });
    await me.addContact(BOB);
    if (variations.noIlnAfterAdd) {
      // msnp8/README.md §11.1: no ILN; Bob shows offline until his next status change.
      expect(contact(me, BOB)?.status).toBe('FLN');
      await bob.setStatus('BSY');
      await waitFor(() => contact(me, BOB)?.status === 'BSY', 3_000, 'Bob shown online');
      return;
    }
    await waitFor(() => contact(me, BOB)?.status === 'LUN', 3_000, 'Bob shown online');
    expect(contact(me, BOB)?.status).toBe('LUN');
  });
});
