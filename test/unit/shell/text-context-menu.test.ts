// main/index.ts against the stand-in Electron: right-clicking in a window pops up the text menu
// for that window; its spelling items act on that page and its session's dictionary.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { entryHarness } from './support/entry-harness';
import type { EntryHarness } from './support/entry-harness';

vi.mock('electron', async () => (await import('./support/fake-electron')).electronModule);

let h: EntryHarness;
beforeEach(async () => {
  h = await entryHarness();
});
afterEach(() => h.stop());

type Item = { label?: string; role?: string; type?: string; click?: () => void };
const flags = { canCut: false, canCopy: true, canPaste: true, canSelectAll: true };

describe('text context menu', () => {
  it('a misspelled word in a text box: suggestions, Add to Dictionary, edit commands', async () => {
    const win = await h.start();
    win.webContents.emit(
      'context-menu',
      {},
      {
        isEditable: true,
        selectionText: '',
        misspelledWord: 'helo',
        dictionarySuggestions: ['hello'],
        editFlags: flags,
      },
    );
    expect(h.fake.popups).toHaveLength(1);
    const popup = h.fake.popups[0];
    expect(popup?.window).toBe(win);
    const items = popup?.template as Item[];
    expect(items.filter((i) => i.type !== 'separator').map((i) => i.label)).toEqual([
      'hello',
      'Add to Dictionary',
      'Cut',
      'Copy',
      'Paste',
      'Select All',
    ]);
    items[0]?.click?.();
    expect(win.webContents.replaced).toEqual(['hello']);
    items[1]?.click?.();
    expect(win.webContents.session.dictionaryWords).toEqual(['helo']);
  });

  it('a right-click on nothing selected or editable shows no menu', async () => {
    const win = await h.start();
    win.webContents.emit(
      'context-menu',
      {},
      {
        isEditable: false,
        selectionText: '',
        misspelledWord: '',
        dictionarySuggestions: [],
        editFlags: flags,
      },
    );
    expect(h.fake.popups).toEqual([]);
  });
});
