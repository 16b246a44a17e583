// msnp8/README.md §6: the name limits count bytes of the URL-encoded form, and an over-long value
// is refused with a clear error BEFORE anything is sent (the server would disconnect).
// `☕` encodes to 9 bytes (%E2%98%95), `é` to 6 (%C3%A9).
import { beforeEach, describe, expect, it } from 'vitest';
import type { MsnClient } from '../../../main/msnp';
import { seed } from '../signin/harness';
import { useAccounts } from '../support/accounts';

const ME = 'limits@tweener.test';

describe('encoded length limits', () => {
  const accounts = useAccounts([seed(ME)]);
  let me: MsnClient;
  beforeEach(async () => {
    me = await accounts.signIn(ME);
  });

  it('friendly name: 387 encoded bytes go out, 396 are refused locally', async () => {
    await me.setFriendlyName('☕'.repeat(43)); // 387 bytes encoded
    expect(me.snapshot.self?.friendlyName).toBe('☕'.repeat(43));
    await expect(me.setFriendlyName('☕'.repeat(44))).rejects.toThrow(/display name is too long/);
    expect(me.snapshot.self?.friendlyName).toBe('☕'.repeat(43));
    expect(me.snapshot.session.phase).toBe('online');
  });

  it('group name: 11 characters that encode to 66 bytes are refused, 60 bytes are fine', async () => {
    await expect(me.addGroup('é'.repeat(11))).rejects.toThrow(/group name is too long/);
    const group = await me.addGroup('é'.repeat(10));
    expect(group.name).toBe('é'.repeat(10));
    await expect(me.renameGroup(group.id, 'é'.repeat(11))).rejects.toThrow(/too long/);
    expect(me.snapshot.groups.find((g) => g.id === group.id)?.name).toBe('é'.repeat(10));
    expect(me.snapshot.session.phase).toBe('online');
  });

  it('phone number: more than 95 encoded bytes are refused locally', async () => {
    await expect(me.setPhone('home', '1 '.repeat(40))).rejects.toThrow(/too long/); // %20s
    expect(me.snapshot.session.phase).toBe('online');
  });
});
