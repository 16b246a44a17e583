// Alice and Bob, each with a browser page on their own web harness, on one local network:
// the set-up of the two-person end-to-end tests.
import type { Page } from 'playwright-core';
import type { WebHarness } from '../../../main/web/harness';
import type { ProfileName } from '../../server';
import type { OpenedPage } from './browser';
import { openPage, SCREENSHOTS } from './browser';
import type { World } from './world';
import { startWorld } from './world';

export interface Pair {
  world: World;
  alice: OpenedPage;
  bob: OpenedPage;
  aliceHarness: WebHarness;
  bobHarness: WebHarness;
  stop(): Promise<void>;
}

export async function startPair(
  size = { width: 860, height: 620 },
  profile: ProfileName = 'spec',
  /** Both browsers' language (default: openPage's, English). */
  locale?: string,
): Promise<Pair> {
  const world = await startWorld(undefined, profile);
  const [aliceHarness, bobHarness] = await Promise.all([
    world.harness('alice@tweener.test'),
    world.harness('bob@tweener.test'),
  ]);
  const alice = await openPage(aliceHarness.url, size, 1, locale);
  const bob = await openPage(bobHarness.url, size, 1, locale);
  return {
    world,
    alice,
    bob,
    aliceHarness,
    bobHarness,
    async stop() {
      await alice.close();
      await bob.close();
      await world.stop();
      console.log(`screenshots: ${SCREENSHOTS}`);
    },
  };
}

/** Closes an open prompt (e.g. "X has added you") so it does not cover the page. */
export async function dismissPrompts(page: Page, close = 'Close'): Promise<void> {
  const dialog = page.getByRole('dialog');
  if (await dialog.count()) await dialog.getByRole('button', { name: close }).click();
}
