/// <reference lib="dom" />
// The automated accessibility audit (issue 16): axe-core runs in Chromium on each main screen
// of the built renderer, driven through the web harness against the local MSNP8 network. Any
// violation of impact "serious" or "critical" fails; every full report is written as JSON next
// to the screenshots (test-results/screenshots/axe-<screen>.json).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenedPage } from './helpers/browser';
import { screenshot, SCREENSHOTS } from './helpers/browser';
import { signIn, signedIn } from './helpers/flows';
import type { Pair } from './helpers/pair';
import { dismissPrompts, startPair } from './helpers/pair';

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

let pair: Pair;
let alice: OpenedPage;
let bob: OpenedPage;

beforeAll(async () => {
  pair = await startPair();
  ({ alice, bob } = pair);
});

afterAll(() => pair?.stop());

/**
 * Runs axe on the page as it is now, writes the report and a screenshot, and returns the
 * serious and critical violations as readable lines. The source is evaluated through the
 * devtools protocol, which the page's CSP does not govern (it refuses inline script tags).
 */
async function audit(page: Page, screen: string): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const report = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<unknown> } }).axe;
    return axe.run();
  })) as { violations: AxeViolation[] };
  mkdirSync(SCREENSHOTS, { recursive: true });
  writeFileSync(join(SCREENSHOTS, `axe-${screen}.json`), JSON.stringify(report, null, 2));
  await screenshot(page, `axe-${screen}`);
  return report.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${screen}: ${v.id} (${v.impact}) ${v.help} at ${v.nodes
          .map((n) => JSON.stringify(n.target))
          .join(', ')}`,
    );
}

const optionsTabs = (page: Page) => page.getByRole('tablist', { name: 'Options' });

async function openOptions(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Tools' }).click();
  await page.getByRole('menuitem', { name: 'Options...' }).click();
  await optionsTabs(page).waitFor();
}

async function auditOptionsTabs(page: Page, suffix: string): Promise<string[]> {
  const found: string[] = [];
  const tabs = await optionsTabs(page)
    .getByRole('tab')
    .evaluateAll((els) => els.map((e) => e.textContent?.trim() ?? ''));
  expect(tabs.length).toBeGreaterThan(3);
  for (const name of tabs) {
    await optionsTabs(page).getByRole('tab', { name, exact: true }).click();
    await expect
      .poll(() =>
        optionsTabs(page).getByRole('tab', { name, exact: true }).getAttribute('aria-selected'),
      )
      .toBe('true');
    found.push(...(await audit(page, `options-${name.toLowerCase()}${suffix}`)));
  }
  return found;
}

describe('accessibility audit (axe-core)', () => {
  it('has no serious or critical violation on the main screens, in both themes', async () => {
    const found: string[] = [];
    const page = alice.page;

    // Sign-in, then a sign-in failure.
    await page.getByLabel('E-mail address:').waitFor({ timeout: 40_000 });
    found.push(...(await audit(page, 'sign-in')));
    await signIn(page, 'alice@tweener.test', 'wrong-password');
    await page.getByRole('alert').waitFor({ timeout: 40_000 });
    found.push(...(await audit(page, 'sign-in-failed')));

    // The contact list (both people online).
    await signIn(page, 'alice@tweener.test', 'tweener');
    await page.getByRole('tree', { name: 'Contacts' }).waitFor({ timeout: 40_000 });
    await signedIn(bob.page, 'bob@tweener.test', 'tweener');
    await page
      .getByRole('dialog')
      .waitFor({ timeout: 10_000 })
      .catch(() => undefined);
    await dismissPrompts(page);
    await page.getByRole('treeitem', { name: 'Bob, Online' }).waitFor({ timeout: 30_000 });
    found.push(...(await audit(page, 'contact-list')));

    // The status menu, open.
    await page.getByRole('button', { name: /Alice \(Online\)/ }).click();
    await page.getByRole('menuitemradio', { name: /Busy/ }).waitFor();
    found.push(...(await audit(page, 'status-menu')));
    await page.keyboard.press('Escape');
    await page.getByRole('menuitemradio', { name: /Busy/ }).waitFor({ state: 'detached' });

    // A conversation with messages both ways.
    await page.getByRole('treeitem', { name: 'Bob, Online' }).click();
    await page.getByRole('tree', { name: 'Contacts' }).press('Enter');
    const input = (p: Page) => p.getByLabel('Type your message');
    await input(page).fill('Hi Bob :) are you coming tonight?');
    await input(page).press('Enter');
    await bob.page.locator('.message--in .message__body').last().waitFor({ timeout: 30_000 });
    await input(bob.page).fill('Yes! (L)');
    await input(bob.page).press('Enter');
    await page.locator('.message--in img[alt="(L)"]').waitFor({ timeout: 30_000 });
    found.push(...(await audit(page, 'conversation')));

    // Every Options tab, light theme.
    await openOptions(page);
    found.push(...(await auditOptionsTabs(page, '')));

    // The dark theme: Options again, then the contact list and the conversation.
    await optionsTabs(page).getByRole('tab', { name: 'Preferences', exact: true }).click();
    await page.getByLabel('Colours:').selectOption('dark');
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset['theme']))
      .toBe('dark');
    found.push(...(await auditOptionsTabs(page, '-dark')));
    await page.getByRole('button', { name: 'Cancel' }).click();
    found.push(...(await audit(page, 'conversation-dark')));

    expect(found).toEqual([]);
  }, 240_000);
});
