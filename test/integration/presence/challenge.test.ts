// CHL answered with QRY (msnp8/README.md §7); the session stays up.
import { describe, expect, it } from 'vitest';
import { seed } from '../signin/harness';
import { useAccounts } from '../support/accounts';

describe('challenge', () => {
  const { net, signIn } = useAccounts([seed('chl@tweener.test')]);

  it('answers CHL with the right QRY and keeps working', async () => {
    const client = await signIn('chl@tweener.test');
    await expect(net.faults.challenge('chl@tweener.test')).resolves.toBe(true);
    await expect(net.faults.challenge('chl@tweener.test')).resolves.toBe(true);
    await client.setStatus('BRB');
    expect(client.snapshot.session.phase).toBe('online');
  });
});
