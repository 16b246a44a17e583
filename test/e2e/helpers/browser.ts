// Debian's Chromium through playwright-core (never a downloaded browser). Each person gets a
// persistent context on a fresh temporary --user-data-dir (playwright takes the folder as the
// first argument rather than as a flag), and screenshots go to test-results/screenshots.
import { accessSync, constants, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { ROOT } from './build';

/** TWEENER_CHROMIUM points elsewhere (the benchmarks' test points it nowhere). */
export const CHROMIUM = process.env['TWEENER_CHROMIUM'] || '/usr/bin/chromium';

/** Why Chromium cannot be started, or null when its executable is there. */
export function chromiumMissing(path = CHROMIUM): string | null {
  try {
    accessSync(path, constants.X_OK);
    return null;
  } catch {
    return `Chromium not found at ${path}`;
  }
}
export const SCREENSHOTS = join(ROOT, 'test-results/screenshots');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** What Chromium refused under the page's Content-Security-Policy so far (its console reports). */
  cspViolations(): string[];
  close(): Promise<void>;
}

/**
 * `locale`: the browser's language (navigator.languages); English unless a test says otherwise,
 * so the words tests look for do not depend on the machine's locale.
 */
export async function openPage(
  url: string,
  size = { width: 820, height: 600 },
  deviceScaleFactor = 1,
  locale = 'en-US',
): Promise<OpenedPage> {
  const profile = mkdtempSync(join(tmpdir(), 'tweener-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: size,
    deviceScaleFactor,
    // A browser that cannot start fails here instead of waiting for ever.
    timeout: 60_000,
    locale,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));
  // Every flow of every e2e test runs under the built page's strict CSP (no inline styles, no
  // ws: beyond 'self'): whatever Chromium refuses ("Refused to apply inline style...",
  // "Refused to connect...") shows in its console; test/e2e/csp.test.ts asserts there is none,
  // and any other test's page reports them when it closes.
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Refused to|violates the following Content Security Policy/i.test(message.text())) {
      violations.push(message.text());
    }
  });
  await page.goto(url);
  return {
    context,
    page,
    cspViolations: () => [...violations],
    async close() {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
      if (violations.length > 0) console.error(`[CSP] ${violations.join('\n[CSP] ')}`);
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}
