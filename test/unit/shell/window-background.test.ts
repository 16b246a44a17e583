// Windows start in the theme's background colour (ui-spec §3.5 [ext]), so a dark theme does
// not flash white before the page paints; main/index.ts run on the stand-in Electron.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isDarkTheme, windowOptions } from '../../../main/windows/window-options';
import { entryHarness } from './support/entry-harness';
import type { EntryHarness } from './support/entry-harness';

vi.mock('electron', async () => (await import('./support/fake-electron')).electronModule);

let harness: EntryHarness;

beforeEach(async () => {
  harness = await entryHarness();
});

afterEach(async () => {
  await harness.stop();
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
    await writeFile(join(harness.userData, 'settings.json'), JSON.stringify({ theme: 'dark' }));
    const main = await harness.start();
    expect(main.options['backgroundColor']).toBe('#1e1f22');
  });
});
