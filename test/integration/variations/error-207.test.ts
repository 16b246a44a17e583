// msnp8/README.md §11.1: error 207 answering ADD for an address without an account (spec: 205).
import { expect, it } from 'vitest';
import { OperationError } from '../../../main/msnp';
import { rejectionOf, seed } from '../signin/harness';
import { useAccounts } from '../support/accounts';

const ME = 'me@tweener.test';
const accounts = useAccounts({ variations: { error207OnAdd: true }, accounts: [seed(ME)] });

it('says there is no account for that address, and the session stays online', async () => {
  const me = await accounts.signIn(ME);
  const error = await rejectionOf(me.addContact('nobody@tweener.test'), OperationError);
  expect(error.code).toBe(207);
  expect(error.message).toBe('There is no Messenger account for that e-mail address.');
  expect(me.snapshot.contacts).toEqual([]);
  expect(me.snapshot.session.phase).toBe('online');
});
