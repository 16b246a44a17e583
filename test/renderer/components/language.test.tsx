// The language (issue 16): 'auto' follows the system's preferred languages; Options →
// Preferences → Language switches at once, everywhere (memo'd rows too), without closing the
// dialog; lang and dir on the root follow.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { App } from '../../../renderer/src/app/App';
import { DEFAULT_SETTINGS } from '@shared/ipc/settings';
import type { Settings } from '@shared/ipc/settings';
import { contact } from '../fakeBridge';
import { connected, fakeLayout } from '../setup';

beforeAll(() => fakeLayout());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const settings = (language: Settings['language']): Settings => ({ ...DEFAULT_SETTINGS, language });
const root = document.documentElement;

function systemLanguages(languages: string[]): void {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
}

describe('language', () => {
  it("'auto' with a Portuguese system shows Portuguese; with a French one, English", async () => {
    systemLanguages(['pt-BR', 'en-US']);
    await connected({ session: { phase: 'signedOut' }, self: null, settings: settings('auto') });
    render(<App />);
    expect(screen.getByRole('button', { name: 'Entrar' })).toBeTruthy();
    expect(root.lang).toBe('pt-BR');
    expect(root.dir).toBe('ltr');
    cleanup();

    systemLanguages(['fr-FR', 'de']);
    await connected({ session: { phase: 'signedOut' }, self: null, settings: settings('auto') });
    render(<App />);
    expect(screen.getByRole('button', { name: 'Sign In' })).toBeTruthy();
    expect(root.lang).toBe('en');
  });

  it('an explicit choice wins over the system', async () => {
    systemLanguages(['pt-BR']);
    await connected({ session: { phase: 'signedOut' }, self: null, settings: settings('en') });
    render(<App />);
    expect(screen.getByRole('button', { name: 'Sign In' })).toBeTruthy();
    expect(root.lang).toBe('en');
  });

  it('Options → Preferences → Language switches everything at once and keeps the dialog', async () => {
    systemLanguages(['en-US']);
    const bridge = await connected({
      contacts: [contact('bob@x.test', 'Bob', 'BSY')],
      settings: settings('auto'),
    });
    render(<App />);
    expect(screen.getByRole('treeitem', { name: 'Bob, Busy' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Tools' }));
    fireEvent.click(screen.getByRole('menuitem', { name: 'Options...' }));
    fireEvent.click(screen.getByRole('tab', { name: 'Preferences' }));
    const select = screen.getByLabelText('Language:') as HTMLSelectElement;
    expect(select.value).toBe('auto');
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'Automatic',
      'English',
      'Português (Brasil)',
    ]);
    await act(async () => {
      fireEvent.change(select, { target: { value: 'pt-BR' } });
    });
    expect(bridge.last('settings:update')).toEqual({ patch: { language: 'pt-BR' } });
    // The same dialog, on the same tab, now in Portuguese.
    expect(screen.getByRole('tab', { name: 'Preferências', selected: true })).toBeTruthy();
    expect((screen.getByLabelText('Idioma:') as HTMLSelectElement).value).toBe('pt-BR');
    // A memo'd row re-rendered though none of its props changed.
    expect(screen.getByRole('treeitem', { name: 'Bob, Ocupado' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ferramentas' })).toBeTruthy();
    expect(root.lang).toBe('pt-BR');

    // Main's settings event (another window chose) switches back.
    act(() => bridge.emit([{ type: 'settings', settings: settings('en') }]));
    expect(screen.getByRole('treeitem', { name: 'Bob, Busy' })).toBeTruthy();
    expect(root.lang).toBe('en');
  });

  it("toasts are worded in the page's language from their parts, names still isolated", async () => {
    systemLanguages(['pt-BR']);
    const bridge = await connected({ settings: settings('auto') });
    render(<App />);
    const toast = (id: string, kind: 'signIn' | 'mail', subject: object) => ({
      type: 'toast' as const,
      toast: { id, kind, title: 'Tweener', text: 'English words', subject },
    });
    act(() =>
      bridge.emit([
        toast('t1', 'signIn', { name: 'Bob' }),
        toast('t2', 'mail', { unread: 2 }),
        toast('t3', 'mail', {}),
      ]),
    );
    const toasts = within(document.querySelector<HTMLElement>('.toasts')!);
    expect(toasts.getByText('\u2068Bob\u2069 acabou de entrar.')).toBeTruthy();
    expect(toasts.getByText('Você tem 2 novas mensagens de e-mail.')).toBeTruthy();
    // The screen readers' line says the toast's words, in the same language.
    expect(screen.getAllByText('\u2068Bob\u2069 acabou de entrar.')).toHaveLength(2);
    // Without its parts (an older main), main's words are shown as they are.
    expect(toasts.getByText('English words')).toBeTruthy();
  });

  it("main's fixed failure sentences are said in the page's language; specific words stay", async () => {
    systemLanguages(['pt-BR']);
    const failure = {
      kind: 'badCredentials' as const,
      message: 'The e-mail address or password is incorrect.',
      reason: 'badCredentials' as const,
      code: 911,
    };
    await connected({ session: { phase: 'signedOut', failure }, self: null });
    render(<App />);
    expect(screen.getByText(/O endereço de e-mail ou a senha está incorreto\./)).toBeTruthy();
    expect(screen.getByText('Não foi possível entrar')).toBeTruthy();
    cleanup();

    // A server's own words (no reason) are shown as main sent them.
    const serverWords = { kind: 'protocol' as const, message: 'Server says no (error 715)' };
    await connected({ session: { phase: 'signedOut', failure: serverWords }, self: null });
    render(<App />);
    expect(screen.getByText(/Server says no \(error 715\)/)).toBeTruthy();
  });
});
