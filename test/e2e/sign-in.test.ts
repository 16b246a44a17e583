// Sign in through the real path: Chromium → built renderer → web harness → MsnClient → the
// local MSNP8 network. A wrong password first, then the right one; both list views; Options;
// sign out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenedPage } from './helpers/browser';
import { openPage, screenshot, SCREENSHOTS } from './helpers/browser';
import { signIn } from './helpers/flows';
import type { World } from './helpers/world';
import { startWorld } from './helpers/world';

let world: World;
let alice: OpenedPage;

beforeAll(async () => {
  world = await startWorld();
  const harness = await world.harness('alice@tweener.test');
  alice = await openPage(harness.url);
});

afterAll(async () => {
  await alice?.close();
  await world?.stop();
  console.log(`screenshots: ${SCREENSHOTS}`);
});

describe('signing in', () => {
  it('shows the sign-in screen, refuses a wrong password in plain words, then signs in', async () => {
    const { page } = alice;
    await page.getByLabel('E-mail address:').waitFor();
    await screenshot(page, 'sign-in');
    await signIn(page, 'alice@tweener.test', 'wrong-password');
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 40_000 });
    const text = await alert.innerText();
    expect(text).toMatch(/password/i);
    expect(text).not.toContain('wrong-password');
    await screenshot(page, 'sign-in-failed');

    await signIn(page, 'alice@tweener.test', 'tweener');
    await page.getByRole('tree', { name: 'Contacts' }).waitFor({ timeout: 40_000 });
    await expect.poll(() => page.getByRole('button', { name: /Alice \(Online\)/ }).count()).toBe(1);
  });

  it('answers the pending added-you prompt, then shows the list by groups', async () => {
    const { page } = alice;
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('Carol (carol@tweener.test) has added you');
    await screenshot(page, 'added-you-prompt');
    await dialog.getByRole('button', { name: 'OK' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('treeitem', { name: /^Friends, \d of 1 online$/ }).waitFor();
    await page.getByRole('treeitem', { name: /^Bob, / }).waitFor();
    // Carol was added to my list from the prompt (group 0, offline).
    await page
      .getByRole('treeitem', { name: /^carol@tweener.test, Offline$|^Carol, Offline$/ })
      .waitFor({ timeout: 10_000 });
    await screenshot(page, 'contact-list-groups');
  });

  it('switches to Online / Not Online', async () => {
    const { page } = alice;
    await page.getByRole('button', { name: 'Contacts' }).click();
    await page.getByRole('menuitem', { name: /Sort Contacts by/ }).click();
    await page.getByRole('menuitemradio', { name: /Online\/Offline/ }).click();
    await page.getByRole('treeitem', { name: /^Not Online, / }).waitFor();
    await screenshot(page, 'contact-list-online-offline');
    const names = await page
      .getByRole('treeitem')
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    expect(names[0]).toMatch(/^Online, /);
  });

  it('opens Options', async () => {
    const { page } = alice;
    await page.getByRole('button', { name: 'Tools' }).click();
    await page.getByRole('menuitem', { name: 'Options...' }).click();
    await page.getByRole('tab', { name: 'Privacy' }).click();
    await page.getByRole('listbox', { name: /My Allow List/ }).waitFor();
    await screenshot(page, 'options-privacy');
    await page.getByRole('tab', { name: 'Personal' }).click();
    await screenshot(page, 'options-personal');
    await page.getByRole('tab', { name: 'Connection' }).click();
    await page.getByLabel('Server:').waitFor();
    await screenshot(page, 'options-connection');
    await page.getByRole('button', { name: 'Cancel' }).click();
  });

  it('signs out back to the sign-in screen', async () => {
    const { page } = alice;
    await page.getByRole('button', { name: 'File' }).click();
    await page.getByRole('menuitem', { name: 'Sign Out' }).click();
    await page.getByRole('button', { name: 'Sign In' }).waitFor({ timeout: 30_000 });
  });
});
