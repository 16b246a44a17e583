// contacts.md §5: BLP takes AL or BL, GTC takes A or N; anything else makes the server close
// the connection. A bad value from a caller is refused locally and nothing is sent.
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Privacy } from '../../../shared/domain';
import { OperationError } from '../../../main/msnp';
import type { MsnClient } from '../../../main/msnp';
import { startNetwork } from '../../server';
import type { LocalNetwork } from '../../server';
import { clientFor, PASSWORD, seed } from '../signin/harness';

const ME = 'privacy-values@tweener.test';
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

it.each([{ blp: 'XX' }, { gtc: 'Y' }, { blp: 'al' }])(
  '%j is refused before sending',
  async (bad) => {
    await expect(me.setPrivacy(bad as unknown as Partial<Privacy>)).rejects.toBeInstanceOf(
      OperationError,
    );
    await me.setPrivacy({ blp: 'BL' }); // the connection is still there
    expect(me.snapshot.privacy.blp).toBe('BL');
    expect(me.snapshot.session.phase).toBe('online');
  },
);
