// The right-click menu of every window, built from what Chromium says about the click
// (Electron's ContextMenuParams): spelling suggestions first, then the edit commands the
// spot allows. Pure, so the template is tested without Electron.
import type { MenuItemConstructorOptions } from 'electron';

/** The parts of Electron's ContextMenuParams the menu depends on. */
export interface ContextMenuInput {
  isEditable: boolean;
  selectionText: string;
  misspelledWord: string;
  dictionarySuggestions: string[];
  editFlags: {
    canCut: boolean;
    canCopy: boolean;
    canPaste: boolean;
    canSelectAll: boolean;
  };
}

export interface SpellingActions {
  replaceMisspelling(word: string): void;
  addToDictionary(word: string): void;
}

/** Chromium's own menu offers a handful; more would push Cut/Copy/Paste off the screen. */
export const MAX_SUGGESTIONS = 5;

export const CONTEXT_MENU_LABELS = {
  noSuggestions: 'No spelling suggestions',
  addToDictionary: 'Add to Dictionary',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select All',
} as const;

/** An empty template means no menu (a right-click on nothing editable or selected). */
export function contextMenuTemplate(
  input: ContextMenuInput,
  actions: SpellingActions,
): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  const word = input.misspelledWord;
  if (input.isEditable && word) {
    const suggestions = input.dictionarySuggestions.slice(0, MAX_SUGGESTIONS);
    for (const suggestion of suggestions) {
      items.push({ label: suggestion, click: () => actions.replaceMisspelling(suggestion) });
    }
    if (suggestions.length === 0) {
      items.push({ label: CONTEXT_MENU_LABELS.noSuggestions, enabled: false });
    }
    items.push({
      label: CONTEXT_MENU_LABELS.addToDictionary,
      click: () => actions.addToDictionary(word),
    });
    items.push({ type: 'separator' });
  }
  const flags = input.editFlags;
  if (input.isEditable) {
    // Roles: Electron runs the command in the focused page (and shows the shortcut).
    items.push(
      { label: CONTEXT_MENU_LABELS.cut, role: 'cut', enabled: flags.canCut },
      { label: CONTEXT_MENU_LABELS.copy, role: 'copy', enabled: flags.canCopy },
      { label: CONTEXT_MENU_LABELS.paste, role: 'paste', enabled: flags.canPaste },
      { type: 'separator' },
      { label: CONTEXT_MENU_LABELS.selectAll, role: 'selectAll', enabled: flags.canSelectAll },
    );
  } else if (input.selectionText.trim() !== '') {
    items.push(
      { label: CONTEXT_MENU_LABELS.copy, role: 'copy', enabled: flags.canCopy },
      { label: CONTEXT_MENU_LABELS.selectAll, role: 'selectAll', enabled: flags.canSelectAll },
    );
  }
  return items;
}
