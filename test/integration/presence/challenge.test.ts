// CHL answered with QRY (README.md §7); the session stays up.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startNetwork } from '../../server';
import type { LocalNetwork } from '../../server';
import type { MsnClient } from '../../../main/msnp';
import { clientFor, PASSWORD, seed } from '../signin/harness';

describe('challenge', () => {
  let net: LocalNetwork;
  let client: MsnClient;
  beforeEach(async () => {
    net = await startNetwork({ accounts: [seed('chl@tweener.test')] });
    client = clientFor(net);
  });
  afterEach(async () => {
    await client.signOut();
    await net.stop();
  });

  it('answers CHL with the right QRY and keeps working', async () => {
    await client.signIn({ email: 'chl@tweener.test', password: PASSWORD, status: 'NLN' });
    await expect(net.faults.challenge('chl@tweener.test')).resolves.toBe(true);
    await expect(net.faults.challenge('chl@tweener.test')).resolves.toBe(true);
    await client.setStatus('BRB');
    expect(client.snapshot.session.phase).toBe('online');
  });
});
