// main/index.ts run in Node against a stand-in for Electron (support/fake-electron.ts), signed
// in to the local MSNP8 network over real sockets: start-up order, the window and what every
// webContents gets, the IPC sender check, hiding to the tray, a second launch, and quitting
// from the tray for real even though closing the window hides it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { requestChannelName } from '@shared/ipc/bridge';
import { requestSchemas } from '@shared/ipc/requests';
import { startDemoNetwork } from '../../demo/demo-network';
import type { DemoNetwork } from '../../demo/demo-network';
import { DEMO_ENV } from '../../../main/launch-env';
import { entryHarness } from './support/entry-harness';
import type { EntryHarness } from './support/entry-harness';
import type { FakeBrowserWindow } from './support/fake-electron';

vi.mock('electron', async () => (await import('./support/fake-electron')).electronModule);

let demo: DemoNetwork | null = null;
let harness: EntryHarness;
// Fresh per test, from the same module registry as main/index.ts's `electron` (resetModules).
let fake: EntryHarness['fake'];
let windows: EntryHarness['windows'];
let importEntry: EntryHarness['importEntry'];

beforeEach(async () => {
  harness = await entryHarness();
  ({ fake, windows, importEntry } = harness);
});

afterEach(async () => {
  await harness.stop();
  await demo?.network.stop();
  demo = null;
});

const mainWindow = async (): Promise<FakeBrowserWindow> => {
  await vi.waitFor(() => expect(windows()[0]?.visible).toBe(true), { timeout: 5000 });
  return windows()[0] as FakeBrowserWindow;
};

/** An IPC request as the page in `win` (or another frame URL) would make it. */
const request = (win: FakeBrowserWindow, channel: string, input: unknown, frameUrl?: string) => {
  const handler = fake.ipcHandlers.get(requestChannelName(channel as never));
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler(
    { senderFrame: { url: frameUrl ?? win.loadedUrl }, sender: win.webContents },
    input,
  ) as Promise<{
    ok: boolean;
    result?: unknown;
    error?: { code: string };
  }>;
};

describe('Electron entry point', () => {
  it('takes the single-instance lock first, and does nothing else without it', async () => {
    fake.gotLock = false;
    await importEntry();
    expect(fake.calls).toEqual(['setPath:userData', 'requestSingleInstanceLock', 'quit']);
    expect(fake.exited).toBe(true);
    expect(windows()).toEqual([]);
  });

  it('starts after ready with one hardened, sandboxed window on the built page', async () => {
    await importEntry();
    expect(fake.calls).toEqual([
      'setPath:userData',
      'requestSingleInstanceLock',
      'registerSchemesAsPrivileged',
      'whenReady',
    ]);
    // app:// is privileged before 'ready' (Electron ignores it after).
    expect(fake.privilegedSchemes).toEqual([
      {
        schemes: [
          {
            scheme: 'app',
            privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
          },
        ],
        beforeReady: true,
      },
    ]);
    expect(windows()).toEqual([]);
    fake.markReady();
    const win = await mainWindow();
    expect(fake.safeStorageAskedBeforeReady).toBe(false);
    const prefs = win.options['webPreferences'] as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(String(prefs['preload'])).toMatch(/[\\/]preload[\\/]index\.cjs$/);
    expect(win.loadedUrl).toBe('app://tweener/');
    // Unpackaged: DevTools available, Electron's default menu left alone.
    expect(prefs['devTools']).toBe(true);
    expect(fake.applicationMenu).toBeUndefined();
    // What 'web-contents-created' applied to this (and every) webContents: navigation only
    // within the app's own origin.
    for (const url of ['https://evil.example/', 'file:///tmp/sent-by-a-contact.html']) {
      expect(win.webContents.fire('will-navigate', { url }).defaultPrevented, url).toBe(true);
    }
    expect(
      win.webContents.fire('will-navigate', { url: 'app://tweener/#/conversation/c1' })
        .defaultPrevented,
    ).toBe(false);
    expect(win.webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({
      action: 'deny',
    });
    const answers: boolean[] = [];
    fake.permissionRequestHandler?.(win.webContents, 'media', (ok: boolean) => answers.push(ok));
    expect(answers).toEqual([false]);
    expect(fake.permissionCheckHandler?.(win.webContents, 'geolocation')).toBe(false);
    // Every request channel is served, and only to our page.
    for (const channel of Object.keys(requestSchemas)) {
      expect(fake.ipcHandlers.has(requestChannelName(channel as never)), channel).toBe(true);
    }
    expect((await request(win, 'app:snapshot', undefined)).ok).toBe(true);
    for (const frame of ['https://evil.example/', 'file:///tmp/evil.html', 'app://other/']) {
      const foreign = await request(win, 'app:snapshot', undefined, frame);
      expect(foreign.error?.code, frame).toBe('forbidden');
    }
    // app:// answers the renderer folder's files (here, from a checkout, renderer/), nothing else.
    const serve = fake.protocolHandlers.get('app');
    const page = await serve?.(new Request('app://tweener/'));
    expect(page?.status).toBe(200);
    expect(page?.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page?.text()).toMatch(/http-equiv="Content-Security-Policy"/);
    for (const url of ['app://tweener/..%2Fpackage.json', 'app://elsewhere/index.html']) {
      expect((await serve?.(new Request(url)))?.status, url).toBe(404);
    }
  });

  it('packaged: no DevTools in any window, no reload or DevTools shortcuts in the menu', async () => {
    fake.app.isPackaged = true;
    const resources = process as { resourcesPath?: string };
    resources.resourcesPath = '/opt/Tweener/resources';
    try {
      await importEntry();
      fake.markReady();
      const win = await mainWindow();
      const prefs = win.options['webPreferences'] as Record<string, unknown>;
      expect(prefs['devTools']).toBe(false);
      expect(win.loadedUrl).toBe('app://tweener/');
      const roles: string[] = [];
      const walk = (items: unknown[]): void => {
        for (const item of items as { role?: string; submenu?: unknown[] }[]) {
          if (item.role) roles.push(item.role);
          if (Array.isArray(item.submenu)) walk(item.submenu);
        }
      };
      expect(Array.isArray(fake.applicationMenu)).toBe(true);
      walk(fake.applicationMenu ?? []);
      expect(roles).toContain('editMenu');
      expect(roles).not.toContain('reload');
      expect(roles).not.toContain('forceReload');
      expect(roles).not.toContain('toggleDevTools');
      // viewMenu and the default menu's own roles would bring reload and DevTools back.
      expect(roles).not.toContain('viewMenu');
      expect(roles).not.toContain('fileMenu');
    } finally {
      delete resources.resourcesPath;
    }
  });

  it('signed out: closing the main window quits (Windows, Linux)', async () => {
    if (process.platform === 'darwin') return;
    await importEntry();
    fake.markReady();
    const win = await mainWindow();
    expect(win.close()).toBe(true);
    await vi.waitFor(() => expect(fake.exited).toBe(true), { timeout: 5000 });
  });

  it('signed in: close hides to the tray, a second launch brings it back, Exit quits', async () => {
    demo = await startDemoNetwork();
    process.env[DEMO_ENV.profile] = JSON.stringify(demo.profile);
    await importEntry();
    fake.markReady();
    const win = await mainWindow();
    const alice = demo.accounts.find((a) => a.email === 'alice@tweener.test');
    const signIn = await request(win, 'session:signIn', {
      email: alice?.email,
      password: alice?.password,
      status: 'NLN',
      profileId: demo.profile.id,
      rememberMe: false,
      rememberPassword: false,
      signInAutomatically: false,
    });
    expect(signIn.ok).toBe(true);
    // The tray follows the session (rebuilt on the 'session'/'self' events).
    await vi.waitFor(() => expect(fake.trays[0]?.tooltip).toMatch(/\(Online\)$/), {
      timeout: 5000,
    });

    // A conversation window: its own route; closing it leaves the conversation.
    const opened = await request(win, 'conversations:open', { contacts: ['bob@tweener.test'] });
    const id = (opened.result as { conversationId: string }).conversationId;
    await vi.waitFor(() => expect(windows()).toHaveLength(2));
    const chat = windows()[1] as FakeBrowserWindow;
    expect(chat.loadedUrl).toBe(`app://tweener/#/conversation/${encodeURIComponent(id)}`);
    expect(chat.close()).toBe(true);
    // The conversation was left: the windows hear it closed.
    const closedEvents = (): unknown[] =>
      win.webContents.sent
        .flatMap((m) => m.args.flat() as unknown[])
        .filter(
          (e) =>
            (e as { type?: string; conversation?: { id: string; state: string } }).type ===
              'conversation' &&
            (e as { conversation: { id: string; state: string } }).conversation.id === id &&
            (e as { conversation: { id: string; state: string } }).conversation.state === 'closed',
        );
    await vi.waitFor(() => expect(closedEvents()).not.toEqual([]), { timeout: 5000 });

    expect(win.close()).toBe(false);
    expect(win.visible).toBe(false);
    expect(fake.exited).toBe(false);

    fake.emitApp('second-instance', {}, [], '');
    expect(win.visible && win.focused).toBe(true);

    // Tray → Exit is app.quit(): the close handler must let the window go this time.
    fake.app.quit();
    await vi.waitFor(() => expect(fake.exited).toBe(true), { timeout: 5000 });
    expect(win.destroyed).toBe(true);
    expect(fake.trays[0]?.destroyed).toBe(true);
  });
  it("a new sign-in of an account closes its last sign-in's conversation windows, not another's", async () => {
    demo = await startDemoNetwork();
    process.env[DEMO_ENV.profile] = JSON.stringify(demo.profile);
    await importEntry();
    fake.markReady();
    const win = await mainWindow();
    const signIn = (email: string) =>
      request(win, 'session:signIn', {
        email,
        password: 'tweener',
        status: 'NLN',
        profileId: demo?.profile.id,
        rememberMe: false,
        rememberPassword: false,
        signInAutomatically: false,
      });
    expect((await signIn('alice@tweener.test')).ok).toBe(true);
    await request(win, 'conversations:open', { contacts: ['bob@tweener.test'] });
    await vi.waitFor(() => expect(windows()).toHaveLength(2));
    const chat = windows()[1] as FakeBrowserWindow;
    // Another account signs in beside Alice: her conversation goes on.
    expect((await signIn('carol@tweener.test')).ok).toBe(true);
    expect(chat.destroyed).toBe(false);
    // Alice signs in again: that conversation belonged to her last sign-in.
    expect((await signIn('alice@tweener.test')).ok).toBe(true);
    expect(chat.destroyed).toBe(true);
    expect(win.destroyed).toBe(false);
  });
});
