// The desktop as seen from the web harness: one page, so toasts, sounds and "show this
// conversation" become events the page acts on; there is no file dialog or window to close.
import type { AppEvent } from '../../shared/ipc/events';
import type { Desktop } from '../services/desktop';

export function createWebDesktop(emit: (event: AppEvent) => void): Desktop {
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
    // The harness is driven by tests on loopback: a path they give is taken as chosen.
    files: { chooseFile: (suggested) => Promise.resolve(suggested ?? null) },
  };
}
