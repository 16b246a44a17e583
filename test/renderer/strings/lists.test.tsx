// Names listed the language's way (Intl.ListFormat), each in its own <bdi>.
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { isolateList } from '../../../renderer/src/components/isolate';
import { l10n, setLanguage } from '../../../renderer/src/strings';

afterEach(() => {
  cleanup();
  setLanguage('en');
});

function typing(names: string[]): HTMLElement {
  return render(<p>{isolateList(l10n.conversation.typingMany, names)}</p>).container;
}

describe('lists of names', () => {
  it('English: "Ana, Bob, and Carol are typing"', () => {
    setLanguage('en');
    const p = typing(['Ana', 'Bob', 'Carol']);
    expect(p.textContent).toBe('Ana, Bob, and Carol are typing a message.');
    expect([...p.querySelectorAll('bdi')].map((b) => b.textContent)).toEqual([
      'Ana',
      'Bob',
      'Carol',
    ]);
  });

  it('Portuguese: "Ana, Bob e Carol estão digitando", names still isolated', () => {
    setLanguage('pt-BR');
    const p = typing(['Ana', '\u202eBob', 'Carol']);
    expect(p.textContent).toBe('Ana, \u202eBob e Carol estão digitando uma mensagem.');
    expect(p.querySelectorAll('bdi')).toHaveLength(3);
    expect(typing(['Ana', 'Bob']).textContent).toBe('Ana e Bob estão digitando uma mensagem.');
  });
});
