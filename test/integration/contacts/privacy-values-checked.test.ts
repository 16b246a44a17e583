// contacts.md §5: BLP takes AL or BL, GTC takes A or N; anything else makes the server close
// the connection. A bad value from a caller is refused locally and nothing is sent.
import { beforeEach, expect, it } from 'vitest';
import type { Privacy } from '@shared/domain';
import { OperationError } from '../../../main/msnp';
import type { MsnClient } from '../../../main/msnp';
import { seed } from '../signin/harness';
import { useAccounts } from '../support/accounts';

const ME = 'privacy-values@tweener.test';
const accounts = useAccounts([seed(ME)]);
let me: MsnClient;
beforeEach(async () => {
  me = await accounts.signIn(ME);
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
