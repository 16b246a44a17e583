// The language setting (issue 16): 'auto' by default (the renderer follows the system), a choice
// survives a restart, an older settings file without it still reads, and anything else is refused.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRouter } from '../../../main/ipc/router';
import { SettingsStore } from '../../../main/services/stores/settings-store';
import { makeServices, tempDir } from './support/services';

const origin = { transport: 'web' as const, senderId: 1 };

describe('language setting', () => {
  it("defaults to 'auto'; a file from before the setting existed reads without complaint", async () => {
    const dir = await tempDir();
    expect((await SettingsStore.open(dir, () => undefined)).get().language).toBe('auto');
    await writeFile(join(dir, 'settings.json'), JSON.stringify({ theme: 'dark' }));
    const notices: unknown[] = [];
    const store = await SettingsStore.open(dir, (notice) => notices.push(notice));
    expect(store.get()).toMatchObject({ theme: 'dark', language: 'auto' });
    expect(notices).toEqual([]);
  });

  it('settings:update with a language is saved, announced and still there after a restart', async () => {
    const dir = await tempDir();
    const first = await makeServices(dir);
    const router = createRouter(first.services.handlers);
    expect(await router('settings:update', { patch: { language: 'pt-BR' } }, origin)).toEqual({
      ok: true,
      result: null,
    });
    expect(first.events()).toContainEqual({
      type: 'settings',
      settings: expect.objectContaining({ language: 'pt-BR' }),
    });
    const second = await makeServices(dir);
    expect(second.services.snapshot().settings.language).toBe('pt-BR');
  });

  it('refuses a language it has no catalogue for', async () => {
    const dir = await tempDir();
    const { services } = await makeServices(dir);
    const router = createRouter(services.handlers);
    for (const language of ['fr', 'pt', '', 'PT-BR']) {
      const answer = await router('settings:update', { patch: { language } }, origin);
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid' } });
    }
    expect(services.snapshot().settings.language).toBe('auto');
  });
});
