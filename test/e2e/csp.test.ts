/// <reference lib="dom" />
// The built page under its own Content-Security-Policy, in Chromium: no 'unsafe-inline' for
// styles and no ws: source (the web harness's bridge is a WebSocket on the page's own host and
// port, which CSP 3 'self' matches). Two people sign in, chat with a coloured font and
// emoticons, open every Options tab and menus: Chromium refuses nothing. Then controls: an
// inline style attribute, a <style> element and a WebSocket to another port ARE refused, so
// the check would see a real violation.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from './helpers/flows';
import type { Pair } from './helpers/pair';
import { dismissPrompts, startPair } from './helpers/pair';

let pair: Pair;

beforeAll(async () => {
  pair = await startPair();
});

afterAll(() => pair?.stop());

const input = (page: Page) => page.getByLabel('Type your message');

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name ?? '', values]),
  );
}

describe('Content-Security-Policy in Chromium', () => {
  it('the harness serves the strict policy, as header and meta', async () => {
    const response = await fetch(pair.aliceHarness.url);
    const header = response.headers.get('content-security-policy') ?? '';
    const meta = await pair.alice.page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    for (const csp of [header, meta ?? '']) {
      const d = directives(csp);
      expect(d.get('style-src')).toEqual(["'self'"]);
      expect(d.get('connect-src')).toEqual(["'self'"]);
      expect(csp).not.toMatch(/ws:|unsafe-inline|unsafe-eval/);
    }
  });

  it('signing in, chatting with a coloured font and emoticons, Options and menus: nothing refused', async () => {
    const { alice, bob } = pair;
    // The bridge (ws:// on the page's own origin) works under connect-src 'self'.
    await signedIn(alice.page, 'alice@tweener.test', 'tweener');
    await signedIn(bob.page, 'bob@tweener.test', 'tweener');
    await dismissPrompts(alice.page);
    await dismissPrompts(bob.page);
    await alice.page.getByRole('treeitem', { name: 'Bob, Online' }).waitFor({ timeout: 30_000 });

    await alice.page.getByRole('treeitem', { name: 'Bob, Online' }).click();
    await alice.page.getByRole('tree', { name: 'Contacts' }).press('Enter');
    await input(alice.page).waitFor({ timeout: 30_000 });
    await alice.page.getByRole('button', { name: 'Font', exact: false }).first().click();
    await alice.page.getByLabel('Bold').check();
    await alice.page.getByRole('radio', { name: '#000080' }).click();
    await alice.page.getByRole('button', { name: 'OK' }).click();
    await alice.page.getByRole('button', { name: 'Emoticons' }).first().click();
    await alice.page.keyboard.press('Escape');
    await input(alice.page).fill('Hi Bob :) (L) <b>not bold</b>');
    await input(alice.page).press('Enter');
    const line = bob.page.locator('.message--in .message__body').last();
    await line.waitFor({ timeout: 30_000 });
    // The sender's colour applies (a style prop, set through the CSSOM, which CSP allows).
    expect(await line.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(0, 0, 128)');
    expect(await line.locator('img[alt=":)"]').count()).toBe(1);

    // Every Options tab, the folder chooser included (the harness answers its own folder).
    await alice.page.getByRole('button', { name: 'Tools' }).click();
    await alice.page.getByRole('menuitem', { name: 'Options...' }).click();
    for (const tab of ['Personal', 'Privacy', 'Sounds', 'Connection', 'History', 'Preferences']) {
      await alice.page.getByRole('tab', { name: tab }).click();
    }
    await alice.page.getByRole('button', { name: 'Change...' }).click();
    const folder = alice.page.getByLabel('Put files received in this folder:');
    await expect.poll(() => folder.inputValue(), { timeout: 10_000 }).toMatch(/[\\/]Downloads$/);
    await alice.page.getByRole('button', { name: 'Cancel' }).click();
    // The status menu (a positioned popup).
    await bob.page.getByRole('button', { name: /Bob \(Online\)/ }).click();
    await bob.page.getByRole('menuitemradio', { name: /Busy/ }).click();
    await alice.page.getByRole('treeitem', { name: 'Bob, Busy' }).waitFor({ timeout: 30_000 });

    expect(alice.cspViolations()).toEqual([]);
    expect(bob.cspViolations()).toEqual([]);
  });

  it('controls: an inline style attribute, a <style> element and another port are refused', async () => {
    const { page } = pair.alice;
    const before = pair.alice.cspViolations().length;
    const outcome = await page.evaluate(() => {
      const div = document.createElement('div');
      div.setAttribute('style', 'color: rgb(255, 0, 0)');
      document.body.append(div);
      const style = document.createElement('style');
      style.textContent = 'body { outline: 5px solid rgb(0, 255, 0); }';
      document.head.append(style);
      try {
        new WebSocket('ws://127.0.0.1:9/');
      } catch {
        // Some Chromium versions throw, others fail the connection: both are a refusal.
      }
      return {
        color: getComputedStyle(div).color,
        outline: getComputedStyle(document.body).outlineColor,
      };
    });
    expect(outcome.color).not.toBe('rgb(255, 0, 0)');
    expect(outcome.outline).not.toBe('rgb(0, 255, 0)');
    await expect
      .poll(() => pair.alice.cspViolations().slice(before).join('\n'), { timeout: 10_000 })
      .toMatch(/inline style[\s\S]*inline style[\s\S]*connect/i);
  });
});
