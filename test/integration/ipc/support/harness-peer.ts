// A person in front of a web harness page, without the page: the real browser-side bridge
// (renderer/src/bridge/web-bridge.ts) on a `ws` socket that sends the page's Origin.
import { copyFile, mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { WebSocket as NodeWebSocket } from 'ws';
import type { AppEvent } from '@shared/ipc/events';
import { createWireBridge } from '@shared/ipc/wire-bridge';
import type { WireBridge, WireSocket } from '@shared/ipc/wire-bridge';
import { startWebHarness } from '../../../../main/web/harness';
import type { WebHarness } from '../../../../main/web/harness';
import { profileForNetwork } from '../../../demo/demo-network';
import { startNetwork } from '../../../server';
import type { AccountSeed, LocalNetwork } from '../../../server';

const root = resolve(import.meta.dirname, '../../../..');

export async function startDemoAccountsNetwork(): Promise<LocalNetwork> {
  const seeds = JSON.parse(
    await readFile(join(root, 'test/fixtures/demo-accounts.json'), 'utf8'),
  ) as AccountSeed[];
  return startNetwork({ accounts: seeds });
}

/** A sign-in request for a demo account (password "tweener"), remembering nothing. */
export const demoSignIn = (email: string) => ({
  email,
  password: 'tweener',
  status: 'NLN' as const,
  profileId: 'local-demo',
  rememberMe: false,
  rememberPassword: false,
  signInAutomatically: false,
});

/** A renderer folder with just the real index.html (its CSP): no build needed. */
export async function minimalRendererDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tweener-renderer-'));
  await mkdir(dir, { recursive: true });
  await copyFile(join(root, 'renderer/index.html'), join(dir, 'index.html'));
  return dir;
}

/** `ws` sending the Origin a browser would send for a page from `pageUrl`. */
const socketsFor =
  (pageUrl: string) =>
  (url: string): WireSocket =>
    new NodeWebSocket(url, { origin: new URL(pageUrl).origin }) as unknown as WireSocket;

export interface HarnessPeer {
  harness: WebHarness;
  bridge: WireBridge;
  events: AppEvent[];
  waitFor<T extends AppEvent>(
    match: (event: AppEvent) => event is T,
    timeoutMs?: number,
  ): Promise<T>;
  waitFor(match: (event: AppEvent) => boolean, timeoutMs?: number): Promise<AppEvent>;
  stop(): Promise<void>;
}

export async function startPeer(
  network: LocalNetwork,
  userDataDir: string,
  rendererDir: string,
): Promise<HarnessPeer> {
  const harness = await startWebHarness({
    profile: profileForNetwork(network),
    userDataDir,
    rendererDir,
  });
  const bridge = createWireBridge(
    `${harness.url.replace('http:', 'ws:')}msn`,
    socketsFor(harness.url),
  );

  const events: AppEvent[] = [];
  const waiters = new Set<() => void>();
  bridge.onEvent((batch) => {
    events.push(...batch);
    for (const wake of waiters) wake();
  });
  const waitFor = (match: (event: AppEvent) => boolean, timeoutMs = 10_000): Promise<AppEvent> =>
    new Promise((resolveWait, reject) => {
      let seen = 0;
      const check = (): void => {
        for (; seen < events.length; seen++) {
          const event = events[seen];
          if (event && match(event)) {
            cleanup();
            resolveWait(event);
            return;
          }
        }
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`no matching event within ${timeoutMs} ms`));
      }, timeoutMs);
      const cleanup = (): void => {
        clearTimeout(timer);
        waiters.delete(check);
      };
      waiters.add(check);
      check();
    });
  return {
    harness,
    bridge,
    events,
    waitFor: waitFor as HarnessPeer['waitFor'],
    stop: async () => {
      bridge.close();
      await harness.stop();
    },
  };
}

export interface SignedInPair {
  network: LocalNetwork;
  alice: HarnessPeer;
  bob: HarnessPeer;
  /** Alice's user-data folder (where main keeps her outgoing files). */
  aliceDir: string;
  stop(): Promise<void>;
}

/** The demo network, and Alice and Bob each signed in through their own harness. */
export async function startSignedInPair(): Promise<SignedInPair> {
  const network = await startDemoAccountsNetwork();
  const rendererDir = await minimalRendererDir();
  const aliceDir = await mkdtemp(join(tmpdir(), 'tweener-a-'));
  const alice = await startPeer(network, aliceDir, rendererDir);
  const bob = await startPeer(network, await mkdtemp(join(tmpdir(), 'tweener-b-')), rendererDir);
  await alice.bridge.request('session:signIn', demoSignIn('alice@tweener.test'));
  await bob.bridge.request('session:signIn', demoSignIn('bob@tweener.test'));
  return {
    network,
    alice,
    bob,
    aliceDir,
    async stop() {
      await alice.stop();
      await bob.stop();
      await network.stop();
    },
  };
}
