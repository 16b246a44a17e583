// Thin wiring of main/windows/context-menu.ts: Electron has no right-click menu of its own, so
// each window gets Cut/Copy/Paste/Select All and spelling suggestions here.
import { BrowserWindow, Menu } from 'electron';
import type { WebContents } from 'electron';
import { contextMenuTemplate } from '../windows/context-menu';

export function attachContextMenu(contents: WebContents): void {
  contents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params, {
      replaceMisspelling: (word) => contents.replaceMisspelling(word),
      addToDictionary: (word) => contents.session.addWordToSpellCheckerDictionary(word),
    });
    if (template.length === 0) return;
    const window = BrowserWindow.fromWebContents(contents);
    Menu.buildFromTemplate(template).popup(window ? { window } : {});
  });
}
