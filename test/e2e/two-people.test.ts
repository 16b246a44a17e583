/// <reference lib="dom" />
// Two people, two browser profiles, two harnesses, one local MSNP8 network: both online, a
// status change seen by the other, a chat both ways with formatting and emoticons, the typing
// line, a nudge.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenedPage } from './helpers/browser';
import { openPage, screenshot } from './helpers/browser';
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
const transcript = (page: Page) => page.getByRole('log', { name: 'Conversation transcript' });
// The window's own text (the screen readers' live region repeats some of it, outside).
const conversationOf = (page: Page) => page.getByRole('region', { name: / - Conversation$/ });

describe('two people', () => {
  it('both sign in and see each other online', async () => {
    await signedIn(alice.page, 'alice@tweener.test', 'tweener');
    await signedIn(bob.page, 'bob@tweener.test', 'tweener');
    await dismissPrompts(alice.page);
    await alice.page.getByRole('treeitem', { name: 'Bob, Online' }).waitFor({ timeout: 30_000 });
    await bob.page.getByRole('treeitem', { name: 'Alice, Online' }).waitFor({ timeout: 30_000 });
  });

  it('sees a status change', async () => {
    await bob.page.getByRole('button', { name: /Bob \(Online\)/ }).click();
    await bob.page.getByRole('menuitemradio', { name: /Busy/ }).click();
    await alice.page.getByRole('treeitem', { name: 'Bob, Busy' }).waitFor({ timeout: 30_000 });
    expect(await alice.page.getByText('(Busy)').count()).toBeGreaterThan(0);
  });

  it('chats both ways with formatting, emoticons and the typing line', async () => {
    // Alice picks an italic blue font, then opens the conversation with Enter on Bob's row.
    await alice.page.getByRole('treeitem', { name: 'Bob, Busy' }).click();
    await alice.page.getByRole('tree', { name: 'Contacts' }).press('Enter');
    await transcript(alice.page).waitFor({ timeout: 30_000 });
    await alice.page.getByRole('button', { name: 'Font', exact: false }).first().click();
    await alice.page.getByLabel('Italic').check();
    await alice.page.getByRole('radio', { name: '#000080' }).click();
    await alice.page.getByRole('button', { name: 'OK' }).click();
    await input(alice.page).fill('Hi Bob :) are you coming tonight? (Y)');
    await input(alice.page).press('Enter');

    // Bob's page docks the conversation; Alice's words arrive in her font and colour.
    const line = bob.page.locator('.message--in .message__body').last();
    await line.waitFor({ timeout: 30_000 });
    expect(await line.innerText()).toContain('are you coming tonight?');
    expect(await line.locator('img[alt=":)"]').count()).toBe(1);
    expect(await line.locator('img[alt="(Y)"]').count()).toBe(1);
    const style = await line.evaluate((el) => {
      const s = getComputedStyle(el);
      return { fontStyle: s.fontStyle, color: s.color };
    });
    expect(style).toEqual({ fontStyle: 'italic', color: 'rgb(0, 0, 128)' });
    await transcript(bob.page).getByText('Alice says:').waitFor();

    // Bob types: Alice sees the typing line; then he answers with emoticons.
    await input(bob.page).fill('Yes! (L)');
    await conversationOf(alice.page)
      .getByText('Bob is typing a message.')
      .waitFor({ timeout: 30_000 });
    await screenshot(alice.page, 'conversation-typing');
    await input(bob.page).press('Enter');
    await alice.page.locator('.message--in img[alt="(L)"]').waitFor({ timeout: 30_000 });
    await transcript(alice.page).getByText('Bob says:').waitFor();
    // My own message is settled (no "sending..." left).
    await expect
      .poll(() => alice.page.locator('.message--out[data-state="sending"]').count())
      .toBe(0);
    await input(bob.page).fill('<:o) party (S) 401(k)');
    await input(bob.page).press('Enter');
    await alice.page.locator('.message--in img[alt="<:o)"]').waitFor({ timeout: 30_000 });
    await input(alice.page).fill('see you soon');
    await conversationOf(alice.page)
      .getByText('Bob is typing a message.')
      .waitFor({ state: 'detached', timeout: 10_000 })
      .catch(() => undefined);
    await screenshot(alice.page, 'conversation');

    // Ctrl+F finds words in the transcript; Esc puts the find bar away again.
    await input(alice.page).press('Control+f');
    const find = alice.page.getByRole('searchbox', { name: 'Find in this conversation' });
    await find.fill('tonight');
    await alice.page.getByText('1 of 1').waitFor();
    await alice.page.locator('.transcript__found').waitFor();
    await screenshot(alice.page, 'conversation-find');
    await find.press('Escape');
    await find.waitFor({ state: 'detached' });
  });

  it('sends a nudge that the other side sees', async () => {
    await alice.page.getByRole('button', { name: 'Nudge' }).click();
    await bob.page.getByText('Alice just sent you a nudge!').waitFor({ timeout: 30_000 });
    await screenshot(bob.page, 'conversation-nudge');
  });

  it('the same conversation as its own window (the Electron route #/conversation/<id>)', async () => {
    const id = await alice.page.locator('section.conversation').getAttribute('data-conversation');
    expect(id).toBeTruthy();
    const window = await openPage(
      `${alice.page.url().split('#')[0]}#/conversation/${encodeURIComponent(id!)}`,
      {
        width: 480,
        height: 420,
      },
      2,
    );
    try {
      await transcript(window.page).getByText('Bob says:').first().waitFor({ timeout: 30_000 });
      // The names are isolated in the title (FSI … PDI) as everywhere else.
      expect(await window.page.title()).toBe('\u2068Bob\u2069 - Conversation');
      // At 2× device pixels: the SVG art stays crisp.
      await screenshot(window.page, 'conversation-window-2x');
    } finally {
      await window.close();
    }
  });
});
