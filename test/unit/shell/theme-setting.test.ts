// The theme setting (ui-spec §3.5 [ext]): 'system' by default, a choice survives a restart,
// an older settings file without it still reads, and anything else is refused.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRouter } from '../../../main/ipc/router';
import { SettingsStore } from '../../../main/services/stores/settings-store';
import { makeServices, tempDir } from './support/services';

const origin = { transport: 'web' as const, senderId: 1 };

describe('theme setting', () => {
  it("defaults to 'system'; a file from before the setting existed reads without complaint", async () => {
    const dir = await tempDir();
    expect((await SettingsStore.open(dir, () => undefined)).get().theme).toBe('system');
    await writeFile(join(dir, 'settings.json'), JSON.stringify({ listView: 'status' }));
    const notices: unknown[] = [];
    const store = await SettingsStore.open(dir, (notice) => notices.push(notice));
    expect(store.get()).toMatchObject({ listView: 'status', theme: 'system' });
    expect(notices).toEqual([]);
  });

  it('settings:update with a theme is saved, announced and still there after a restart', async () => {
    const dir = await tempDir();
    const first = await makeServices(dir);
    const router = createRouter(first.services.handlers);
    expect(await router('settings:update', { patch: { theme: 'dark' } }, origin)).toEqual({
      ok: true,
      result: null,
    });
    expect(first.events()).toContainEqual({
      type: 'settings',
      settings: expect.objectContaining({ theme: 'dark' }),
    });
    const second = await makeServices(dir);
    expect(second.services.snapshot().settings.theme).toBe('dark');
  });

  it('refuses a theme that is not light, dark or system', async () => {
    const dir = await tempDir();
    const { services } = await makeServices(dir);
    const router = createRouter(services.handlers);
    const answer = await router('settings:update', { patch: { theme: 'blue' } }, origin);
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(services.snapshot().settings.theme).toBe('system');
  });
});
