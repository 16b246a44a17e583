/// <reference lib="dom" />
// Sign-in cycles in one page (../shared/DESIGN.md, State and IPC: every sign-in is an epoch):
// sign in, chat, sign out, sign in again without reloading, double-click the same contact:
// one tab, and the chat is delivered both ways. Then another account in the same page: no
// trace of the first one (contacts, tabs, messages, alerts, prompts).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenedPage } from './helpers/browser';
import { screenshot } from './helpers/browser';
import { signedIn } from './helpers/flows';
import type { Pair } from './helpers/pair';
import { dismissPrompts, startPair } from './helpers/pair';

let pair: Pair;
let alice: OpenedPage;
let bob: OpenedPage;

beforeAll(async () => {
  pair = await startPair();
  ({ alice, bob } = pair);
});

afterAll(() => pair?.stop());

const input = (page: Page) => page.getByLabel('Type your message');
const tabs = (page: Page) => page.locator('.dock__tabs [role="tab"]');

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Sign Out' }).click();
  await page.getByRole('button', { name: 'Sign In' }).waitFor({ timeout: 30_000 });
}

/** Alice double-clicks Bob, says `mine`; Bob reads it and answers `theirs`; Alice reads it. */
async function chatBothWays(mine: string, theirs: string): Promise<void> {
  await alice.page.getByRole('treeitem', { name: 'Bob, Online' }).dblclick();
  await input(alice.page).fill(mine);
  await input(alice.page).press('Enter');
  await bob.page.locator('.message--in .message__body', { hasText: mine }).waitFor({
    timeout: 30_000,
  });
  // Bob answers in the conversation that brought Alice's words (the one in front).
  await input(bob.page).fill(theirs);
  await input(bob.page).press('Enter');
  await alice.page.locator('.message--in .message__body', { hasText: theirs }).waitFor({
    timeout: 30_000,
  });
  // Alice's own line is delivered: neither sending nor failed.
  const mineLine = alice.page.locator('.message--out', { hasText: mine });
  await expect.poll(() => mineLine.getAttribute('data-state')).toBe('delivered');
}

describe('sign-in cycles in one page', () => {
  it('signs in and chats both ways', async () => {
    await signedIn(alice.page, 'alice@tweener.test', 'tweener');
    await signedIn(bob.page, 'bob@tweener.test', 'tweener');
    await dismissPrompts(alice.page);
    await dismissPrompts(bob.page);
    await alice.page.getByRole('treeitem', { name: 'Bob, Online' }).waitFor({ timeout: 30_000 });
    await chatBothWays('first round', 'first answer');
  });

  it('signs out and in again; the same contact opens one tab and chat works both ways', async () => {
    await signOut(alice.page);
    await signedIn(alice.page, 'alice@tweener.test', 'tweener');
    await dismissPrompts(alice.page);
    await alice.page.getByRole('treeitem', { name: 'Bob, Online' }).waitFor({ timeout: 30_000 });
    // Nothing of the first sign-in is left in the page.
    expect(await alice.page.getByText('first round').count()).toBe(0);
    await chatBothWays('second round', 'second answer');
    // A second double-click brings the same conversation forward: still one tab.
    await alice.page.getByRole('treeitem', { name: 'Bob, Online' }).dblclick();
    await expect.poll(() => tabs(alice.page).count()).toBe(1);
    expect(await alice.page.getByText('That conversation is no longer open').count()).toBe(0);
    await screenshot(alice.page, 'sign-in-again-chat');
  });

  it('another account in the same page sees no trace of the first', async () => {
    // Something for the first account that the next one must never see: an alert.
    await input(bob.page).fill('are you still there?');
    await input(bob.page).press('Enter');
    await alice.page
      .locator('.message--in .message__body', { hasText: 'are you still there?' })
      .waitFor({ timeout: 30_000 });
    await signOut(alice.page);
    await signedIn(alice.page, 'carol@tweener.test', 'tweener');
    await alice.page.getByRole('treeitem', { name: /^Alice, / }).waitFor({ timeout: 30_000 });
    const text = await alice.page.locator('body').innerText();
    for (const trace of ['Bob', 'bob@tweener.test', 'round', 'answer', 'still there']) {
      expect(text, trace).not.toContain(trace);
    }
    expect(await tabs(alice.page).count()).toBe(0);
    expect(await alice.page.locator('.toast').count()).toBe(0);
    expect(await alice.page.getByRole('dialog').count()).toBe(0);
    await screenshot(alice.page, 'other-account-no-trace');
  });
});
