/// <reference lib="dom" />
// A file from one page to another: Alice picks a file with Send Files (the page hands main its
// bytes), Bob accepts in his conversation, both see it complete, the bytes on Bob's disk are
// Alice's bytes, and Bob's page offers a download of the copy.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebHarness } from '../../main/web/harness';
import type { OpenedPage } from './helpers/browser';
import { screenshot } from './helpers/browser';
import { signedIn } from './helpers/flows';
import type { Pair } from './helpers/pair';
import { dismissPrompts, startPair } from './helpers/pair';

let pair: Pair;
let alice: OpenedPage;
let bob: OpenedPage;
let bobHarness: WebHarness;

beforeAll(async () => {
  pair = await startPair();
  ({ alice, bob, bobHarness } = pair);
});

afterAll(() => pair?.stop());

const transfer = (page: Page) => page.locator('.transfer-line').last();

describe('sending a file between two pages', () => {
  it('Alice sends a file through the UI, Bob accepts it, and the bytes arrive whole', async () => {
    await signedIn(alice.page, 'alice@tweener.test', 'tweener');
    await signedIn(bob.page, 'bob@tweener.test', 'tweener');
    await dismissPrompts(alice.page);
    await dismissPrompts(bob.page);
    await alice.page.getByRole('treeitem', { name: 'Bob, Online' }).waitFor({ timeout: 30_000 });

    // Alice opens the conversation and says hello, so Bob's page shows it too.
    await alice.page.getByRole('treeitem', { name: 'Bob, Online' }).dblclick();
    const aliceInput = alice.page.getByLabel('Type your message');
    await aliceInput.waitFor({ timeout: 30_000 });
    await aliceInput.fill('here are the photos');
    await aliceInput.press('Enter');
    await bob.page.locator('.message--in').first().waitFor({ timeout: 30_000 });

    // Send Files opens the browser's file chooser; Alice picks a file from her disk.
    const bytes = randomBytes(96 * 1024);
    const source = join(mkdtempSync(join(tmpdir(), 'tweener-e2e-src-')), 'holiday.jpg');
    writeFileSync(source, bytes);
    const [chooser] = await Promise.all([
      alice.page.waitForEvent('filechooser'),
      alice.page.getByRole('button', { name: 'Send Files' }).click(),
    ]);
    await chooser.setFiles(source);
    await alice.page
      .getByText('Waiting for the other person to accept "holiday.jpg" (96.0 KB).')
      .waitFor({ timeout: 30_000 });

    // Bob sees the offer in his conversation and accepts it.
    await bob.page
      .getByText('Alice would like to send you "holiday.jpg" (96.0 KB).')
      .waitFor({ timeout: 30_000 });
    await screenshot(bob.page, 'file-offer');
    await bob.page.getByRole('button', { name: 'Accept' }).click();

    // Both see it complete.
    await bob.page
      .getByText('Transfer of "holiday.jpg" is complete.', { exact: false })
      .waitFor({ timeout: 30_000 });
    await alice.page
      .getByText('Transfer of "holiday.jpg" is complete.', { exact: false })
      .waitFor({ timeout: 30_000 });
    expect(await transfer(bob.page).getAttribute('data-state')).toBe('completed');
    expect(await transfer(alice.page).getAttribute('data-state')).toBe('completed');

    // The bytes on Bob's disk are Alice's bytes, and his page shows where they are.
    const received = bobHarness.services
      .snapshot()
      .transfers.find((t) => t.direction === 'in' && t.fileName === 'holiday.jpg');
    expect(received?.savedPath).toBeTruthy();
    expect(readFileSync(received?.savedPath ?? '').equals(bytes)).toBe(true);
    expect(await transfer(bob.page).innerText()).toContain(`Saved to ${received?.savedPath}`);

    // The download link hands the browser the same bytes.
    const [download] = await Promise.all([
      bob.page.waitForEvent('download'),
      bob.page.getByRole('link', { name: 'Download' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('holiday.jpg');
    const downloaded = await download.path();
    expect(readFileSync(downloaded).equals(bytes)).toBe(true);

    await screenshot(bob.page, 'file-received');
    await screenshot(alice.page, 'file-sent');
  });
});
