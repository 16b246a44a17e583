// main/electron/ against a stand-in Electron: what every webContents gets (harden.ts) and the
// desktop side (notifications whose click opens the conversation, links, the file dialog).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as FakeElectron from './support/fake-electron';

vi.mock('electron', async () => (await import('./support/fake-electron')).electronModule);

let F: typeof FakeElectron;

beforeEach(async () => {
  vi.resetModules();
  F = await import('./support/fake-electron');
  F.fake.reset();
});

const toast = { id: 't1', kind: 'message' as const, title: 'Bob says:', text: 'hi' };

describe('hardened webContents', () => {
  it('denies new windows (http(s) go to the browser), navigation, subframe navigation, webviews', async () => {
    const { hardenWebContents } = await import('../../../main/electron/harden');
    const contents = new F.FakeWebContents();
    hardenWebContents(contents as never, 'app://tweener/');
    for (const url of [
      'https://example.com/',
      'http://example.com/',
      'file:///etc/passwd',
      'javascript:alert(1)',
    ]) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
    expect(F.fake.openedExternally).toEqual(['https://example.com/', 'http://example.com/']);
    for (const url of [
      'https://evil.example/',
      'file:///home/me/Downloads/sent-by-a-contact.html',
      'app://evil/',
      'app://tweener@evil/',
      'not a url',
    ]) {
      expect(contents.fire('will-navigate', { url }).defaultPrevented, url).toBe(true);
    }
    // Within the app's own origin only.
    expect(contents.fire('will-navigate', { url: 'app://tweener/' }).defaultPrevented).toBe(false);
    expect(contents.fire('will-redirect').defaultPrevented).toBe(true);
    expect(contents.fire('will-attach-webview').defaultPrevented).toBe(true);
    expect(contents.fire('will-frame-navigate', { isMainFrame: false }).defaultPrevented).toBe(
      true,
    );
    // The main frame is will-navigate's business (in-page hash routes never reach either).
    expect(contents.fire('will-frame-navigate', { isMainFrame: true }).defaultPrevented).toBe(
      false,
    );
  });
});

describe('Electron desktop', () => {
  const make = async (platform?: NodeJS.Platform) => {
    const { createElectronDesktop } = await import('../../../main/electron/desktop-integration');
    const windows = { show: vi.fn(), isFocused: () => false, closeSender: vi.fn() };
    return { desktop: createElectronDesktop(windows, vi.fn(), platform), windows };
  };

  it('a notification is silent (our own sounds) and its click runs the action', async () => {
    F.fake.notificationsSupported = true;
    const { desktop } = await make();
    const clicked = vi.fn();
    desktop.notifier.show(toast, clicked);
    const shown = F.fake.notifications[0];
    expect(shown?.shown).toBe(true);
    expect(shown?.options).toMatchObject({ title: 'Bob says:', body: 'hi', silent: true });
    shown?.emit('click', {});
    expect(clicked).toHaveBeenCalledTimes(1);
  });

  it('Linux: markup in a notification body shows as text; elsewhere the body is as sent', async () => {
    F.fake.notificationsSupported = true;
    const text = '<b>Bank</b> & <a href="https://evil.example">pay</a>';
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const { desktop } = await make(platform);
      desktop.notifier.show({ ...toast, title: '<i>Bob</i> says:', text }, vi.fn());
    }
    const [linux, windows, mac] = F.fake.notifications.map((n) => n.options);
    expect(linux?.body).toBe(
      '&lt;b&gt;Bank&lt;/b&gt; &amp; &lt;a href="https://evil.example"&gt;pay&lt;/a&gt;',
    );
    expect(windows?.body).toBe(text);
    expect(mac?.body).toBe(text);
    // The summary is never markup (freedesktop Desktop Notifications spec): left as it is.
    expect(linux?.title).toBe('<i>Bob</i> says:');
  });

  it('no notifications where the OS has none, and no crash', async () => {
    const { desktop } = await make();
    desktop.notifier.show(toast, vi.fn());
    expect(F.fake.notifications).toEqual([]);
  });

  it('opens only http(s) links; the file dialog answers a path or null', async () => {
    const { desktop } = await make();
    desktop.external.open('https://example.com/a');
    desktop.external.open('file:///etc/passwd');
    expect(F.fake.openedExternally).toEqual(['https://example.com/a']);
    expect(await desktop.files.chooseFile(undefined)).toBeNull();
    F.fake.openDialogResult = { canceled: false, filePaths: ['/home/me/a.txt'] };
    expect(await desktop.files.chooseFile(undefined)).toBe('/home/me/a.txt');
  });

  it('the download folder comes from a folder dialog: the chosen folder, or null', async () => {
    const { desktop } = await make();
    expect(await desktop.files.chooseFolder('/home/me/Downloads')).toBeNull();
    expect(F.fake.openDialogOptions).toMatchObject({
      defaultPath: '/home/me/Downloads',
      properties: ['openDirectory', 'createDirectory'],
    });
    F.fake.openDialogResult = { canceled: false, filePaths: ['/home/me/Received'] };
    expect(await desktop.files.chooseFolder('')).toBe('/home/me/Received');
    expect(F.fake.openDialogOptions).not.toHaveProperty('defaultPath');
  });

  it('shows a received file in the file manager', async () => {
    const { desktop } = await make();
    desktop.files.reveal('/home/me/Downloads/photo.jpg');
    expect(F.fake.revealedInFolder).toEqual(['/home/me/Downloads/photo.jpg']);
  });
});
