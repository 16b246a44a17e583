// A JSON file that cannot be written (a full disk: write-file-atomic fails with ENOSPC, as the
// OS reports it) fails the request with plain words and changes nothing in memory; once space
// returns the same change goes through. Nothing becomes an unhandled rejection (the node
// project's set-up file fails any test that leaves one).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AccountStore } from '../../../main/services/stores/account-store';
import { NicknameStore } from '../../../main/services/stores/nickname-store';
import { DEFAULT_LOCAL_PROFILE, ProfileStore } from '../../../main/services/stores/profile-store';
import { SettingsStore } from '../../../main/services/stores/settings-store';
import { WindowStateStore } from '../../../main/windows/window-state';
import { DEFAULT_SETTINGS } from '@shared/ipc/settings';
import { FakeSecretStore } from './support/fakes';
import { makeServices, signInArgs, tempDir } from './support/services';

const disk = vi.hoisted(() => ({ full: false, attempts: 0, fullFromAttempt: Infinity }));
vi.mock('write-file-atomic', async (importOriginal) => {
  const real = (await importOriginal<{ default: (...args: unknown[]) => Promise<void> }>()).default;
  return {
    default: (...args: unknown[]) => {
      disk.attempts += 1;
      if (!disk.full && disk.attempts < disk.fullFromAttempt) return real(...args);
      return Promise.reject(
        Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }),
      );
    },
  };
});

beforeEach(() => {
  disk.full = false;
  disk.attempts = 0;
  disk.fullFromAttempt = Infinity;
});

const FULL = /could not be saved \(the disk is full\)\. Nothing was changed\./;
const origin = { transport: 'web' as const, senderId: 1 };

describe('a failed JSON write', () => {
  it('settings: the update rejects in plain words and memory keeps the saved settings', async () => {
    const dir = await tempDir();
    const store = await SettingsStore.open(dir, () => undefined);
    await store.update({ autoAwayMinutes: 7 });
    disk.full = true;
    await expect(store.update({ autoAwayMinutes: 30, playSounds: false })).rejects.toThrow(
      /^Your settings could not be saved \(the disk is full\)/,
    );
    expect(store.get()).toEqual({ ...DEFAULT_SETTINGS, autoAwayMinutes: 7 });
    disk.full = false;
    await store.update({ playSounds: false });
    const saved = JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8')) as object;
    expect(saved).toEqual({ ...DEFAULT_SETTINGS, autoAwayMinutes: 7, playSounds: false });
  });

  it('settings: concurrent updates each start from the last saved value', async () => {
    const store = await SettingsStore.open(await tempDir(), () => undefined);
    disk.fullFromAttempt = 2; // the first write lands, the second finds the disk full
    const first = store.update({ autoAwayMinutes: 9 });
    const second = store.update({ playSounds: false });
    await expect(first).resolves.toMatchObject({ autoAwayMinutes: 9 });
    await expect(second).rejects.toThrow(FULL);
    expect(store.get()).toEqual({ ...DEFAULT_SETTINGS, autoAwayMinutes: 9 });
  });

  it('profiles, nicknames, remembered accounts and window state keep their saved values', async () => {
    const dir = await tempDir();
    const profiles = await ProfileStore.open(dir, DEFAULT_LOCAL_PROFILE, () => undefined);
    const nicknames = await NicknameStore.open(dir, () => undefined);
    const accounts = await AccountStore.open(dir, new FakeSecretStore(), () => undefined);
    const windows = await WindowStateStore.open(dir, () => undefined);
    const custom = { ...DEFAULT_LOCAL_PROFILE, id: 'mine', name: 'Mine', builtIn: false };
    await profiles.save(custom);
    await nicknames.set('me@x.test', 'bob@x.test', 'Bobby');
    const me = { email: 'me@x.test', profileId: 'mine', status: 'NLN', signInAutomatically: false };
    await accounts.remember(me, 'secret');
    await windows.set('main', { x: 1, y: 2, width: 300, height: 400 });
    const before = {
      profiles: profiles.list(),
      nicknames: nicknames.forAccount('me@x.test'),
      accounts: accounts.list(),
    };

    disk.full = true;
    await expect(profiles.save({ ...custom, name: 'Renamed' })).rejects.toThrow(FULL);
    await expect(profiles.remove('mine')).rejects.toThrow(/^Your networks could not be saved/);
    await expect(nicknames.set('me@x.test', 'bob@x.test', 'Robert')).rejects.toThrow(FULL);
    await expect(accounts.remember({ ...me, status: 'BSY' }, null)).rejects.toThrow(FULL);
    await expect(accounts.setStatus('me@x.test', 'AWY')).rejects.toThrow(FULL);
    await expect(accounts.forget('me@x.test')).rejects.toThrow(FULL);
    await expect(windows.set('main', { x: 9, y: 9, width: 500, height: 500 })).rejects.toThrow(
      /^The window position could not be saved/,
    );

    expect(profiles.list()).toEqual(before.profiles);
    expect(nicknames.forAccount('me@x.test')).toEqual(before.nicknames);
    expect(accounts.list()).toEqual(before.accounts);
    expect(accounts.password('me@x.test')).toBe('secret');
    expect(windows.get('main')).toEqual({ x: 1, y: 2, width: 300, height: 400 });
  });

  it('the settings request fails with the words and no settings event goes out', async () => {
    const { services, events } = await makeServices(await tempDir());
    const before = events().length;
    disk.full = true;
    await expect(
      services.handlers['settings:update']({ patch: { autoAwayMinutes: 42 } }, origin),
    ).rejects.toThrow(FULL);
    expect(
      events()
        .slice(before)
        .filter((e) => e.type === 'settings'),
    ).toEqual([]);
    expect(services.snapshot().settings.autoAwayMinutes).toBe(DEFAULT_SETTINGS.autoAwayMinutes);
  });

  it('signing in on a full disk still signs in, and says what could not be remembered', async () => {
    const { services, events } = await makeServices(await tempDir());
    await services.handlers['settings:update']({ patch: { lastProfileId: 'escargot' } }, origin);
    disk.full = true;
    await services.handlers['session:signIn']({ ...signInArgs, profileId: 'local-demo' }, origin);
    expect(disk.attempts).toBeGreaterThan(0);
    // The last-used network is saved in the background: its failure is a notice, not a crash.
    await vi.waitFor(() =>
      expect(events().filter((e) => e.type === 'notice' && FULL.test(e.text))).toHaveLength(2),
    );
    expect(services.snapshot().session.phase).toBe('online');
  });
});
