/// <reference lib="dom" />
// The Electron app itself, end to end (playwright-core's Electron support): the built app with
// a fresh profile against the local network, Alice signed in there and Bob in a web harness;
// a message each way through a conversation window; the tray menu; screenshots.
// Runs wherever the Electron binary is installed; elsewhere it is reported as skipped, with the
// reason on one line (README: "The Electron smoke test" says how to run it).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron } from 'playwright-core';
import type { ElectronApplication, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ENV } from '../../main/launch-env';
import { profileForNetwork } from '../demo/demo-network';
import type { OpenedPage } from './helpers/browser';
import { openPage, screenshot } from './helpers/browser';
import { ROOT } from './helpers/build';
import { signedIn } from './helpers/flows';
import { dismissPrompts } from './helpers/pair';
import type { World } from './helpers/world';
import { startWorld } from './helpers/world';

/** The Electron binary, or why there is none (its postinstall download was skipped here). */
function electronBinary(): { path: string } | { missing: string } {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown;
    if (typeof path === 'string' && existsSync(path)) return { path };
    return { missing: `the Electron binary is not at ${String(path)}` };
  } catch {
    return { missing: 'the Electron binary was never downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD)' };
  }
}

const binary = electronBinary();
const skipReason = 'missing' in binary ? binary.missing : null;
// Never a silent pass: the reason is printed on one line in the test output.
if (skipReason) console.warn(`Electron smoke test skipped: ${skipReason}`);

describe.skipIf(skipReason !== null)(
  `Electron smoke test${skipReason ? ` (skipped: ${skipReason})` : ''}`,
  () => {
    let world: World;
    let app: ElectronApplication;
    let bob: OpenedPage;
    let userData: string;

    beforeAll(async () => {
      // The main process and the preload are built by electron-vite (the renderer too).
      const build = spawnSync(
        process.execPath,
        [join(ROOT, 'node_modules/.bin/electron-vite'), 'build'],
        {
          cwd: ROOT,
          stdio: 'inherit',
        },
      );
      expect(build.status).toBe(0);
      world = await startWorld();
      userData = mkdtempSync(join(tmpdir(), 'tweener-electron-'));
      app = await _electron.launch({
        executablePath: 'path' in binary ? binary.path : undefined,
        args: [join(ROOT, 'out/main/index.js')],
        cwd: ROOT,
        env: {
          ...process.env,
          [DEMO_ENV.profile]: JSON.stringify(profileForNetwork(world.network)),
          [DEMO_ENV.userData]: userData,
          [DEMO_ENV.accounts]: JSON.stringify([
            { email: 'alice@tweener.test', password: 'tweener' },
          ]),
        },
      });
      // Every menu the app builds (the tray's context menu among them), as labels.
      await app.evaluate(({ Menu }) => {
        const build = Menu.buildFromTemplate.bind(Menu);
        const seen = globalThis as { builtMenus?: string[][] };
        seen.builtMenus = [];
        Menu.buildFromTemplate = (template) => {
          seen.builtMenus?.push(template.map((item) => String(item.label ?? item.type ?? '')));
          return build(template);
        };
      });
      bob = await openPage((await world.harness('bob@tweener.test')).url, {
        width: 860,
        height: 620,
      });
    });

    afterAll(async () => {
      await app?.close().catch(() => undefined);
      await bob?.close().catch(() => undefined);
      await world?.stop();
      if (userData) rmSync(userData, { recursive: true, force: true });
    });

    const input = (page: Page) => page.getByLabel('Type your message');

    it('signs in, chats both ways through a conversation window, offers the tray menu', async () => {
      const main = await app.firstWindow();
      await signedIn(main, 'alice@tweener.test', 'tweener');
      await screenshot(main, 'electron-main-window');
      await signedIn(bob.page, 'bob@tweener.test', 'tweener');
      await dismissPrompts(main);
      const opened = app.waitForEvent('window');
      await main.getByRole('treeitem', { name: 'Bob, Online' }).dblclick({ timeout: 30_000 });
      const conversation = await opened;
      await input(conversation).fill('Hello from Electron');
      await input(conversation).press('Enter');
      await bob.page
        .locator('.message--in .message__body', { hasText: 'Hello from Electron' })
        .waitFor({ timeout: 30_000 });
      await input(bob.page).fill('Hello from the web');
      await input(bob.page).press('Enter');
      await conversation
        .locator('.message--in .message__body', { hasText: 'Hello from the web' })
        .waitFor({ timeout: 30_000 });
      await screenshot(conversation, 'electron-conversation-window');

      const menus = await app.evaluate(
        () => (globalThis as { builtMenus?: string[][] }).builtMenus ?? [],
      );
      const tray = menus.filter((labels) => labels.includes('Sign Out')).at(-1);
      expect(tray).toEqual(expect.arrayContaining(['Send an Instant Message', 'Exit']));
    });
  },
);
