// Settings to draw with before the snapshot arrives. Kept here rather than importing
// DEFAULT_SETTINGS, which would pull zod (the contract's schemas) into the renderer bundle;
// the Settings type makes the compiler flag any field added to the contract.
import type { Settings } from '@shared/ipc/settings';

export const PLACEHOLDER_SETTINGS: Settings = {
  listView: 'groups',
  showEmoticons: true,
  autoAwayEnabled: true,
  autoAwayMinutes: 5,
  runInBackground: true,
  alertOnSignIn: true,
  alertOnMessage: true,
  alertOnMail: true,
  playSounds: true,
  muteWhenBusy: true,
  soundVolume: 0.8,
  keepHistory: true,
  alertWhenAdded: true,
  downloadFolder: '',
  lastProfileId: 'local-demo',
  theme: 'system',
  accountsView: 'switcher',
  language: 'auto',
};
