// ADG / REG / RMG with their replies and errors (contacts.md §9, errors.md §2).
import { beforeEach, describe, expect, it } from 'vitest';
import { OperationError } from '../../../main/msnp';
import type { MsnClient } from '../../../main/msnp';
import type { Group } from '@shared/domain';
import { groups, nextEvent, rejectionOf, seed } from '../signin/harness';
import { useAccounts } from '../support/accounts';

const ME = 'groups@tweener.test';

const codeOf = async (p: Promise<unknown>) => (await rejectionOf(p, OperationError)).code;

describe('group operations', () => {
  const accounts = useAccounts([
    seed(ME, {
      groups: groups('Other Contacts', 'Friends'),
      contacts: [{ email: 'pal@tweener.test', lists: 3, groups: [1] }],
    }),
    seed('pal@tweener.test'),
  ]);
  let me: MsnClient;
  beforeEach(async () => {
    me = await accounts.signIn(ME);
  });

  it('adds, renames and removes a group, emitting groups each time', async () => {
    const added = nextEvent<[Group[]]>(me, 'groups', (g) =>
      g.some((x) => x.name === 'Old School ☕'),
    );
    const group = await me.addGroup('Old School ☕');
    await added;
    expect(group.name).toBe('Old School ☕');
    expect(me.snapshot.groups).toContainEqual(group);

    await me.renameGroup(group.id, 'School Friends');
    expect(me.snapshot.groups).toContainEqual({ id: group.id, name: 'School Friends' });

    await me.removeGroup(group.id);
    expect(me.snapshot.groups.map((g) => g.id)).not.toContain(group.id);
  });

  it('removing a group keeps its only-member contacts on FL (moved to group 0 first)', async () => {
    await me.removeGroup(1);
    const pal = me.snapshot.contacts.find((c) => c.email === 'pal@tweener.test');
    expect(pal).toMatchObject({ lists: 3, groupIds: [0] });
  });

  it('server errors become OperationErrors with the reference code', async () => {
    expect(await codeOf(me.removeGroup(0))).toBe(230);
    expect(await codeOf(me.renameGroup(9, 'Nine'))).toBe(224);
    expect(await codeOf(me.addGroup('Friends'))).toBe(228);
    expect(await codeOf(me.removeFromGroup('pal@tweener.test', 9))).toBe(224);
    // Client-side limits: never sent (msnp8/README.md §6).
    await expect(me.addGroup('x'.repeat(62))).rejects.toThrow('too long');
    // Ids outside 0–29 would make the server close the connection: refused locally.
    expect(await codeOf(me.renameGroup(30, 'Thirty'))).toBeUndefined();
    expect(await codeOf(me.addToGroup('pal@tweener.test', -1))).toBeUndefined();
    expect(me.snapshot.session.phase).toBe('online');
  });
});
