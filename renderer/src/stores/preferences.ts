// Preferences store: the settings main keeps (applied optimistically), plus my message font,
// which only this renderer uses and which lives in localStorage.
import { create } from 'zustand';
import type { MessageFormat } from '@shared/domain';
import { DEFAULT_FORMAT } from '@shared/domain';
import type { PageSettingsPatch, Settings } from '@shared/ipc/settings';
import { PLACEHOLDER_SETTINGS } from './placeholderSettings';
import { attempt } from './client';

const FORMAT_KEY = 'tweener.messageFormat';

// ui-spec §1.4.5: default own font is a plain sans-serif, black, no effects.
export const DEFAULT_MESSAGE_FORMAT: MessageFormat = { ...DEFAULT_FORMAT, font: 'Tahoma' };

function loadFormat(): MessageFormat {
  try {
    const raw = globalThis.localStorage?.getItem(FORMAT_KEY);
    if (!raw) return DEFAULT_MESSAGE_FORMAT;
    const parsed = JSON.parse(raw) as Partial<MessageFormat>;
    const merged = { ...DEFAULT_MESSAGE_FORMAT, ...parsed };
    return /^#[0-9a-fA-F]{6}$/.test(merged.color) && typeof merged.font === 'string'
      ? merged
      : DEFAULT_MESSAGE_FORMAT;
  } catch {
    return DEFAULT_MESSAGE_FORMAT;
  }
}

export interface PreferencesStore {
  settings: Settings;
  format: MessageFormat;
  /** Applies at once; put back (and false) when main could not store it. */
  update(patch: PageSettingsPatch): Promise<boolean>;
  /** Main asks the person for the received-files folder; the new one arrives as settings. */
  chooseDownloadFolder(): Promise<boolean>;
  setFormat(format: MessageFormat): void;
}

export const usePreferences = create<PreferencesStore>()((set, get) => ({
  settings: PLACEHOLDER_SETTINGS,
  format: loadFormat(),
  async update(patch) {
    const before = get().settings;
    set((s) => ({ settings: { ...s.settings, ...patch } }));
    const ok = await attempt('settings:update', { patch });
    if (!ok) {
      const restore: Partial<Settings> = {};
      for (const key of Object.keys(patch) as (keyof Settings)[]) {
        Object.assign(restore, { [key]: before[key] });
      }
      set((s) => ({ settings: { ...s.settings, ...restore } }));
    }
    return ok;
  },
  chooseDownloadFolder: () => attempt('settings:chooseDownloadFolder', undefined),
  setFormat(format) {
    set({ format });
    try {
      globalThis.localStorage?.setItem(FORMAT_KEY, JSON.stringify(format));
    } catch {
      // Storage may be unavailable (private mode); the font still applies for this session.
    }
  },
}));
