// A small world for end-to-end tests: the local MSNP8 network with the demo accounts and one
// web harness (one signed-in person) per account, each with its own user-data folder.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWebHarness } from '../../../main/web/harness';
import type { WebHarness } from '../../../main/web/harness';
import type { NetworkProfile } from '@shared/domain';
import { profileForNetwork } from '../../demo/demo-network';
import { startNetwork } from '../../server';
import type { AccountSeed, LocalNetwork, ProfileName } from '../../server';
import { ROOT, RENDERER_OUT, ensureRendererBuilt } from './build';

export const DEMO_ACCOUNTS = JSON.parse(
  readFileSync(join(ROOT, 'test/fixtures/demo-accounts.json'), 'utf8'),
) as AccountSeed[];

export interface World {
  network: LocalNetwork;
  /** `adjust`: changes to this person's network profile (say, reach it through the gateway). */
  harness(email: string, adjust?: (profile: NetworkProfile) => NetworkProfile): Promise<WebHarness>;
  stop(): Promise<void>;
}

/** `profile`: the server variations the network plays (test/server/README.md). */
export async function startWorld(
  accounts: AccountSeed[] = DEMO_ACCOUNTS,
  profile: ProfileName = 'spec',
): Promise<World> {
  await ensureRendererBuilt();
  const network = await startNetwork({ accounts, profile });
  const base = mkdtempSync(join(tmpdir(), 'tweener-e2e-'));
  const harnesses: WebHarness[] = [];
  return {
    network,
    async harness(email, adjust = (profile) => profile) {
      mkdirSync(join(base, email), { recursive: true });
      const harness = await startWebHarness({
        profile: adjust(profileForNetwork(network)),
        userDataDir: join(base, email),
        rendererDir: RENDERER_OUT,
      });
      harnesses.push(harness);
      return harness;
    },
    async stop() {
      for (const h of harnesses.splice(0)) await h.stop().catch(() => undefined);
      await network.stop().catch(() => undefined);
      rmSync(base, { recursive: true, force: true });
    },
  };
}
