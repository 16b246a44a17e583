// Signed-in MsnClient peers on one local network, for conversation and file-transfer tests.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MsnClient, MsnClientOptions } from '../../../../main/msnp';
import { startNetwork } from '../../../server';
import type { LocalNetwork, ProfileName } from '../../../server';
import { demoAccounts } from '../../../server/helpers/accounts';
import { clientFor, PASSWORD } from '../../signin/harness';

export interface Peer {
  email: string;
  chat: MsnClient;
  /** A fresh folder for files this peer receives. */
  downloadDir: string;
  close(): void;
}

export const ALICE = 'alice@tweener.test';
export const BOB = 'bob@tweener.test';
export const CAROL = 'carol@tweener.test';

export async function startDemoNetwork(profile: ProfileName = 'spec'): Promise<LocalNetwork> {
  return startNetwork({ accounts: demoAccounts(), profile });
}

export async function signInPeer(
  net: LocalNetwork,
  email: string,
  extra: Partial<MsnClientOptions> = {},
): Promise<Peer> {
  const downloadDir = mkdtempSync(join(tmpdir(), 'tweener-dl-'));
  const client = clientFor(net, {
    downloadDir,
    // One machine: listen on loopback and advertise it (switchboard.md §11.1).
    fileTransfer: { bindHost: '127.0.0.1', advertisedHost: '127.0.0.1', timeoutMs: 10_000 },
    ...extra,
  });
  await client.signIn({ email, password: PASSWORD, status: 'NLN' });
  return {
    email,
    chat: client,
    downloadDir,
    close: () => void client.signOut(),
  };
}
