// The colour theme (ui-spec §3.5 [ext]): the setting, resolved against the OS preference when
// it is 'system', is put on the root element as data-theme; theme.css swaps the tokens on it.
import { useEffect, useSyncExternalStore } from 'react';
import type { Settings } from '@shared/ipc/settings';
import { usePreferences } from '../stores/preferences';

export type AppliedTheme = 'light' | 'dark';

const QUERY = '(prefers-color-scheme: dark)';

function darkQuery(): MediaQueryList | null {
  return typeof window.matchMedia === 'function' ? window.matchMedia(QUERY) : null;
}

function subscribeScheme(onChange: () => void): () => void {
  const query = darkQuery();
  if (!query) return () => undefined;
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

export function resolveTheme(setting: Settings['theme'], systemPrefersDark: boolean): AppliedTheme {
  if (setting === 'system') return systemPrefersDark ? 'dark' : 'light';
  return setting;
}

/** The theme in use now, following the setting and (for 'system') the OS as it changes. */
export function useAppliedTheme(): AppliedTheme {
  const setting = usePreferences((s) => s.settings.theme);
  const systemDark = useSyncExternalStore(subscribeScheme, () => darkQuery()?.matches ?? false);
  return resolveTheme(setting, systemDark);
}

/** Puts the theme in use on <html data-theme>; call once per window. */
export function useThemeOnRoot(): void {
  const theme = useAppliedTheme();
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
}
