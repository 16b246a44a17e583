// Plurals and numbers follow each language's rules (CLDR through Intl.PluralRules): English
// "1 second / 2 seconds"; Portuguese counts 0 and 1 as singular, and says "nenhuma" for none.
import { describe, expect, it } from 'vitest';
import { stringsFor } from '../../../renderer/src/strings';

const en = stringsFor('en');
const pt = stringsFor('pt-BR');

describe('plurals in English', () => {
  it('one and other', () => {
    expect(en.signIn.retryIn({ seconds: 1 })).toBe('Tweener will try again in 1 second.');
    expect(en.signIn.retryIn({ seconds: 30 })).toBe('Tweener will try again in 30 seconds.');
    expect(en.header.mailMany({ n: 1 })).toBe('1 new e-mail message');
    expect(en.header.mailMany({ n: 4 })).toBe('4 new e-mail messages');
    expect(en.options.autoAway({ n: 1 })).toBe('Show me as "Away" when I\'m inactive for 1 minute');
  });

  it('a count in a plural is a number written the English way', () => {
    expect(en.options.historyExportReady({ messages: 12345 })).toBe('Exported 12,345 messages.');
  });

  it('two plurals in one message, one of them with an exact zero', () => {
    expect(en.options.historyImportDone({ imported: 1, skipped: 0 })).toBe('Imported 1 message.');
    expect(en.options.historyImportDone({ imported: 3, skipped: 2 })).toBe(
      'Imported 3 messages (2 already in your history).',
    );
    expect(en.options.historyImportCancelled({ imported: 0 })).toBe(
      'Import cancelled after 0 messages.',
    );
  });
});

describe('plurals in Brazilian Portuguese', () => {
  it('one and other, with 0 and 1 singular', () => {
    expect(pt.signIn.retryIn({ seconds: 1 })).toBe('O Tweener tentará novamente em 1 segundo.');
    expect(pt.signIn.retryIn({ seconds: 0 })).toBe('O Tweener tentará novamente em 0 segundo.');
    expect(pt.signIn.retryIn({ seconds: 30 })).toBe('O Tweener tentará novamente em 30 segundos.');
    expect(pt.options.autoAway({ n: 2 })).toBe(
      'Mostrar-me como "Ausente" quando eu ficar inativo por 2 minutos',
    );
  });

  it('agreement: nova/novas, importada/importadas, and "nenhuma" for zero', () => {
    expect(pt.header.mailMany({ n: 1 })).toBe('1 nova mensagem de e-mail');
    expect(pt.header.mailMany({ n: 5 })).toBe('5 novas mensagens de e-mail');
    expect(pt.header.mailMany({ n: 0 })).toBe('Nenhuma nova mensagem de e-mail');
    expect(pt.options.historyImportDone({ imported: 1, skipped: 0 })).toBe('1 mensagem importada.');
    expect(pt.options.historyImportDone({ imported: 4, skipped: 1 })).toBe(
      '4 mensagens importadas (1 já estava no seu histórico).',
    );
    expect(pt.options.historyImportDone({ imported: 4, skipped: 3 })).toBe(
      '4 mensagens importadas (3 já estavam no seu histórico).',
    );
    expect(pt.options.historyImportCancelled({ imported: 0 })).toBe(
      'Importação cancelada após nenhuma mensagem.',
    );
    expect(
      pt.options.historyImportSource({ contact: 'bob', account: 'eu', messages: 2, fresh: 1 }),
    ).toBe('bob (conta eu): 2 mensagens, 1 nova');
  });

  it('a count in a plural is a number written the Brazilian way', () => {
    expect(pt.options.historyExportReady({ messages: 12345 })).toBe('12.345 mensagens exportadas.');
  });
});

describe('dates', () => {
  const when = new Date(2026, 11, 3, 15, 4);
  it('each language writes the time and date its own way', () => {
    expect(en.conversation.lastReceived({ when })).toMatch(
      /^Last message received at 3:04\sPM on 12\/3\/2026\.$/,
    );
    expect(pt.conversation.lastReceived({ when })).toBe(
      'Última mensagem recebida às 15:04 de 03/12/2026.',
    );
  });
});
