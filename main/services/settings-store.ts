// User settings (ui-spec §1.8): one JSON file, validated on read and on every update.
import { join } from 'node:path';
import { DEFAULT_SETTINGS, settingsSchema } from '../../shared/ipc/settings';
import type { Settings, SettingsPatch } from '../../shared/ipc/settings';
import { readJsonFile, writeJsonFile } from './json-file';
import type { CorruptFileListener } from './json-file';

export class SettingsStore {
  private current: Settings = DEFAULT_SETTINGS;

  private constructor(private readonly path: string) {}

  static async open(userDataDir: string, onCorrupt: CorruptFileListener): Promise<SettingsStore> {
    const store = new SettingsStore(join(userDataDir, 'settings.json'));
    store.current = (await readJsonFile(store.path, settingsSchema, onCorrupt)) ?? DEFAULT_SETTINGS;
    return store;
  }

  get(): Settings {
    return this.current;
  }

  /** Applies a (schema-checked) patch and persists it; resolves once it is on disk. */
  async update(patch: SettingsPatch): Promise<Settings> {
    const defined = Object.fromEntries(
      Object.entries(patch).filter(([, value]) => value !== undefined),
    );
    this.current = settingsSchema.parse({ ...this.current, ...defined });
    await writeJsonFile(this.path, this.current);
    return this.current;
  }
}
