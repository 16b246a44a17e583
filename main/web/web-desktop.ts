// The desktop as seen from the web harness: one page, so toasts, sounds and "show this
// conversation" become events the page acts on; there is no file dialog or window to close.
import type { EventBody } from '../../shared/ipc/events';
import type { Desktop } from '../services/desktop';
import { ServiceError } from '../services/service-error';

/** `downloadsDir`: the one folder the harness saves received files in (under its user data). */
export function createWebDesktop(emit: (event: EventBody) => void, downloadsDir: string): Desktop {
  return {
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
