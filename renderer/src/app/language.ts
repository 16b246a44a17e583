// The language in use (issue 16): the Language setting from Options → Preferences, and for
// 'auto' the system's preferred languages (navigator.languages: the OS locale in Electron, the
// browser's in the web harness). It is chosen here, in the renderer, so both hosts behave the
// same without main having to pass a locale in the snapshot.
import type { Settings } from '@shared/ipc/settings';
import { usePreferences } from '../stores/preferences';
import { setLanguage } from '../strings';
import type { LanguageSetting } from '../strings/locale';
import { resolveLanguage } from '../strings/locale';

// The contract's setting and the catalogues must name the same languages.
const sameLanguages: Settings['language'] extends LanguageSetting
  ? LanguageSetting extends Settings['language']
    ? true
    : never
  : never = true;
void sameLanguages;

export function systemLanguages(): readonly string[] {
  const nav = globalThis.navigator;
  if (nav?.languages?.length) return nav.languages;
  return nav?.language ? [nav.language] : [];
}

/** Applies the language setting now and whenever it changes; returns the unsubscribe. */
export function followLanguageSetting(): () => void {
  const apply = (setting: LanguageSetting): void =>
    setLanguage(resolveLanguage(setting, systemLanguages()));
  apply(usePreferences.getState().settings.language);
  // Called inside the store's update, before React renders with the new settings: every
  // component that renders then reads the new catalogue.
  return usePreferences.subscribe((state, previous) => {
    if (state.settings.language !== previous.settings.language) apply(state.settings.language);
  });
}
