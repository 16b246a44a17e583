/// <reference lib="dom" />
// Two people, one of them behind a firewall: Alice's network profile says "HTTP gateway only",
// Bob connects directly. Both sign in, Alice's list says she is on the gateway, and they chat
// both ways. reference: msnp8 http-gateway.md §1–§4
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { OpenedPage } from './helpers/browser';
import { openPage, screenshot } from './helpers/browser';
import { signedIn } from './helpers/flows';
import { dismissPrompts } from './helpers/pair';
import type { World } from './helpers/world';
import { startWorld } from './helpers/world';

let world: World;
let alice: OpenedPage;
let bob: OpenedPage;

beforeAll(async () => {
  world = await startWorld();
  const gatewayPort = world.network.gatewayPort;
  const [aliceHarness, bobHarness] = await Promise.all([
    world.harness('alice@tweener.test', (profile) => ({
      ...profile,
      connection: { mode: 'gateway', gateway: `127.0.0.1:${gatewayPort}` },
    })),
    world.harness('bob@tweener.test'),
  ]);
  alice = await openPage(aliceHarness.url, { width: 860, height: 620 });
  bob = await openPage(bobHarness.url, { width: 860, height: 620 });
});

afterAll(async () => {
  await alice?.close();
  await bob?.close();
  await world?.stop();
});

const input = (page: Page) => page.getByLabel('Type your message');

it('Alice on the gateway and Bob direct chat both ways', async () => {
  await signedIn(alice.page, 'alice@tweener.test', 'tweener');
  await signedIn(bob.page, 'bob@tweener.test', 'tweener');
  await alice.page.getByText('Connected through the HTTP gateway.').waitFor({ timeout: 30_000 });
  expect(await bob.page.getByText('Connected through the HTTP gateway.').count()).toBe(0);
  await dismissPrompts(alice.page);
  await alice.page.getByRole('treeitem', { name: 'Bob, Online' }).waitFor({ timeout: 30_000 });

  await alice.page.getByRole('treeitem', { name: 'Bob, Online' }).click();
  await alice.page.getByRole('tree', { name: 'Contacts' }).press('Enter');
  await input(alice.page).fill('Hello from behind the firewall');
  await input(alice.page).press('Enter');
  const atBob = bob.page.locator('.message--in .message__body').last();
  await atBob.waitFor({ timeout: 30_000 });
  expect(await atBob.innerText()).toContain('Hello from behind the firewall');

  await input(bob.page).fill('Loud and clear');
  await input(bob.page).press('Enter');
  const atAlice = alice.page.locator('.message--in .message__body').last();
  await atAlice.waitFor({ timeout: 30_000 });
  expect(await atAlice.innerText()).toContain('Loud and clear');
  await expect
    .poll(() => alice.page.locator('.message--out[data-state="sending"]').count())
    .toBe(0);
  await screenshot(alice.page, 'gateway-chat');

  const stats = world.network.gatewayStats();
  // Alice's NS session and her switchboard, each its own gateway session (§3); no overlap.
  expect(stats.perSession.filter((s) => s.server === 'NS').length).toBeGreaterThanOrEqual(1);
  expect(stats.perSession.filter((s) => s.server === 'SB').length).toBeGreaterThanOrEqual(1);
  expect(stats.overlaps).toBe(0);
  expect(stats.pngs).toBe(0);
});
