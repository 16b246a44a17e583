// Per-test fixture for the notification tests: a fresh local network with the given accounts,
// and MsnClients on it that are all signed out (and the network stopped, its ports released)
// after each test, whatever the test did.
import { afterEach, beforeEach } from 'vitest';
import type { MsnClient, MsnClientOptions } from '../../../main/msnp';
import type { SettableStatus } from '../../../shared/domain';
import { startNetwork } from '../../server';
import type { AccountSeed, LocalNetwork, NetworkOptions } from '../../server';
import { forward } from '../../server/helpers/per-test';
import { clientFor, PASSWORD } from '../signin/harness';

export interface Accounts {
  /** This test's network. */
  net: LocalNetwork;
  /** A new MsnClient on this test's network (signed out after the test). */
  client(extra?: Partial<MsnClientOptions>): MsnClient;
  /** A new client signed in as `email` with the seed password. */
  signIn(
    email: string,
    options?: { status?: SettableStatus; extra?: Partial<MsnClientOptions> },
  ): Promise<MsnClient>;
}

export function useAccounts(network: AccountSeed[] | NetworkOptions): Accounts {
  const options = Array.isArray(network) ? { accounts: network } : network;
  let net: LocalNetwork | null = null;
  const clients: MsnClient[] = [];
  const current = (): LocalNetwork => {
    if (!net) throw new Error('the local network exists only while a test runs');
    return net;
  };
  beforeEach(async () => {
    net = await startNetwork(options);
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) await client.signOut();
    await net?.stop();
    net = null;
  });
  const client = (extra: Partial<MsnClientOptions> = {}): MsnClient => {
    const created = clientFor(current(), extra);
    clients.push(created);
    return created;
  };
  return {
    net: forward(() => net, 'the local network'),
    client,
    async signIn(email, { status = 'NLN', extra = {} } = {}) {
      const signedIn = client(extra);
      await signedIn.signIn({ email, password: PASSWORD, status });
      return signedIn;
    },
  };
}
