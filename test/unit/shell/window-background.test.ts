// Windows start in the theme's background colour (ui-spec §3.5 [ext]), so a dark theme does
// not flash white before the page paints; main/index.ts run on the stand-in Electron.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEMO_ENV } from '../../../main/launch-env';
import { isDarkTheme, windowOptions } from '../../../main/windows/window-options';
import type * as FakeElectron from './support/fake-electron';
import type { FakeBrowserWindow } from './support/fake-electron';

vi.mock('electron', async () => (await import('./support/fake-electron')).electronModule);

let userData = '';
let fake: typeof FakeElectron.fake;
let windows: () => FakeBrowserWindow[];

beforeEach(async () => {
  vi.resetModules();
  const module = await import('./support/fake-electron');
  fake = module.fake;
  windows = () => module.FakeBrowserWindow.all;
  fake.reset();
  userData = await mkdtemp(join(tmpdir(), 'tweener-theme-'));
  process.env[DEMO_ENV.userData] = userData;
});

afterEach(async () => {
  if (!fake.exited) fake.app.quit();
  await vi.waitFor(() => expect(fake.exited).toBe(true), { timeout: 5000 });
  for (const name of Object.values(DEMO_ENV)) delete process.env[name];
  await rm(userData, { recursive: true, force: true });
});

describe('window background', () => {
  it('dark, light, or the OS for system', () => {
    expect(isDarkTheme('dark', false)).toBe(true);
    expect(isDarkTheme('light', true)).toBe(false);
    expect(isDarkTheme('system', true)).toBe(true);
    expect(isDarkTheme('system', false)).toBe(false);
    const base = { kind: 'main' as const, preloadPath: 'p', title: 't' };
    expect(windowOptions({ ...base, dark: true }).backgroundColor).toBe('#1e1f22');
    expect(windowOptions(base).backgroundColor).toBe('#ffffff');
  });

  it('the main window opens dark when the saved theme is dark', async () => {
    await writeFile(join(userData, 'settings.json'), JSON.stringify({ theme: 'dark' }));
    await import('../../../main/index');
    fake.markReady();
    await vi.waitFor(() => expect(windows()[0]?.visible).toBe(true), { timeout: 5000 });
    expect(windows()[0]?.options['backgroundColor']).toBe('#1e1f22');
  });
});
