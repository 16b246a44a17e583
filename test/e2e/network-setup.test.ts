// Setting up a self-hosted network from the app, in Chromium over the web harness and the
// local network: a network whose certificate does not verify (its CA is not given), the
// certificate dialog, Trust, sign-in; signing in again without the dialog; Test Connection
// with each step; export and re-import of a network file. Screenshots in test-results/.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenedPage } from './helpers/browser';
import { openPage, screenshot } from './helpers/browser';
import { signIn } from './helpers/flows';
import type { World } from './helpers/world';
import { startWorld } from './helpers/world';

let world: World;
let alice: OpenedPage;

beforeAll(async () => {
  world = await startWorld();
  const harness = await world.harness('alice@tweener.test');
  alice = await openPage(harness.url, { width: 820, height: 760 });
});

afterAll(async () => {
  await alice?.close();
  await world?.stop();
});

async function openConnectionOptions(): Promise<void> {
  const { page } = alice;
  await page.getByRole('button', { name: 'change...' }).click();
  await page.getByRole('dialog', { name: 'Options' }).getByLabel('Network:').waitFor();
}

describe('a self-hosted network', () => {
  it('is added in Options and becomes the chosen network', async () => {
    const { page } = alice;
    await page.getByLabel('E-mail address:').waitFor({ timeout: 40_000 });
    await openConnectionOptions();
    const options = page.getByRole('dialog', { name: 'Options' });
    await options.getByRole('button', { name: 'New Network...' }).click();
    await options.getByLabel('Name:').fill('Self-hosted');
    await options.getByLabel('Server:').fill('127.0.0.1');
    await options.getByLabel('Port:').fill(String(world.network.dispatchPort));
    await options.getByLabel('Login (Passport) address:').fill(world.network.nexusUrl);
    // An IP address gets its note about host names.
    await options.getByText(/Some servers need their host name/).waitFor();
    await options.getByRole('button', { name: 'Save Network' }).click();
    await expect
      .poll(() => options.getByRole('button', { name: 'Export...' }).isEnabled())
      .toBe(true);
    await options.getByRole('button', { name: 'OK' }).click();
    await page.getByText('Sign in with your Self-hosted account', { exact: false }).waitFor();
  });

  it('stops at the certificate, which is trusted, and signs in', async () => {
    const { page } = alice;
    await page.getByLabel('Remember my Password').check();
    await signIn(page, 'alice@tweener.test', 'tweener');
    const dialog = page.getByRole('dialog', { name: 'Certificate not verified' });
    await dialog.waitFor({ timeout: 40_000 });
    const text = await dialog.innerText();
    // Shown in two lines of sixteen groups.
    expect(text.replace(/\s+/g, '')).toContain(world.network.passportFingerprint);
    expect(text).toContain('authority this computer does not know');
    expect(text).toContain('Your password has not been sent');
    expect(text).not.toContain('date and time');
    await screenshot(page, 'certificate-dialog');
    // No request reached Passport before the person chose.
    expect(world.network.passportRequests).toEqual([]);
    await dialog.getByRole('button', { name: 'Trust this certificate for Self-hosted' }).click();
    await page.getByRole('tree', { name: 'Contacts' }).waitFor({ timeout: 40_000 });
    // The demo network has Carol's added-you prompt waiting for Alice: answer it.
    const prompt = page.getByRole('dialog').filter({ hasText: 'has added you' });
    await prompt.waitFor();
    await prompt.getByRole('button', { name: 'OK' }).click();
    await prompt.waitFor({ state: 'detached' });
  });

  it('signs out and in again without the dialog', async () => {
    const { page } = alice;
    await page.getByRole('button', { name: 'File' }).click();
    await page.getByRole('menuitem', { name: 'Sign Out' }).click();
    await page.getByRole('button', { name: 'Sign In' }).waitFor({ timeout: 30_000 });
    await page.getByText('Sign in with your Self-hosted account', { exact: false }).waitFor();
    await signIn(page, 'alice@tweener.test', 'tweener');
    await page.getByRole('tree', { name: 'Contacts' }).waitFor({ timeout: 40_000 });
    expect(await page.getByRole('dialog', { name: 'Certificate not verified' }).count()).toBe(0);
  });

  it('Test Connection shows each step with its result and time', async () => {
    const { page } = alice;
    await page.getByRole('button', { name: 'Tools' }).click();
    await page.getByRole('menuitem', { name: 'Options...' }).click();
    const options = page.getByRole('dialog', { name: 'Options' });
    await options.getByRole('tab', { name: 'Connection' }).click();
    // The trusted network is the chosen one, its pin shown.
    const pin = await options.locator('#p-pin').innerText();
    expect(pin.replace(/\s+/g, '')).toBe(world.network.passportFingerprint);
    await options.getByRole('button', { name: 'Remove' }).waitFor();
    await options.getByRole('button', { name: 'Test Connection' }).click();
    const region = options.getByRole('region', { name: 'Connection test' });
    await region.getByText('Everything up to the password works.').waitFor({ timeout: 30_000 });
    const steps = await region.getByRole('listitem').allInnerTexts();
    expect(steps).toHaveLength(9);
    expect(steps[0]).toMatch(/Connect to the server\s+\d+ ms/);
    expect(steps.some((s) => /Redirect to the notification server/.test(s))).toBe(true);
    expect(steps.at(-1)).toMatch(/Login server certificate.*certificate accepted/s);
    await region.scrollIntoViewIfNeeded();
    await screenshot(page, 'connection-test');
  });

  it('exports the network to a file and imports it again, showing the pin first', async () => {
    const { page } = alice;
    const options = page.getByRole('dialog', { name: 'Options' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      options.getByRole('button', { name: 'Export...' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Self-hosted.tweener-network');
    const path = await download.path();
    const text = await readFile(path, 'utf8');
    const file = JSON.parse(text) as Record<string, unknown>;
    expect(file['pinnedCertSha256']).toBe(world.network.passportFingerprint);
    expect(text).not.toContain('tweener"'); // no password in the file
    await options.getByText(/Saved as Self-hosted\.tweener-network/).waitFor();

    await options.getByLabel('Network file to import').setInputFiles({
      name: 'shared.tweener-network',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    const preview = options.getByRole('region', { name: 'Add this network?' });
    await preview.waitFor();
    expect((await preview.innerText()).replace(/\s+/g, '')).toContain(
      world.network.passportFingerprint,
    );
    await screenshot(page, 'network-import-preview');
    await preview.getByRole('button', { name: 'Add Network' }).click();
    await preview.waitFor({ state: 'detached' });
    const named = async () =>
      (await options.getByLabel('Network:').locator('option').allInnerTexts()).filter(
        (n) => n === 'Self-hosted',
      ).length;
    await expect.poll(named).toBe(2);
  });
});
