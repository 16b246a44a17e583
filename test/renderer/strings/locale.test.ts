// Which language a system's preferences pick, and which way a locale is written.
import { describe, expect, it } from 'vitest';
import { directionOf, matchLanguage, resolveLanguage } from '../../../renderer/src/strings/locale';

describe('matchLanguage', () => {
  it.each([
    [['pt-BR', 'en-US'], 'pt-BR'],
    [['pt-PT'], 'pt-BR'],
    [['pt'], 'pt-BR'],
    [['PT_br'], 'pt-BR'],
    [['en-GB', 'pt-BR'], 'en'],
    [['fr-FR', 'de', 'pt-BR'], 'pt-BR'],
    [['fr-FR', 'de'], 'en'],
    [[], 'en'],
    [['', 'x-weird!!'], 'en'],
  ])('%j → %s', (preferred, language) => {
    expect(matchLanguage(preferred)).toBe(language);
  });

  it("an explicit setting wins; 'auto' asks the system", () => {
    expect(resolveLanguage('en', ['pt-BR'])).toBe('en');
    expect(resolveLanguage('pt-BR', ['en-US'])).toBe('pt-BR');
    expect(resolveLanguage('auto', ['pt-BR'])).toBe('pt-BR');
  });
});

describe('directionOf', () => {
  it.each([
    ['ar', 'rtl'],
    ['ar-EG', 'rtl'],
    ['he-IL', 'rtl'],
    ['fa', 'rtl'],
    ['ur-PK', 'rtl'],
    ['pt-BR', 'ltr'],
    ['en', 'ltr'],
    ['ja', 'ltr'],
    ['not a locale', 'ltr'],
  ])('%s is written %s', (locale, direction) => {
    expect(directionOf(locale)).toBe(direction);
  });
});
