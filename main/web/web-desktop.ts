// The desktop as seen from the web harness: one page, so toasts, sounds and "show this
// conversation" become events the page acts on; there is no file dialog or window to close.
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { EventBody } from '@shared/ipc/events';
import type { Desktop, HistoryFiles } from '../services/desktop';
import { ServiceError } from '../services/service-error';

/** `downloadsDir`: the one folder the harness saves received files in (under its user data). */
export function createWebDesktop(
  emit: (event: EventBody) => void,
  downloadsDir: string,
  history?: HistoryFiles,
): Desktop {
  return {
    ...(history ? { history } : {}),
    notifier: { show: (toast) => emit({ type: 'toast', toast }) },
    sound: { play: (sound) => emit({ type: 'sound', sound }) },
    windows: {
      show: (conversationId) => emit({ type: 'showConversation', conversationId }),
      isFocused: () => false,
      closeSender: () => undefined,
    },
    // The page opens links itself (target=_blank); main opens nothing on the harness host.
    external: { open: () => undefined },
    // A page must never name a path on the harness's disk (it could read any file the harness
    // can): it picks the file itself and hands over the bytes with files:sendData.
    files: {
      chooseFile: () =>
        Promise.reject(
          new ServiceError('invalid', 'Pick the file with Send Files in the conversation.'),
        ),
      // The harness page downloads a copy instead (FileTransfer.downloadUrl).
      reveal: () => {
        throw new ServiceError('invalid', 'Download the file from the conversation instead.');
      },
      // No dialog on the harness host, and a page must not pick a folder on its disk: main
      // decides, and the answer is always the harness's own Downloads folder.
      chooseFolder: () => Promise.resolve(downloadsDir),
    },
  };
}

/**
 * History files for the web harness: a page must never name a path on the harness's disk, so
 * exports are written under its user data and offered as a download, and imports come from
 * one folder under its user data (`<userData>/import`), where the person puts their logs.
 */
export function webHistoryFiles(
  userDataDir: string,
  offer: (path: string, fileName: string) => string,
): HistoryFiles {
  return {
    async chooseExportPath(suggestedName) {
      const dir = join(userDataDir, 'exports');
      await mkdir(dir, { recursive: true, mode: 0o700 });
      return join(dir, `${Date.now()}-${suggestedName}`);
    },
    exported: (path, fileName) => ({ downloadUrl: offer(path, fileName) }),
    async chooseImportFolder() {
      const dir = join(userDataDir, 'import');
      const info = await stat(dir).catch(() => null);
      if (!info?.isDirectory()) {
        throw new ServiceError('invalid', `Put the logs to import in ${dir} first.`);
      }
      return dir;
    },
  };
}
