// Signing in with another account on the same client starts from that account's list only.
import { describe, expect, it } from 'vitest';
import { MemoryContactListCache } from '../../../main/msnp';
import { useAccounts } from '../support/accounts';
import { PASSWORD, seed } from './harness';

describe('switching accounts', () => {
  const accounts = useAccounts([
    seed('one@tweener.test', { contacts: [{ email: 'a@tweener.test', lists: 3, groups: [0] }] }),
    seed('two@tweener.test', { contacts: [{ email: 'b@tweener.test', lists: 3, groups: [0] }] }),
    seed('a@tweener.test'),
    seed('b@tweener.test'),
  ]);

  it("never mixes the previous account's contacts into the next one", async () => {
    const client = accounts.client({ cache: new MemoryContactListCache() });
    await client.signIn({ email: 'one@tweener.test', password: PASSWORD, status: 'NLN' });
    expect(client.snapshot.contacts.map((c) => c.email)).toEqual(['a@tweener.test']);
    await client.signIn({ email: 'two@tweener.test', password: PASSWORD, status: 'NLN' });
    expect(client.snapshot.contacts.map((c) => c.email)).toEqual(['b@tweener.test']);
    expect(client.snapshot.self?.email).toBe('two@tweener.test');
    await client.signIn({ email: 'one@tweener.test', password: PASSWORD, status: 'NLN' });
    expect(client.snapshot.contacts.map((c) => c.email)).toEqual(['a@tweener.test']);
  });
});
