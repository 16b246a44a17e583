// main/index.ts started against the stand-in `electron` (fake-electron.ts), signed out, for
// tests of what every window gets. The test file must itself call
// vi.mock('electron', async () => (await import('./support/fake-electron')).electronModule).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, vi } from 'vitest';
import { DEMO_ENV } from '../../../../main/launch-env';
import type * as FakeElectron from './fake-electron';
import type { FakeBrowserWindow } from './fake-electron';

export interface EntryHarness {
  fake: typeof FakeElectron.fake;
  windows(): FakeBrowserWindow[];
  /** The user-data folder main/index.ts is pointed at (removed by stop()). */
  userData: string;
  /** Imports main/index.ts without marking the app ready (start-up order tests). */
  importEntry(): Promise<unknown>;
  /** Imports main/index.ts, marks the app ready and waits for the main window to show. */
  start(): Promise<FakeBrowserWindow>;
  /** Quits (if the test did not) and removes the user-data folder. */
  stop(): Promise<void>;
}

export async function entryHarness(): Promise<EntryHarness> {
  vi.resetModules();
  const module = await import('./fake-electron');
  const fake = module.fake;
  fake.reset();
  const userData = await mkdtemp(join(tmpdir(), 'tweener-entry-'));
  process.env[DEMO_ENV.userData] = userData;
  const windows = (): FakeBrowserWindow[] => module.FakeBrowserWindow.all;
  const importEntry = (): Promise<unknown> => import('../../../../main/index');
  return {
    fake,
    windows,
    userData,
    importEntry,
    async start() {
      await importEntry();
      fake.markReady();
      await vi.waitFor(() => expect(windows()[0]?.visible).toBe(true), { timeout: 5000 });
      return windows()[0] as FakeBrowserWindow;
    },
    async stop() {
      if (!fake.exited) fake.app.quit();
      await vi.waitFor(() => expect(fake.exited).toBe(true), { timeout: 5000 });
      for (const name of Object.values(DEMO_ENV)) delete process.env[name];
      await rm(userData, { recursive: true, force: true });
    },
  };
}
