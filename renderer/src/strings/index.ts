// The renderer reads its words here: `l10n.signIn.submit`, `l10n.signIn.retryIn({ seconds })`.
// `l10n` is the active language's catalogue; setLanguage swaps it (a live ES module binding,
// so every importer reads the new one) and re-renders the components that use useLanguage.
import { create } from 'zustand';
import { compileCatalogue } from './compile';
import type { Catalogue } from './en';
import { en } from './en';
import type { Language } from './locale';
import { directionOf } from './locale';
import type { Compiled } from './message';
import { ptBR } from './pt-BR';

export type Strings = Compiled<Catalogue>;

export const CATALOGUES: Readonly<Record<Language, Catalogue>> = { en, 'pt-BR': ptBR };

const compiled = new Map<Language, Strings>();

/** The catalogue of `language`, compiled once and kept. */
export function stringsFor(language: Language): Strings {
  let strings = compiled.get(language);
  if (!strings) {
    strings = compileCatalogue(CATALOGUES[language], language);
    compiled.set(language, strings);
  }
  return strings;
}

export let l10n: Strings = stringsFor('en');

const useLanguageStore = create<{ language: Language }>()(() => ({ language: 'en' }));

/** The language in use now. A component that calls it re-renders when it changes. */
export function useLanguage(): Language {
  return useLanguageStore((s) => s.language);
}

export function currentLanguage(): Language {
  return useLanguageStore.getState().language;
}

/** Shows `language` from now on: its words, and its lang and direction on the document. */
export function setLanguage(language: Language): void {
  l10n = stringsFor(language);
  if (typeof document !== 'undefined') {
    document.documentElement.lang = language;
    document.documentElement.dir = directionOf(language);
  }
  if (useLanguageStore.getState().language !== language) useLanguageStore.setState({ language });
}

const dateTimeFormats = new Map<Language, Intl.DateTimeFormat>();

/** A moment with its date and time, as the language writes them ("12/3/2026, 3:04:05 PM"). */
export function formatDateTime(time: number | Date): string {
  // A date a server sent may be nonsense; Intl throws on it where toLocaleString did not.
  if (Number.isNaN(new Date(time).getTime())) return l10n.dialogs.none;
  const language = currentLanguage();
  let format = dateTimeFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, {
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      second: '2-digit',
    });
    dateTimeFormats.set(language, format);
  }
  return format.format(time);
}
