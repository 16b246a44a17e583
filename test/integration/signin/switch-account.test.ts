// Signing in with another account on the same client starts from that account's list only.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startNetwork } from '../../server';
import type { LocalNetwork } from '../../server';
import { MemoryContactListCache } from '../../../main/msnp';
import type { MsnClient } from '../../../main/msnp';
import { clientFor, PASSWORD, seed } from './harness';

describe('switching accounts', () => {
  let net: LocalNetwork;
  let client: MsnClient;
  beforeEach(async () => {
    net = await startNetwork({
      accounts: [
        seed('one@tweener.test', {
          contacts: [{ email: 'a@tweener.test', lists: 3, groups: [0] }],
        }),
        seed('two@tweener.test', {
          contacts: [{ email: 'b@tweener.test', lists: 3, groups: [0] }],
        }),
        seed('a@tweener.test'),
        seed('b@tweener.test'),
      ],
    });
    client = clientFor(net, { cache: new MemoryContactListCache() });
  });
  afterEach(async () => {
    await client.signOut();
    await net.stop();
  });

  it("never mixes the previous account's contacts into the next one", async () => {
    await client.signIn({ email: 'one@tweener.test', password: PASSWORD, status: 'NLN' });
    expect(client.snapshot.contacts.map((c) => c.email)).toEqual(['a@tweener.test']);
    await client.signIn({ email: 'two@tweener.test', password: PASSWORD, status: 'NLN' });
    expect(client.snapshot.contacts.map((c) => c.email)).toEqual(['b@tweener.test']);
    expect(client.snapshot.self?.email).toBe('two@tweener.test');
    await client.signIn({ email: 'one@tweener.test', password: PASSWORD, status: 'NLN' });
    expect(client.snapshot.contacts.map((c) => c.email)).toEqual(['a@tweener.test']);
  });
});
