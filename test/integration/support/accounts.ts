// Fixture for the notification tests: a local network with the given accounts (fresh for each
// test unless shared), and MsnClients on it that are all signed out after each test — and the
// network stopped, its ports released — whatever the test did.
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { MsnClient, MsnClientOptions } from '../../../main/msnp';
import type { SettableStatus } from '@shared/domain';
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

/**
 * `network`: the accounts, or all the network's options. `shared`: one network for the whole
 * file (for tests that only sign in and out) instead of one per test; clients are still
 * signed out after each test.
 */
export function useAccounts(
  network: AccountSeed[] | NetworkOptions,
  { shared = false }: { shared?: boolean } = {},
): Accounts {
  const options = Array.isArray(network) ? { accounts: network } : network;
  let net: LocalNetwork | null = null;
  const clients: MsnClient[] = [];
  const current = (): LocalNetwork => {
    if (!net) throw new Error('the local network exists only while a test runs');
    return net;
  };
  const start = async () => {
    net = await startNetwork(options);
  };
  const stop = async () => {
    await net?.stop();
    net = null;
  };
  const signOutAll = async () => {
    const results = await Promise.allSettled(clients.splice(0).map((c) => c.signOut()));
    const failed = results.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
  };
  if (shared) {
    beforeAll(start);
    afterEach(signOutAll);
    afterAll(stop);
  } else {
    beforeEach(start);
    afterEach(async () => {
      try {
        await signOutAll();
      } finally {
        await stop(); // ports are released even when a sign-out failed
      }
    });
  }
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
