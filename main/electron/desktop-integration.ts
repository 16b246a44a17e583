// Electron's side of the Desktop interfaces: OS notifications, system idle time, links,
// the file dialog. Sounds are played by the main window's renderer (main has no audio).
import { accountEmail } from '@shared/ipc/account-id';
import { open as openFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, Notification, powerMonitor, shell } from 'electron';
import type { EventBody } from '@shared/ipc/events';
import { MAX_NETWORK_FILE_CHARS, NETWORK_FILE_EXTENSION } from '@shared/ipc/network-file';
import type { NetworkFileDialogs } from '../services/desktop';
import type { IdleSource } from '../services/account/auto-away';
import type { Desktop, ConversationWindows } from '../services/desktop';
import { notificationBody } from '../windows/notification-text';
import { isExternalLinkAllowed } from '../windows/window-options';

/** Idle seconds; a locked screen counts as inactive (ui-spec §2). */
export const systemIdleSource: IdleSource = {
  idleSeconds: () =>
    powerMonitor.getSystemIdleState(1) === 'locked'
      ? Number.MAX_SAFE_INTEGER
      : powerMonitor.getSystemIdleTime(),
};

export function createElectronDesktop(
  windows: ConversationWindows,
  emitToWindows: (event: EventBody) => void,
  platform: NodeJS.Platform = process.platform,
): Desktop {
  // A Notification nobody references is garbage-collected, and its 'click' never arrives
  // (notably on Windows). Each is kept until clicked or failed; one 'close'd on Windows may
  // still be clicked in the Action Center, so the most recent ones are kept regardless.
  const shown = new Set<Notification>();
  const KEEP = 50;
  return {
    notifier: {
      show(toast, onClick) {
        if (!Notification.isSupported()) return;
        // silent: our own sound is played (or not) by the policy, not the OS default.
        const notification = new Notification({
          // With several accounts signed in, the title says which one it is about.
          title: toast.account ? `${toast.title} (${accountEmail(toast.account)})` : toast.title,
          // Peer-supplied text: a Linux notification daemon would read it as markup.
          body: notificationBody(toast.text, platform),
          silent: true,
        });
        const forget = (): void => {
          shown.delete(notification);
        };
        notification.on('click', () => {
          forget();
          onClick();
        });
        notification.on('failed', forget);
        shown.add(notification);
        for (const old of shown) {
          if (shown.size <= KEEP) break;
          shown.delete(old);
        }
        notification.show();
      },
    },
    sound: { play: (sound) => emitToWindows({ type: 'sound', sound }) },
    windows,
    external: {
      open(url) {
        if (isExternalLinkAllowed(url)) void shell.openExternal(url);
      },
    },
    files: {
      // A path from the renderer is ignored: only the person's choice in the dialog counts.
      async chooseFile() {
        const parent = BrowserWindow.getFocusedWindow();
        const options = { title: 'Send a File', properties: ['openFile' as const] };
        const result = parent
          ? await dialog.showOpenDialog(parent, options)
          : await dialog.showOpenDialog(options);
        return result.canceled ? null : (result.filePaths[0] ?? null);
      },
      reveal(path) {
        shell.showItemInFolder(path);
      },
      async chooseFolder(current) {
        const parent = BrowserWindow.getFocusedWindow();
        const options = {
          title: 'Put files received in this folder',
          buttonLabel: 'Select Folder',
          ...(current ? { defaultPath: current } : {}),
          properties: ['openDirectory' as const, 'createDirectory' as const],
        };
        const result = parent
          ? await dialog.showOpenDialog(parent, options)
          : await dialog.showOpenDialog(options);
        return result.canceled ? null : (result.filePaths[0] ?? null);
      },
    },
    networkFiles: electronNetworkFiles(),
    history: {
      async chooseExportPath(suggestedName) {
        const parent = BrowserWindow.getFocusedWindow();
        const options = {
          title: 'Export History',
          defaultPath: join(app.getPath('documents'), suggestedName),
        };
        const result = parent
          ? await dialog.showSaveDialog(parent, options)
          : await dialog.showSaveDialog(options);
        return result.canceled ? null : (result.filePath ?? null);
      },
      async chooseImportFolder() {
        const parent = BrowserWindow.getFocusedWindow();
        // Pidgin keeps its logs in ~/.purple/logs, aMSN in ~/.amsn.
        const options = {
          title: 'Import Pidgin or aMSN Logs',
          defaultPath: join(app.getPath('home'), '.purple', 'logs'),
          properties: ['openDirectory' as const],
        };
        const result = parent
          ? await dialog.showOpenDialog(parent, options)
          : await dialog.showOpenDialog(options);
        return result.canceled ? null : (result.filePaths[0] ?? null);
      },
    },
  };
}

/** Native save/open dialogs for network files; the file's text is checked by the caller. */
function electronNetworkFiles(): NetworkFileDialogs {
  const filters = [{ name: 'Tweener network', extensions: [NETWORK_FILE_EXTENSION.slice(1)] }];
  return {
    async save(fileName, text) {
      const parent = BrowserWindow.getFocusedWindow();
      const options = { title: 'Export Network', defaultPath: fileName, filters };
      const result = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return 'cancelled';
      await writeFile(result.filePath, text, 'utf8');
      return 'saved';
    },
    async open() {
      const parent = BrowserWindow.getFocusedWindow();
      const options = { title: 'Import Network', properties: ['openFile' as const], filters };
      const result = parent
        ? await dialog.showOpenDialog(parent, options)
        : await dialog.showOpenDialog(options);
      const path = result.canceled ? undefined : result.filePaths[0];
      if (!path) return null;
      // Read at most one byte past the cap: a huge file is refused without loading it.
      const handle = await openFile(path, 'r');
      try {
        const buffer = Buffer.alloc(MAX_NETWORK_FILE_CHARS * 4 + 1);
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
        return buffer.subarray(0, bytesRead).toString('utf8');
      } finally {
        await handle.close();
      }
    },
  };
}
