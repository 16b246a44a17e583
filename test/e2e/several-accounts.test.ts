/// <reference lib="dom" />
// Several accounts signed in at once (issue 18), in Chromium through the web harness: Sam signs
// in with a work and a home account in one page, Fran (a third person, her own page) writes to
// each, Sam switches between them and answers from each, then signs one out.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountSeed } from '../server';
import type { OpenedPage } from './helpers/browser';
import { openPage, SCREENSHOTS, screenshot } from './helpers/browser';
import { signIn, signedIn } from './helpers/flows';
import { dismissPrompts } from './helpers/pair';
import type { World } from './helpers/world';
import { startWorld } from './helpers/world';

const WORK = 'sam.work@tweener.test';
const HOME = 'sam.home@tweener.test';
const FRAN = 'fran@tweener.test';
const friend = (email: string) => ({ email, lists: 11, groups: [0] });
const SEEDS: AccountSeed[] = [
  { email: WORK, password: 'tweener', friendlyName: 'Sam at work', contacts: [friend(FRAN)] },
  { email: HOME, password: 'tweener', friendlyName: 'Sam at home', contacts: [friend(FRAN)] },
  {
    email: FRAN,
    password: 'tweener',
    friendlyName: 'Fran',
    contacts: [friend(WORK), friend(HOME)],
  },
];

let world: World;
let sam: OpenedPage;
let fran: OpenedPage;
/** The conversation Sam's work account has with Fran. */
let workConversation = '';

beforeAll(async () => {
  world = await startWorld(SEEDS);
  const [samHarness, franHarness] = await Promise.all([world.harness(WORK), world.harness(FRAN)]);
  sam = await openPage(samHarness.url, { width: 860, height: 620 });
  fran = await openPage(franHarness.url, { width: 860, height: 620 });
});

afterAll(async () => {
  await sam?.close();
  await fran?.close();
  await world?.stop();
  console.log(`screenshots: ${SCREENSHOTS}`);
});

const switcher = (page: Page) => page.getByRole('navigation', { name: 'Signed-in accounts' });
const account = (page: Page, name: string) =>
  switcher(page).getByRole('button', { name: new RegExp(`^${name},`) });
const input = (page: Page) => page.getByLabel('Type your message');

/** Fran opens a conversation with one of Sam's accounts (by its name) and writes. */
async function franWrites(name: string, text: string): Promise<void> {
  await fran.page.getByRole('treeitem', { name: `${name}, Online` }).dblclick();
  // Its tab in front first: another conversation's input may still be on screen.
  await fran.page.getByRole('tab', { name, selected: true }).waitFor({ timeout: 30_000 });
  await input(fran.page).fill(text);
  await input(fran.page).press('Enter');
}

describe('several accounts in one page', () => {
  it('signs in a second account beside the first; the switcher shows both', async () => {
    await signedIn(sam.page, WORK, 'tweener');
    await sam.page.getByRole('button', { name: 'File', exact: true }).click();
    await sam.page.getByRole('menuitem', { name: 'Sign In Another Account...' }).click();
    await signIn(sam.page, HOME, 'tweener');
    await account(sam.page, 'Sam at home').waitFor({ timeout: 40_000 });
    await account(sam.page, 'Sam at work').waitFor();
    await sam.page.getByRole('tree', { name: 'Contacts' }).waitFor({ timeout: 40_000 });
    expect(await account(sam.page, 'Sam at home').getAttribute('aria-current')).toBe('true');
    await signedIn(fran.page, FRAN, 'tweener');
    await dismissPrompts(fran.page);
    await fran.page
      .getByRole('treeitem', { name: 'Sam at home, Online' })
      .waitFor({ timeout: 30_000 });
    await fran.page.getByRole('treeitem', { name: 'Sam at work, Online' }).waitFor();
  });

  it('a message to the account not shown counts as unread there, with an alert naming it', async () => {
    await franWrites('Sam at work', 'Hello work');
    await account(sam.page, 'Sam at work')
      .and(sam.page.getByLabel(/1 unread/))
      .waitFor({
        timeout: 30_000,
      });
    await sam.page.getByText(`To ${WORK}`).first().waitFor({ timeout: 30_000 });
    await screenshot(sam.page, 'several-accounts-unread');
  });

  it('switching shows that account, its conversation docked; the reply goes from it', async () => {
    await account(sam.page, 'Sam at work').click();
    await sam.page.getByText(`Conversations of ${WORK}`).waitFor({ timeout: 30_000 });
    await sam.page.getByText('Hello work', { exact: true }).waitFor({ timeout: 30_000 });
    expect(await account(sam.page, 'Sam at work').getAttribute('aria-label')).toBe(
      'Sam at work, Online',
    );
    await input(sam.page).fill('Hi Fran, from work');
    await input(sam.page).press('Enter');
    await fran.page.getByText('Hi Fran, from work', { exact: true }).waitFor({ timeout: 30_000 });
    await fran.page.getByText('Sam at work says:').first().waitFor();
    await screenshot(sam.page, 'several-accounts-work');
    workConversation =
      (await sam.page.locator('section.conversation').getAttribute('data-conversation')) ?? '';
    expect(workConversation).not.toBe('');
  });

  it('the other account chats too, and switching back finds its conversation', async () => {
    await franWrites('Sam at home', 'Hello home');
    await account(sam.page, 'Sam at home')
      .and(sam.page.getByLabel(/1 unread/))
      .waitFor({
        timeout: 30_000,
      });
    await account(sam.page, 'Sam at home').click();
    await sam.page.getByText(`Conversations of ${HOME}`).waitFor({ timeout: 30_000 });
    await sam.page.getByText('Hello home', { exact: true }).waitFor({ timeout: 30_000 });
    await input(sam.page).fill('Hi Fran, from home');
    await input(sam.page).press('Enter');
    await fran.page.getByText('Hi Fran, from home', { exact: true }).waitFor({ timeout: 30_000 });
    await fran.page.getByText('Sam at home says:').first().waitFor();
    await screenshot(sam.page, 'several-accounts-home');
    await screenshot(fran.page, 'several-accounts-third-person');

    // A conversation window (Electron's route) of the account not shown holds that account:
    // its transcript, and a title that names it.
    const window = await openPage(
      `${sam.page.url().split('#')[0]}#/conversation/${encodeURIComponent(workConversation)}`,
      { width: 480, height: 420 },
    );
    try {
      await window.page
        .getByText('Hi Fran, from work', { exact: true })
        .waitFor({ timeout: 30_000 });
      expect(await window.page.title()).toBe(`\u2068Fran\u2069 - Conversation (${WORK})`);
      await screenshot(window.page, 'several-accounts-conversation-window');
    } finally {
      await window.close();
    }

    // Back to work: its conversation is docked again, as it was left.
    await account(sam.page, 'Sam at work').click();
    await sam.page.getByText('Hi Fran, from work', { exact: true }).waitFor({ timeout: 30_000 });
  });

  it("stacked (Options → Preferences): the other account's contacts under the list", async () => {
    const { page } = sam;
    await page.getByRole('button', { name: 'Tools', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Options...' }).click();
    await page.getByRole('tab', { name: 'Preferences' }).click();
    await page.getByLabel('Several accounts:').selectOption('stacked');
    await page.keyboard.press('Escape');
    const home = page.getByRole('region', { name: 'Sam at home' });
    await home.getByText('Online (1/1)').waitFor({ timeout: 30_000 });
    await screenshot(page, 'several-accounts-stacked');
    // A contact there opens a conversation from that account, and shows it.
    await home.getByRole('button', { name: 'Fran, Online, from Sam at home' }).click();
    await page.getByText(`Conversations of ${HOME}`).waitFor({ timeout: 30_000 });
    await page.getByText('Hi Fran, from home', { exact: true }).waitFor({ timeout: 30_000 });
    // Its header shows the account stacked there (Work, for what follows).
    await page
      .getByRole('region', { name: 'Sam at work' })
      .getByRole('button', { name: /^Sam at work,/ })
      .click();
    await page.getByText(`Conversations of ${WORK}`).waitFor({ timeout: 30_000 });
  });

  it('signing the shown account out leaves the other signed in and shown', async () => {
    await sam.page.getByRole('button', { name: 'File', exact: true }).click();
    await sam.page.getByRole('menuitem', { name: 'Sign Out', exact: true }).click();
    await fran.page
      .getByRole('treeitem', { name: 'Sam at work, Offline' })
      .waitFor({ timeout: 30_000 });
    await switcher(sam.page).waitFor({ state: 'detached', timeout: 30_000 });
    await sam.page.getByRole('button', { name: /Sam at home \(Online\)/ }).waitFor();
    await sam.page.getByRole('tree', { name: 'Contacts' }).waitFor();
    await screenshot(sam.page, 'several-accounts-after-sign-out');
    // Home still works: Fran writes, Sam's page docks it.
    await franWrites('Sam at home', 'Still at home?');
    await sam.page.getByText('Still at home?', { exact: true }).waitFor({ timeout: 30_000 });
  });
});
