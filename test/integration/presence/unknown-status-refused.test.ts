// presence.md §2: an unknown status code (or FLN) in CHG makes the server close the
// connection. A bad value from a caller (the shell's JavaScript side) is refused locally.
import { beforeEach, expect, it } from 'vitest';
import type { SettableStatus } from '@shared/domain';
import { OperationError } from '../../../main/msnp';
import type { MsnClient } from '../../../main/msnp';
import { seed } from '../signin/harness';
import { useAccounts } from '../support/accounts';

const ME = 'status@tweener.test';
const accounts = useAccounts([seed(ME)]);
let me: MsnClient;
beforeEach(async () => {
  me = await accounts.signIn(ME);
});

it.each(['XYZ', 'FLN', 'nln', ''])('status %j is refused before sending', async (bad) => {
  await expect(me.setStatus(bad as SettableStatus)).rejects.toBeInstanceOf(OperationError);
  await me.setStatus('BSY'); // the connection is still there
  expect(me.snapshot.self?.status).toBe('BSY');
  expect(me.snapshot.session.phase).toBe('online');
});
