// Every language has every key of every other, each message parses, and a message takes the
// same arguments (names and kinds: text, number/plural, date/time, select) in every language.
import { describe, expect, it } from 'vitest';
import { en } from '../../../renderer/src/strings/en';
import { CATALOGUES } from '../../../renderer/src/strings';
import { m } from '../../../renderer/src/strings/message';
import { ptBR } from '../../../renderer/src/strings/pt-BR';
import { compareCatalogues } from './catalogue-check';

describe('catalogue parity', () => {
  for (const [locale, catalogue] of Object.entries(CATALOGUES)) {
    it(`${locale} has the keys and message arguments of en, and every message parses`, () => {
      expect(compareCatalogues(en, 'en', catalogue, locale)).toEqual([]);
    });
  }

  it('en and pt-BR are both registered', () => {
    expect(Object.keys(CATALOGUES).sort()).toEqual(['en', 'pt-BR']);
  });

  // The check itself: each kind of mistake is reported, naming the key.
  const broken = (patch: (copy: Record<string, Record<string, unknown>>) => void): string[] => {
    const copy = structuredClone({ ...ptBR }) as unknown as Record<string, Record<string, unknown>>;
    // structuredClone drops the Message class: copy the messages back by reference.
    for (const [section, entries] of Object.entries(ptBR)) {
      if (typeof entries === 'object') copy[section] = { ...(entries as object) };
    }
    patch(copy);
    return compareCatalogues(en, 'en', copy, 'pt-BR');
  };

  it('reports a key missing in one language, and one only in the other', () => {
    expect(
      broken((c) => {
        delete c['signIn']!['submit'];
        c['signIn']!['extra'] = 'Extra';
      }),
    ).toEqual(['signIn.submit: in en but not in pt-BR', 'signIn.extra: in pt-BR but not in en']);
  });

  it('reports a renamed, dropped or retyped argument', () => {
    expect(broken((c) => (c['signIn']!['retryIn'] = m('Em {secs} segundos.')))).toEqual([
      'signIn.retryIn: arguments differ: en {seconds: number}, pt-BR {secs: text}',
    ]);
    expect(broken((c) => (c['conversation']!['says'] = m('diz:')))).toEqual([
      'conversation.says: arguments differ: en {name: text}, pt-BR {none}',
    ]);
    expect(broken((c) => (c['signIn']!['retryIn'] = m('Em {seconds} segundos.')))).toEqual([
      'signIn.retryIn: arguments differ: en {seconds: number}, pt-BR {seconds: text}',
    ]);
  });

  it('reports a message that does not parse, and text where a message belongs', () => {
    const problems = broken((c) => {
      c['conversation']!['says'] = m('{name diz:');
      c['conversation']!['joined'] = 'entrou na conversa.';
    });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^conversation\.says \(pt-BR\): does not parse/);
    expect(problems[1]).toBe('conversation.joined: text in one language, a message in the other');
  });
});
