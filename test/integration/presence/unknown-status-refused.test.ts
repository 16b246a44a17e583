// presence.md §2: an unknown status code (or FLN) in CHG makes the server close the
// connection. A bad value from a caller (the shell's JavaScript side) is refused locally.
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { SettableStatus } from '../../../shared/domain';
import { OperationError } from '../../../main/msnp';
import type { MsnClient } from '../../../main/msnp';
import { startNetwork } from '../../server';
import type { LocalNetwork } from '../../server';
import { clientFor, PASSWORD, seed } from '../signin/harness';

const ME = 'status@tweener.test';
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

it.each(['XYZ', 'FLN', 'nln', ''])('status %j is refused before sending', async (bad) => {
  await expect(me.setStatus(bad as SettableStatus)).rejects.toBeInstanceOf(OperationError);
  await me.setStatus('BSY'); // the connection is still there
  expect(me.snapshot.self?.status).toBe('BSY');
  expect(me.snapshot.session.phase).toBe('online');
});
