// Contacts through the real path: someone adds me (the live added-you prompt), I block them,
// they see me as offline; I add a contact with the wizard; block and unblock from the list.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenedPage } from './helpers/browser';
import { openPage, screenshot, SCREENSHOTS } from './helpers/browser';
import { signedIn } from './helpers/flows';
import type { World } from './helpers/world';
import { DEMO_ACCOUNTS, startWorld } from './helpers/world';

let world: World;
let alice: OpenedPage;
let dave: OpenedPage;

beforeAll(async () => {
  world = await startWorld([
    ...DEMO_ACCOUNTS,
    { email: 'dave@tweener.test', password: 'tweener', friendlyName: 'Dave' },
  ]);
  const [ha, hd] = await Promise.all([
    world.harness('alice@tweener.test'),
    world.harness('dave@tweener.test'),
  ]);
  alice = await openPage(ha.url);
  dave = await openPage(hd.url);
});

afterAll(async () => {
  await alice?.close();
  await dave?.close();
  await world?.stop();
  console.log(`screenshots: ${SCREENSHOTS}`);
});

async function addContact(page: Page, email: string): Promise<void> {
  await page.getByRole('button', { name: 'Add a Contact' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a Contact' });
  await dialog.getByRole('textbox').fill(email);
  await dialog.getByRole('button', { name: 'Add' }).click();
  await dialog.getByText(`Success! ${email} was added to your list.`).waitFor({ timeout: 30_000 });
  await dialog.getByRole('button', { name: 'Finish' }).click();
}

describe('contacts', () => {
  it('someone adds me: the prompt appears live, and blocking hides me from them', async () => {
    await signedIn(alice.page, 'alice@tweener.test', 'tweener');
    // Carol's request from before (snapshot) comes first: decide later.
    const first = alice.page.getByRole('dialog');
    await first.waitFor();
    await first.getByRole('button', { name: 'Close' }).click();

    await signedIn(dave.page, 'dave@tweener.test', 'tweener');
    await addContact(dave.page, 'alice@tweener.test');
    await dave.page
      .getByRole('treeitem', { name: /^(Alice|alice@tweener.test), Online$/ })
      .waitFor({ timeout: 30_000 });

    const prompt = alice.page.getByRole('dialog');
    await prompt.getByText(/dave@tweener.test\) has added you/).waitFor({ timeout: 30_000 });
    await screenshot(alice.page, 'added-you-live');
    await prompt.getByLabel(/Block this person/).check();
    await prompt.getByRole('button', { name: 'OK' }).click();
    await dave.page
      .getByRole('treeitem', { name: /^(Alice|alice@tweener.test), Offline$/ })
      .waitFor({ timeout: 30_000 });
  });

  it('adds a contact with the wizard', async () => {
    await addContact(alice.page, 'carol@tweener.test');
    await alice.page
      .getByRole('treeitem', { name: /^(Carol|carol@tweener.test), Offline$/ })
      .waitFor({ timeout: 30_000 });
  });

  it('a contact the server refuses: its words in the dialog, the address kept', async () => {
    const { page } = alice;
    await page.getByRole('button', { name: 'Add a Contact' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a Contact' });
    await dialog.getByRole('textbox').fill('nobody@nowhere.test');
    await dialog.getByRole('button', { name: 'Add' }).click();
    const problem = dialog.getByRole('alert');
    await problem.waitFor({ timeout: 30_000 });
    expect((await problem.innerText()).length).toBeGreaterThan(5);
    expect(await dialog.getByRole('textbox').inputValue()).toBe('nobody@nowhere.test');
    await screenshot(page, 'add-contact-refused');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });

  it('blocks and unblocks from the context menu', async () => {
    const { page } = alice;
    const row = page.getByRole('treeitem', { name: /^Bob, / });
    await row.click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Block' }).click();
    await page.getByRole('treeitem', { name: 'Bob, blocked' }).waitFor({ timeout: 30_000 });
    expect(
      await page.getByRole('treeitem', { name: 'Bob, blocked' }).getAttribute('data-blocked'),
    ).toBe('true');
    await screenshot(page, 'contact-list-blocked');
    await page.getByRole('treeitem', { name: 'Bob, blocked' }).click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Unblock' }).click();
    await page.getByRole('treeitem', { name: /^Bob, Offline$/ }).waitFor({ timeout: 30_000 });
  });

  it('a name only I see: set from the context menu, the real name in the tooltip, then cleared', async () => {
    const { page } = alice;
    await page.getByRole('treeitem', { name: /^Bob, / }).click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Set a Name Only You See...' }).click();
    const dialog = page.getByRole('dialog', { name: 'Set a Name Only You See' });
    await dialog.getByRole('textbox').fill('Bobby from work');
    await dialog.getByRole('button', { name: 'OK' }).click();
    const row = page.getByRole('treeitem', { name: /^Bobby from work, / });
    await row.waitFor({ timeout: 30_000 });
    expect(await row.getAttribute('title')).toBe('\u2068Bob\u2069 <bob@tweener.test>');
    await screenshot(page, 'contact-list-nickname');
    await row.click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Set a Name Only You See...' }).click();
    await page.getByRole('button', { name: 'Use Their Name' }).click();
    await page.getByRole('treeitem', { name: /^Bob, / }).waitFor({ timeout: 30_000 });
  });

  it('the dark theme, chosen in Options → Preferences, swaps the colours', async () => {
    const { page } = alice;
    await page.getByRole('button', { name: 'Tools' }).click();
    await page.getByRole('menuitem', { name: 'Options...' }).click();
    await page.getByRole('tab', { name: 'Preferences' }).click();
    await page.getByLabel('Colours:').selectOption('dark');
    await page.locator('html[data-theme="dark"]').waitFor({ state: 'attached', timeout: 30_000 });
    const background = await page.evaluate(() =>
      getComputedStyle(document.documentElement).getPropertyValue('--window-bg').trim(),
    );
    expect(background.toLowerCase()).toBe('#1e1f22');
    await screenshot(page, 'options-dark-theme');
    await page.getByLabel('Colours:').selectOption('light');
    await page.locator('html[data-theme="light"]').waitFor({ state: 'attached', timeout: 30_000 });
  });
});
