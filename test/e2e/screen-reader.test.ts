/// <reference lib="dom" />
// What a screen reader is told (issue 16, ui-spec §6.2), read from the page's accessibility
// tree and its live regions, never from CSS classes: sign-in progress and failure, a contact
// signing in, the contact list as a tree with names, states and counts, an incoming message as
// "Bob says: ..." (once, without the transcript), "Bob is typing" at most once per 30 s, a
// failed delivery assertively; the focus moving into a conversation or dialog and back.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenedPage } from './helpers/browser';
import { signIn, signedIn } from './helpers/flows';
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

/** The lines a live region holds, each one a separate announcement. */
const spoken = (page: Page, politeness: 'polite' | 'assertive'): Promise<string[]> =>
  page
    .locator(`[data-announcer="${politeness}"] p`)
    .evaluateAll((els) => els.map((e) => e.textContent ?? ''));

/** Every announcement made since the page loaded, in order (the region keeps the last few). */
async function listen(page: Page): Promise<void> {
  await page.evaluate(() => {
    const heard: string[] = [];
    (window as unknown as { heard: string[] }).heard = heard;
    const region = document.querySelector('[data-announcer="polite"]');
    new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.addedNodes) heard.push((n as HTMLElement).textContent ?? '');
    }).observe(region as Node, { childList: true });
  });
}
/** Names arrive wrapped in bidi isolates (U+2066..U+2069), which are not read: dropped here. */
const heard = async (page: Page): Promise<string[]> =>
  (await page.evaluate(() => [...(window as unknown as { heard: string[] }).heard])).map((l) =>
    l.replace(/[\u2066-\u2069]/g, ''),
  );

const focusedName = (page: Page): Promise<string | null> =>
  page.evaluate(
    () =>
      document.activeElement?.getAttribute('aria-label') ??
      document.activeElement?.textContent ??
      null,
  );

describe('screen readers', () => {
  it('are told about sign-in, contacts, messages, typing and failures, and the focus follows', async () => {
    const page = alice.page;
    await page.getByLabel('E-mail address:').waitFor({ timeout: 40_000 });
    // The regions exist before anything is said (a region born with its words is not read).
    expect(await page.locator('[data-announcer="polite"][aria-live="polite"]').count()).toBe(1);
    expect(await page.locator('[data-announcer="assertive"][aria-live="assertive"]').count()).toBe(
      1,
    );
    await listen(page);

    // A failed sign-in is an alert (an assertive region) with the reason in words.
    await signIn(page, 'alice@tweener.test', 'wrong-password');
    const alert = page.getByRole('alert').filter({ hasText: 'could not sign in' });
    await alert.waitFor({ timeout: 40_000 }).catch(async () => {
      throw new Error(`no sign-in alert: ${await page.getByRole('alert').allInnerTexts()}`);
    });

    // Progress, then success, are spoken politely.
    await signIn(page, 'alice@tweener.test', 'tweener');
    await page.getByRole('tree', { name: 'Contacts' }).waitFor({ timeout: 40_000 });
    await expect.poll(() => heard(page)).toContain('Signed in.');
    const progress = await heard(page);
    expect(progress.some((line) => line.startsWith('Signing in...'))).toBe(true);
    expect(progress.indexOf('Signed in.')).toBeGreaterThan(
      progress.findIndex((line) => line.startsWith('Signing in...')),
    );

    // Bob signs in: said once, politely.
    await dismissPrompts(page);
    await signedIn(bob.page, 'bob@tweener.test', 'tweener');
    await dismissPrompts(bob.page);
    await expect.poll(() => heard(page), { timeout: 30_000 }).toContain('Bob has just signed in.');

    // The list is a tree: groups with counts and expanded state, contacts with their status.
    const tree = page.getByRole('tree', { name: 'Contacts' });
    const bobItem = tree.getByRole('treeitem', { name: 'Bob, Online' });
    await bobItem.waitFor({ timeout: 30_000 });
    const header = tree.getByRole('treeitem', { name: /^Friends, \d+ of \d+ online$/ });
    expect(await header.getAttribute('aria-expanded')).toBe('true');
    expect(await header.getAttribute('aria-level')).toBe('1');
    expect(await bobItem.getAttribute('aria-level')).toBe('2');
    // Only the rows on screen exist: each says its place in its group (Bob is Friends' one).
    expect(await bobItem.getAttribute('aria-posinset')).toBe('1');
    expect(await bobItem.getAttribute('aria-setsize')).toBe('1');
    expect(Number(await header.getAttribute('aria-setsize'))).toBeGreaterThanOrEqual(2);
    await bob.page.getByRole('button', { name: /\(Online\)/ }).click();
    await bob.page.getByRole('menuitemradio', { name: /Busy/ }).click();
    await tree.getByRole('treeitem', { name: 'Bob, Busy' }).waitFor({ timeout: 30_000 });
    expect(await tree.ariaSnapshot()).toContain('treeitem "Bob, Busy"');

    // Keyboard: to Bob in the tree, Enter opens the conversation with the focus in its input.
    await tree.focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < 20; i += 1) {
      const current = await tree.getAttribute('aria-activedescendant');
      if (current && (await page.locator(`#${current}`).getAttribute('aria-label')) === 'Bob, Busy')
        break;
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedName(page), { timeout: 30_000 }).toBe('Type your message');

    // My own message is not announced; Bob typing is, once; his message is, as one line.
    await page.keyboard.type('are you there?');
    await page.keyboard.press('Enter');
    await bob.page.locator('.message--in').first().waitFor({ timeout: 30_000 });
    const bobInput = bob.page.getByLabel('Type your message');
    await bobInput.pressSequentially('y');
    await expect.poll(() => heard(page), { timeout: 30_000 }).toContain('Bob is typing a message.');
    await bobInput.pressSequentially('es, here');
    await bobInput.press('Enter');
    await expect.poll(() => heard(page), { timeout: 30_000 }).toContain('Bob says: yes, here');
    // Bob types again at once: a second typing notice within 30 s is not said again.
    await bobInput.pressSequentially('and');
    await bobInput.press('Enter');
    await expect.poll(() => heard(page), { timeout: 30_000 }).toContain('Bob says: and');
    const lines = await heard(page);
    expect(lines.filter((l) => l === 'Bob is typing a message.')).toHaveLength(1);
    expect(lines.some((l) => l.includes('are you there?'))).toBe(false);
    expect(lines.some((l) => l.includes('Never give out your password'))).toBe(false);
    // The transcript itself is not live (else it would read my lines and system lines too).
    expect(
      await page.getByRole('log', { name: 'Conversation transcript' }).getAttribute('aria-live'),
    ).toBe('off');

    // Every button, icon-only ones included (×, ▾, emoticon), has a name in the tree a screen
    // reader reads: an unnamed one shows as a bare "- button" line.
    const snapshot = await page.locator('body').ariaSnapshot();
    expect(snapshot).toContain('button "Dismiss"');
    expect(
      snapshot.split('\n').filter((l) => /- button(?: \[[^\]]*\])*:?$/.test(l.trim())),
    ).toEqual([]);

    // A failed delivery is said at once, with its words.
    pair.world.network.faults.switchboardDropOnMessage(true);
    await page.getByLabel('Type your message').fill('this one is lost');
    await page.getByLabel('Type your message').press('Enter');
    await expect
      .poll(() => spoken(page, 'assertive'), { timeout: 30_000 })
      .toContain('Your message could not be delivered: this one is lost');
    pair.world.network.faults.switchboardDropOnMessage(false);

    // Esc closes the conversation and the focus goes back to the list.
    await page.getByLabel('Type your message').press('Escape');
    await page.getByLabel('Type your message').waitFor({ state: 'detached' });
    await expect.poll(() => focusedName(page)).toBe('Contacts');

    // A dialog takes the focus inside, keeps it there (modal) and gives it back.
    await page.keyboard.press('Control+Shift+A');
    const dialog = page.getByRole('dialog', { name: 'Add a Contact' });
    await dialog.waitFor();
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    for (let i = 0; i < 12; i += 1) {
      await page.keyboard.press(i % 3 === 0 ? 'Shift+Tab' : 'Tab');
      expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    }
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => focusedName(page)).toBe('Contacts');
  }, 180_000);
});
