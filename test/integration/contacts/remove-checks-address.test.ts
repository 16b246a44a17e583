// Removing with a malformed address is refused in plain words before anything is sent
// (contacts.md §4; README.md §3.1: a parameter never contains a space).
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { MsnClient } from '../../../main/msnp';
import { startNetwork } from '../../server';
import type { LocalNetwork } from '../../server';
import { clientFor, PASSWORD, seed } from '../signin/harness';

const ME = 'remover@tweener.test';
let net: LocalNetwork;
let me: MsnClient;
beforeEach(async () => {
  net = await startNetwork({ accounts: [seed(ME)] });
  me = clientFor(net);
  await me.signIn({ email: ME, password: PASSWORD, status: 'NLN' });
});
afterEach(async () => {
  await me.signOut();
  await net.stop();
});

it('removeContact, removeFromGroup and moveToGroup check the address first', async () => {
  const words = 'That is not a valid e-mail address.';
  await expect(me.removeContact('bob smith@tweener.test')).rejects.toThrow(words);
  await expect(me.removeFromGroup('no-at-sign', 0)).rejects.toThrow(words);
  await expect(me.moveToGroup('a b@c', 0, 0 + 1)).rejects.toThrow(words);
  expect(me.snapshot.session.phase).toBe('online');
});
