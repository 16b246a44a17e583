// Removing with a malformed address is refused in plain words before anything is sent
// (contacts.md §4; msnp8/README.md §3.1: a parameter never contains a space).
import { beforeEach, expect, it } from 'vitest';
import type { MsnClient } from '../../../main/msnp';
import { seed } from '../signin/harness';
import { useAccounts } from '../support/accounts';

const ME = 'remover@tweener.test';
const accounts = useAccounts([seed(ME)]);
let me: MsnClient;
beforeEach(async () => {
  me = await accounts.signIn(ME);
});

it('removeContact, removeFromGroup and moveToGroup check the address first', async () => {
  const words = 'That is not a valid e-mail address.';
  await expect(me.removeContact('bob smith@tweener.test')).rejects.toThrow(words);
  await expect(me.removeFromGroup('no-at-sign', 0)).rejects.toThrow(words);
  await expect(me.moveToGroup('a b@c', 0, 0 + 1)).rejects.toThrow(words);
  expect(me.snapshot.session.phase).toBe('online');
});
