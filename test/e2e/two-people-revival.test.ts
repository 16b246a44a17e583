/// <reference lib="dom" />
// The two-people chat against the 'revival' server profile (test/server/README.md): no
// dispatch server, host names and UUID session ids for the switchboard, the pre-MSNP8 list
// format, presence without capabilities, names with only spaces encoded, and no ACK at all
// (msnp8/README.md §11, §11.1). Both sign in, see each other, chat both ways; a message the server
// never confirms is shown muted as "not confirmed", never as failed, and the next one does
// not wait again.
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
  pair = await startPair(undefined, 'revival');
  ({ alice, bob } = pair);
});

afterAll(() => pair?.stop());

const input = (page: Page) => page.getByLabel('Type your message');
const transcript = (page: Page) => page.getByRole('log', { name: 'Conversation transcript' });

describe('two people on a revival server', () => {
  it('both sign in and see each other online', async () => {
    await signedIn(alice.page, 'alice@tweener.test', 'tweener');
    await signedIn(bob.page, 'bob@tweener.test', 'tweener');
    await dismissPrompts(alice.page);
    await alice.page.getByRole('treeitem', { name: 'Bob, Online' }).waitFor({ timeout: 30_000 });
    await bob.page.getByRole('treeitem', { name: 'Alice, Online' }).waitFor({ timeout: 30_000 });
  });

  it('chats both ways; unconfirmed messages are muted, never failed', async () => {
    await alice.page.getByRole('treeitem', { name: 'Bob, Online' }).click();
    await alice.page.getByRole('tree', { name: 'Contacts' }).press('Enter');
    await transcript(alice.page).waitFor({ timeout: 30_000 });
    await input(alice.page).fill('Hi Bob :) 100% ready?');
    await input(alice.page).press('Enter');

    const line = bob.page.locator('.message--in .message__body').last();
    await line.waitFor({ timeout: 30_000 });
    expect(await line.innerText()).toContain('100% ready?');
    await transcript(bob.page).getByText('Alice says:').waitFor();

    await input(bob.page).fill('Yes! (L)');
    await input(bob.page).press('Enter');
    await alice.page.locator('.message--in img[alt="(L)"]').waitFor({ timeout: 30_000 });

    // The server never answers: after the client's wait, Alice's message is "not confirmed".
    const unconfirmed = alice.page.locator('.message--out[data-state="unconfirmed"]');
    await unconfirmed.first().waitFor({ timeout: 45_000 });
    await alice.page
      .getByText(/not confirmed by the server/)
      .first()
      .waitFor();
    expect(await alice.page.getByText(/could not be delivered/).count()).toBe(0);
    expect(await alice.page.getByRole('button', { name: 'Send again' }).count()).toBe(1);

    // The next one does not wait for an answer that never comes.
    await input(alice.page).fill('see you soon');
    await input(alice.page).press('Enter');
    await expect.poll(() => unconfirmed.count(), { timeout: 5_000 }).toBe(2);
    await screenshot(alice.page, 'conversation-revival-unconfirmed');
  });
});
