// User settings (ui-spec §1.8): one JSON file, validated on read and on every update.
import { join } from 'node:path';
import { DEFAULT_SETTINGS, settingsSchema } from '@shared/ipc/settings';
import type { Settings, SettingsPatch } from '@shared/ipc/settings';
import { readJsonFile, SerialUpdates, writeJsonFile } from './json-file';
import type { CorruptFileListener } from './json-file';

export class SettingsStore {
  private current: Settings = DEFAULT_SETTINGS;
  private readonly updates = new SerialUpdates();

  private constructor(private readonly path: string) {}

  static async open(userDataDir: string, onCorrupt: CorruptFileListener): Promise<SettingsStore> {
    const store = new SettingsStore(join(userDataDir, 'settings.json'));
    store.current = (await readJsonFile(store.path, settingsSchema, onCorrupt)) ?? DEFAULT_SETTINGS;
    return store;
  }

  get(): Settings {
    return this.current;
  }

  /**
   * Applies a (schema-checked) patch and persists it; resolves once it is on disk. The
   * settings in memory change only then: a failed write rejects and changes nothing.
   */
  update(patch: SettingsPatch): Promise<Settings> {
    return this.updates.run(async () => {
      const defined = Object.fromEntries(
        Object.entries(patch).filter(([, value]) => value !== undefined),
      );
      const next = settingsSchema.parse({ ...this.current, ...defined });
      await writeJsonFile(this.path, next, 'Your settings');
      this.current = next;
      return next;
    });
  }
}
