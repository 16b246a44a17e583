// The right-click menu's template: spelling suggestions and "Add to Dictionary" on a misspelled
// word, and Cut/Copy/Paste/Select All as the spot allows.
import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { contextMenuTemplate, MAX_SUGGESTIONS } from '../../../main/windows/context-menu';
import type { ContextMenuInput } from '../../../main/windows/context-menu';

const allFlags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true };
const noFlags = { canCut: false, canCopy: false, canPaste: false, canSelectAll: true };
const input = (patch: Partial<ContextMenuInput>): ContextMenuInput => ({
  isEditable: false,
  selectionText: '',
  misspelledWord: '',
  dictionarySuggestions: [],
  editFlags: noFlags,
  ...patch,
});
const actions = () => ({ replaceMisspelling: vi.fn(), addToDictionary: vi.fn() });
const summary = (items: MenuItemConstructorOptions[]) =>
  items.map((i) =>
    i.type === 'separator' ? '---' : `${i.label}${i.enabled === false ? ' (off)' : ''}`,
  );
const click = (item: MenuItemConstructorOptions | undefined): void =>
  (item?.click as (() => void) | undefined)?.();

describe('contextMenuTemplate', () => {
  it('in a text box: the edit commands, enabled by editFlags', () => {
    const items = contextMenuTemplate(
      input({ isEditable: true, editFlags: { ...noFlags, canPaste: true } }),
      actions(),
    );
    expect(summary(items)).toEqual(['Cut (off)', 'Copy (off)', 'Paste', '---', 'Select All']);
    expect(items.map((i) => i.role).filter(Boolean)).toEqual(['cut', 'copy', 'paste', 'selectAll']);
  });

  it('selected text outside a text box: Copy and Select All only', () => {
    const items = contextMenuTemplate(
      input({ selectionText: 'hello', editFlags: allFlags }),
      actions(),
    );
    expect(summary(items)).toEqual(['Copy', 'Select All']);
  });

  it('nothing selected and nothing editable: no menu', () => {
    expect(contextMenuTemplate(input({ selectionText: '  ' }), actions())).toEqual([]);
  });

  it('a misspelled word: suggestions replace it, Add to Dictionary adds it', () => {
    const a = actions();
    const items = contextMenuTemplate(
      input({
        isEditable: true,
        misspelledWord: 'helo',
        dictionarySuggestions: ['hello', 'help', 'hell', 'helot', 'halo', 'hero', 'held'],
        editFlags: allFlags,
      }),
      a,
    );
    expect(summary(items)).toEqual([
      'hello',
      'help',
      'hell',
      'helot',
      'halo',
      'Add to Dictionary',
      '---',
      'Cut',
      'Copy',
      'Paste',
      '---',
      'Select All',
    ]);
    expect(items.slice(0, MAX_SUGGESTIONS).every((i) => i.role === undefined)).toBe(true);
    click(items[1]);
    expect(a.replaceMisspelling).toHaveBeenCalledWith('help');
    click(items.find((i) => i.label === 'Add to Dictionary'));
    expect(a.addToDictionary).toHaveBeenCalledWith('helo');
  });

  it('a misspelled word with no suggestions says so', () => {
    const items = contextMenuTemplate(
      input({ isEditable: true, misspelledWord: 'qzxv', editFlags: allFlags }),
      actions(),
    );
    expect(summary(items).slice(0, 3)).toEqual([
      'No spelling suggestions (off)',
      'Add to Dictionary',
      '---',
    ]);
  });
});
