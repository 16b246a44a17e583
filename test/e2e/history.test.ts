/// <reference lib="dom" />
// History in the page: Alice talks with Bob, then finds what was said from the conversation
// (History in its toolbar) and from Options ▸ History, opens a result in its conversation,
// and exports her history as a web page that the browser downloads.
import { readFileSync } from 'node:fs';
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

describe('history in the page', () => {
  it('searches from a conversation and from Options, opens a result, exports', async () => {
    await signedIn(alice.page, 'alice@tweener.test', 'tweener');
    await signedIn(bob.page, 'bob@tweener.test', 'tweener');
    await dismissPrompts(alice.page);
    await dismissPrompts(bob.page);
    await alice.page.getByRole('treeitem', { name: 'Bob, Online' }).waitFor({ timeout: 30_000 });
    await alice.page.getByRole('treeitem', { name: 'Bob, Online' }).dblclick();
    const input = alice.page.getByLabel('Type your message');
    await input.waitFor({ timeout: 30_000 });
    for (const text of ['pineapple pizza tonight?', 'see you at eight <b>sharp</b>']) {
      await input.fill(text);
      await input.press('Enter');
    }
    await bob.page
      .getByRole('log', { name: 'Conversation transcript' })
      .getByText('see you at eight <b>sharp</b>')
      .waitFor({ timeout: 30_000 });

    // From the conversation: History in its toolbar searches this contact's history.
    await alice.page.getByRole('button', { name: 'History', exact: true }).click();
    const panel = alice.page.getByRole('region', { name: 'History' });
    await panel.getByRole('searchbox', { name: 'Search history' }).fill('pineapple');
    await panel.getByRole('button', { name: 'Search' }).click();
    const found = panel.getByRole('button', { name: /pineapple pizza tonight\?/ });
    await found.waitFor({ timeout: 30_000 });
    await found.click();
    const around = panel.getByRole('log', { name: 'Conversation' });
    await around.locator('[aria-current="true"]').getByText('pineapple pizza tonight?').waitFor();
    // The conversation around it: the next message is there too.
    await around.getByText('see you at eight <b>sharp</b>').waitFor();
    await screenshot(alice.page, 'history-conversation');
    await alice.page.getByRole('button', { name: 'History', exact: true }).click();

    // From Options ▸ History: everyone's history, a phrase.
    await alice.page.getByRole('button', { name: 'Tools' }).click();
    await alice.page.getByRole('menuitem', { name: 'Options...' }).click();
    const options = alice.page.getByRole('dialog', { name: 'Options' });
    await options.getByRole('tab', { name: 'History' }).click();
    // The conversation's search chose Bob; Options can search everyone.
    const who = options.getByRole('combobox', { name: 'Contact:' });
    expect(await who.inputValue()).toBe('bob@tweener.test');
    await who.selectOption('');
    await options.getByRole('searchbox', { name: 'Search history' }).fill('"at eight"');
    await options.getByRole('button', { name: 'Search' }).click();
    const result = options.getByRole('button', { name: /see you at eight/ });
    await result.waitFor({ timeout: 30_000 });
    expect(
      await options.getByRole('list', { name: 'Search results' }).getByRole('button').count(),
    ).toBe(1);
    await result.click();
    const log = options.getByRole('log', { name: 'Conversation' });
    await log.locator('[aria-current="true"]').getByText('see you at eight <b>sharp</b>').waitFor();
    await log.getByText('pineapple pizza tonight?').waitFor();
    await screenshot(alice.page, 'history-options');

    // Export as a web page: the page offers it as a download.
    await options.getByRole('combobox', { name: 'Format:' }).selectOption('html');
    await options.getByRole('button', { name: 'Export' }).click();
    const link = options.getByRole('link', { name: 'Download history-everyone.html' });
    await link.waitFor({ timeout: 30_000 });
    const [download] = await Promise.all([alice.page.waitForEvent('download'), link.click()]);
    const html = readFileSync(await download.path(), 'utf8');
    expect(html).toContain('pineapple pizza tonight?');
    expect(html).toContain('see you at eight &lt;b&gt;sharp&lt;/b&gt;');
    expect(html).toContain('Content-Security-Policy');
  });
});
