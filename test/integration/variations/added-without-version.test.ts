// msnp8/README.md §11.1: `ADD 0 RL <email> <name>` without the list version. Parsed by shape: the
// name never becomes the address, the real contact gets the RL bit, and allowing works.
import { expect, it } from 'vitest';
import { seed, nextEvent } from '../signin/harness';
import { useAccounts } from '../support/accounts';

const ME = 'me@tweener.test';
const CAROL = 'carol@tweener.test';

const accounts = useAccounts({
  variations: { addRlWithoutVersion: true },
  accounts: [seed(ME), seed(CAROL, { friendlyName: 'Carol Cruz' })],
});

it('"Carol Cruz has added you" names Carol, and OK allows her', async () => {
  const me = await accounts.signIn(ME);
  const carol = await accounts.signIn(CAROL);
  const added = nextEvent<[{ email: string; name: string }]>(me, 'addedBy');
  await carol.addContact(ME);
  expect((await added)[0]).toEqual({ email: CAROL, name: 'Carol Cruz' });
  expect(me.snapshot.pendingAddedBy).toEqual([{ email: CAROL, name: 'Carol Cruz' }]);
  expect(me.snapshot.contacts.map((c) => c.email)).toEqual([CAROL]);
  await me.allow(CAROL);
  expect(me.snapshot.contacts.find((c) => c.email === CAROL)?.lists).toBe(2 | 8);
  expect(me.snapshot.pendingAddedBy).toEqual([]);
});
