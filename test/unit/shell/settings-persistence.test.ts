// Settings and profiles survive a restart; a damaged file is set aside, never fatal.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SettingsStore } from '../../../main/services/stores/settings-store';
import { ProfileStore, DEFAULT_LOCAL_PROFILE } from '../../../main/services/stores/profile-store';
import type { CorruptFileNotice } from '../../../main/services/stores/json-file';
import { DEFAULT_SETTINGS } from '@shared/ipc/settings';
import { makeServices, tempDir } from './support/services';

describe('settings persistence', () => {
  it('an update survives a restart', async () => {
    const dir = await tempDir();
    const first = await SettingsStore.open(dir, () => undefined);
    await first.update({ autoAwayMinutes: 12, keepHistory: false });
    const second = await SettingsStore.open(dir, () => undefined);
    expect(second.get()).toEqual({ ...DEFAULT_SETTINGS, autoAwayMinutes: 12, keepHistory: false });
  });

  it.each([
    ['not JSON', '{"listView": "groups",'],
    ['a wrong type', JSON.stringify({ autoAwayMinutes: 'soon' })],
    ['out of range', JSON.stringify({ soundVolume: 7 })],
  ])('a file with %s is renamed *.corrupt-<time> and defaults are used', async (_label, text) => {
    const dir = await tempDir();
    await writeFile(join(dir, 'settings.json'), text);
    const notices: CorruptFileNotice[] = [];
    const store = await SettingsStore.open(dir, (notice) => notices.push(notice));
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    expect(notices).toHaveLength(1);
    const files = await readdir(dir);
    expect(files).not.toContain('settings.json');
    const corrupt = files.find((name) => /^settings\.json\.corrupt-/.test(name));
    expect(corrupt).toBeDefined();
    expect(await readFile(join(dir, corrupt ?? ''), 'utf8')).toBe(text);
    // And the app carries on: the next update writes a good file.
    await store.update({ playSounds: false });
    expect((await SettingsStore.open(dir, () => undefined)).get().playSounds).toBe(false);
  });

  it('the app tells the person when a file was set aside', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'settings.json'), '\u0000garbage');
    const { events, services } = await makeServices(dir);
    expect(events()).toContainEqual(expect.objectContaining({ type: 'notice', level: 'warning' }));
    // A window that opens later still learns of it from its snapshot.
    expect(services.snapshot().notices).toEqual([
      { level: 'warning', text: expect.stringMatching(/set aside/) },
    ]);
  });

  it('settings:update through the services persists and announces the change', async () => {
    const dir = await tempDir();
    const { services, events } = await makeServices(dir);
    await services.handlers['settings:update'](
      { patch: { listView: 'status' } },
      { transport: 'web', senderId: 1 },
    );
    expect(events()).toContainEqual({
      type: 'settings',
      settings: { ...DEFAULT_SETTINGS, listView: 'status' },
    });
    const again = await makeServices(dir);
    expect(again.services.snapshot().settings.listView).toBe('status');
  });

  it('custom profiles survive a restart; built-ins cannot be overwritten', async () => {
    const dir = await tempDir();
    const profiles = await ProfileStore.open(dir, DEFAULT_LOCAL_PROFILE, () => undefined);
    await profiles.save({
      id: 'mine',
      name: 'My server',
      host: 'msn.example',
      port: 1863,
      nexusUrl: null,
      loginUrl: 'https://msn.example/login',
      caCertPem: null,
      pinnedCertSha256: null,
      builtIn: true,
    });
    await expect(profiles.save({ ...DEFAULT_LOCAL_PROFILE, host: 'evil' })).rejects.toThrow(
      /Built-in/,
    );
    const again = await ProfileStore.open(dir, DEFAULT_LOCAL_PROFILE, () => undefined);
    expect(again.get('mine')).toMatchObject({ host: 'msn.example', builtIn: false });
    expect(again.get('escargot')).toMatchObject({
      host: 'm1.escargot.log1p.xyz',
      port: 1863,
      nexusUrl: 'https://m1.escargot.log1p.xyz/nexus-mock',
      unverified: true,
    });
    expect(again.get('local-demo')?.host).toBe('127.0.0.1');
  });
});

describe('unreadable settings', () => {
  it('a folder where the file should be gives defaults and a notice, not a crash', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'settings.json'));
    const notices: CorruptFileNotice[] = [];
    const store = await SettingsStore.open(dir, (notice) => notices.push(notice));
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    expect(notices).toEqual([expect.objectContaining({ reason: 'it cannot be read' })]);
  });
});
