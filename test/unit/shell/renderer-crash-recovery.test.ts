// main/index.ts against the stand-in Electron: a window whose page crashed (or whose own page
// failed to load) is loaded again, at most 3 times a minute; then a dialog offers restart or quit.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { entryHarness } from './support/entry-harness';
import type { EntryHarness } from './support/entry-harness';
import type { FakeBrowserWindow } from './support/fake-electron';

vi.mock('electron', async () => (await import('./support/fake-electron')).electronModule);

let h: EntryHarness;
beforeEach(async () => {
  h = await entryHarness();
});
afterEach(() => h.stop());

const crash = (win: FakeBrowserWindow, reason = 'crashed'): void => {
  win.webContents.emit('render-process-gone', {}, { reason, exitCode: 1 });
};
const failLoad = (win: FakeBrowserWindow, url: string, errorCode = -6, isMainFrame = true) => {
  win.webContents.emit('did-fail-load', {}, errorCode, 'failed', url, isMainFrame);
};

describe('renderer crash recovery', () => {
  it('reloads the same page after a crash, three times, then asks; Quit quits', async () => {
    const win = await h.start();
    const page = win.loadedUrl;
    expect(win.loads).toBe(1);
    for (let i = 0; i < 3; i += 1) crash(win);
    expect(win.loads).toBe(4);
    expect(win.loadedUrl).toBe(page);
    expect(h.fake.messageBoxes).toEqual([]);

    h.fake.messageBoxResponse = 1;
    crash(win);
    expect(win.loads).toBe(4);
    expect(h.fake.messageBoxes).toHaveLength(1);
    expect(h.fake.messageBoxes[0]?.window).toBe(win);
    expect(h.fake.messageBoxes[0]?.options['buttons']).toEqual(['Restart Tweener', 'Quit']);
    await vi.waitFor(() => expect(h.fake.exited).toBe(true), { timeout: 5000 });
    expect(h.fake.calls).not.toContain('relaunch');
    // Asked once: later crashes while the dialog is up do not stack dialogs or reload.
    crash(win);
    expect(h.fake.messageBoxes).toHaveLength(1);
  });

  it('Restart relaunches and quits', async () => {
    const win = await h.start();
    h.fake.messageBoxResponse = 0;
    for (let i = 0; i < 4; i += 1) crash(win, 'oom');
    await vi.waitFor(() => expect(h.fake.exited).toBe(true), { timeout: 5000 });
    expect(h.fake.calls).toContain('relaunch');
  });

  it('a page closing normally is not reloaded', async () => {
    const win = await h.start();
    crash(win, 'clean-exit');
    expect(win.loads).toBe(1);
  });

  it('our own page failing to load is loaded again; other failures are left alone', async () => {
    const win = await h.start();
    failLoad(win, 'https://example.com/');
    failLoad(win, win.loadedUrl, -3);
    failLoad(win, win.loadedUrl, -6, false);
    expect(win.loads).toBe(1);
    failLoad(win, win.loadedUrl);
    expect(win.loads).toBe(2);
  });
});
