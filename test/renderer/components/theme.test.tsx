// The colour theme (ui-spec §3.5 [ext]): the setting, or the OS preference for 'system', on
// <html data-theme>; chosen in Options → Preferences; dark sender colours lightened on dark.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { App } from '../../../renderer/src/app/App';
import type { ChatMessage } from '@shared/domain';
import { DEFAULT_SETTINGS } from '@shared/ipc/settings';
import type { Settings } from '@shared/ipc/settings';
import { contact } from '../fakeBridge';
import { connected, fakeLayout } from '../setup';

beforeAll(() => fakeLayout());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.location.hash = '';
  delete document.documentElement.dataset.theme;
});

/** A stand-in OS preference that the test can flip. */
function fakeSystemScheme(dark: boolean) {
  const listeners = new Set<() => void>();
  const query = {
    get matches() {
      return dark;
    },
    addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
  };
  vi.stubGlobal('matchMedia', (text: string) => {
    expect(text).toBe('(prefers-color-scheme: dark)');
    return query;
  });
  return {
    set(next: boolean) {
      dark = next;
      listeners.forEach((listener) => listener());
    },
  };
}

const settings = (theme: Settings['theme']): Settings => ({ ...DEFAULT_SETTINGS, theme });
const theme = (): string | undefined => document.documentElement.dataset.theme;

describe('theme', () => {
  it("'system' follows the OS preference, and changes with it", async () => {
    const os = fakeSystemScheme(true);
    await connected({ settings: settings('system') });
    render(<App />);
    expect(theme()).toBe('dark');
    act(() => os.set(false));
    expect(theme()).toBe('light');
  });

  it('an explicit choice wins over the OS, and a settings event swaps it', async () => {
    fakeSystemScheme(true);
    const bridge = await connected({ settings: settings('light') });
    render(<App />);
    expect(theme()).toBe('light');
    act(() => bridge.emit([{ type: 'settings', settings: settings('dark') }]));
    expect(theme()).toBe('dark');
  });

  it('Options → Preferences offers the three choices and asks main to save one', async () => {
    fakeSystemScheme(false);
    const bridge = await connected();
    render(<App />);
    fireEvent.click(screen.getByRole('button', { name: 'Tools' }));
    fireEvent.click(screen.getByRole('menuitem', { name: 'Options...' }));
    fireEvent.click(screen.getByRole('tab', { name: 'Preferences' }));
    const select = screen.getByLabelText('Colours:') as HTMLSelectElement;
    expect(select.value).toBe('system');
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'Same as my computer',
      'Light',
      'Dark',
    ]);
    await act(async () => {
      fireEvent.change(select, { target: { value: 'dark' } });
    });
    expect(bridge.last('settings:update')).toEqual({ patch: { theme: 'dark' } });
  });

  it('a navy message is lightened for display on dark, and left as sent on light', async () => {
    fakeSystemScheme(false);
    const message: ChatMessage = {
      id: 'm1',
      conversationId: 'c1',
      direction: 'in',
      from: 'bob@x.test',
      fromName: 'Bob',
      text: 'navy words',
      format: {
        font: 'Tahoma',
        bold: false,
        italic: false,
        underline: false,
        strikethrough: false,
        color: '#000080',
        charset: 0,
        pitchFamily: 0,
        rightToLeft: false,
      },
      time: Date.UTC(2026, 0, 1, 21, 41),
    };
    window.location.hash = '#/conversation/c1';
    const bridge = await connected({
      contacts: [contact('bob@x.test', 'Bob')],
      conversations: [{ id: 'c1', participants: ['bob@x.test'], state: 'ready' }],
      messages: [message],
      settings: settings('dark'),
      platform: 'electron',
    });
    render(<App />);
    const body = (): HTMLElement =>
      screen.getByText('navy words').closest('.message__body') as HTMLElement;
    const dark = body().style.color;
    expect(dark).not.toBe('');
    expect(dark.replace(/\s/g, '')).not.toMatch(/^(#000080|rgb\(0,0,128\))$/);
    act(() => bridge.emit([{ type: 'settings', settings: settings('light') }]));
    expect(body().style.color.replace(/\s/g, '')).toMatch(/^(#000080|rgb\(0,0,128\))$/);
  });
});
