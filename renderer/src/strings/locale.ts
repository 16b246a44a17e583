// Which language to show: the person's choice in Options, else the first of the system's
// preferred languages we have (navigator.languages: the OS locale in Electron, the browser's
// languages in the web harness), else English. Text direction comes from the locale itself.

export const LANGUAGES = ['en', 'pt-BR'] as const;

export type Language = (typeof LANGUAGES)[number];

/** The setting: 'auto' follows the system. */
export type LanguageSetting = 'auto' | Language;

/**
 * The first preferred locale we have a catalogue for: exactly, else by language (any Portuguese
 * gets pt-BR, closer to pt-PT than English is; any English gets en); English when none is.
 */
export function matchLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const wanted = tag.replace(/_/g, '-').toLowerCase();
    const exact = LANGUAGES.find((language) => language.toLowerCase() === wanted);
    if (exact) return exact;
    const base = wanted.split('-')[0];
    const same = LANGUAGES.find((language) => language.toLowerCase().split('-')[0] === base);
    if (base && same) return same;
  }
  return 'en';
}

export function resolveLanguage(setting: LanguageSetting, preferred: readonly string[]): Language {
  return setting === 'auto' ? matchLanguage(preferred) : setting;
}

// Scripts written right to left, for engines without Intl.Locale text info.
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mand']);
const RTL_LANGUAGES = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

interface TextInfo {
  direction?: string;
}
type LocaleWithTextInfo = Intl.Locale & { textInfo?: TextInfo; getTextInfo?: () => TextInfo };

/** 'rtl' for a locale written right to left (ar, he, fa, ur…), else 'ltr'. */
export function directionOf(tag: string): 'ltr' | 'rtl' {
  let locale: LocaleWithTextInfo;
  try {
    locale = new Intl.Locale(tag) as LocaleWithTextInfo;
  } catch {
    return 'ltr';
  }
  const info = locale.getTextInfo?.() ?? locale.textInfo;
  if (info?.direction === 'rtl' || info?.direction === 'ltr') return info.direction;
  const script = locale.maximize().script;
  if (script) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(locale.language) ? 'rtl' : 'ltr';
}
