// User settings (../shared/ui-spec.md §1.8). Schema-validated when read from disk and on update.
import { z } from 'zod';

export const settingsSchema = z.object({
  /** Show the contact list grouped by Online / Not Online, or by the user's groups. */
  listView: z.enum(['status', 'groups']).default('groups'),
  showEmoticons: z.boolean().default(true),
  autoAwayEnabled: z.boolean().default(true),
  autoAwayMinutes: z.number().int().min(1).max(99).default(5),
  runInBackground: z.boolean().default(true),
  alertOnSignIn: z.boolean().default(true),
  alertOnMessage: z.boolean().default(true),
  alertOnMail: z.boolean().default(true),
  playSounds: z.boolean().default(true),
  muteWhenBusy: z.boolean().default(true),
  soundVolume: z.number().min(0).max(1).default(0.8),
  keepHistory: z.boolean().default(true),
  alertWhenAdded: z.boolean().default(true),
  /** Where received files go; '' is the system's Downloads folder. Only main sets it. */
  downloadFolder: z.string().max(4096).default(''),
  lastProfileId: z.string().max(200).default('local-demo'),
  /** Colours (ui-spec §3.5 [ext]): 'system' follows the OS (prefers-color-scheme). */
  theme: z.enum(['light', 'dark', 'system']).default('system'),
  /**
   * Several accounts signed in (issue 18): the main window shows one with a switcher, or the
   * shown one's list with the others' lists stacked under it.
   */
  accountsView: z.enum(['switcher', 'stacked']).default('switcher'),
  /** The renderer's language: 'auto' follows the system's preferred languages. */
  language: z.enum(['auto', 'en', 'pt-BR']).default('auto'),
});

export type Settings = z.output<typeof settingsSchema>;

type SettingsShape = typeof settingsSchema.shape;
type PatchShape = {
  [K in keyof SettingsShape]: z.ZodOptional<ReturnType<SettingsShape[K]['unwrap']>>;
};

// A patch names only the fields it changes: the same checks as settingsSchema, no defaults
// (a partial of the defaulted schema would silently reset every field it leaves out).
const patchShape = Object.fromEntries(
  Object.entries(settingsSchema.shape).map(([key, field]) => [key, field.unwrap().optional()]),
) as PatchShape;

export const settingsPatchSchema = z.object(patchShape).strict();

export type SettingsPatch = z.output<typeof settingsPatchSchema>;

/**
 * What a page may change (settings:update): everything but the download folder, which main
 * sets from the person's choice in a native folder dialog (settings:chooseDownloadFolder) — a
 * page must not be able to point received files at any folder on the disk.
 */
export const pageSettingsPatchSchema = settingsPatchSchema.omit({ downloadFolder: true });

export type PageSettingsPatch = z.output<typeof pageSettingsPatchSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});
