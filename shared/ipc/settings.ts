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
  downloadFolder: z.string().max(4096).default(''),
  lastProfileId: z.string().max(200).default('local-demo'),
});

export type Settings = z.output<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});
