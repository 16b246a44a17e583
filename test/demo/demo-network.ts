// The demo: the local MSNP8 network from test/server with the demo accounts, and the network
// profile that points at it. It lives under test/: the product never depends on test code.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { NetworkProfile } from '@shared/domain';
import { startNetwork } from '../server';
import type { AccountSeed, LocalNetwork, ProfileName } from '../server';
import { LOCAL_DEMO_PROFILE_ID } from '../../main/services/stores/profile-store';

const ACCOUNTS_FILE = resolve(import.meta.dirname, '../fixtures/demo-accounts.json');

export function profileForNetwork(network: LocalNetwork): NetworkProfile {
  return {
    id: LOCAL_DEMO_PROFILE_ID,
    name: 'Local demo network',
    host: network.host,
    port: network.dispatchPort,
    nexusUrl: network.nexusUrl,
    loginUrl: null,
    caCertPem: network.caCertPem,
    pinnedCertSha256: null,
    builtIn: true,
  };
}

export interface DemoNetwork {
  network: LocalNetwork;
  profile: NetworkProfile;
  accounts: { email: string; password: string }[];
}

/** `serverProfile`: which server variations the network plays (test/server/README.md). */
export async function startDemoNetwork(serverProfile: ProfileName = 'spec'): Promise<DemoNetwork> {
  const seeds = JSON.parse(await readFile(ACCOUNTS_FILE, 'utf8')) as AccountSeed[];
  const network = await startNetwork({ accounts: seeds, profile: serverProfile });
  return {
    network,
    profile: profileForNetwork(network),
    accounts: seeds.map(({ email, password }) => ({ email, password })),
  };
}
