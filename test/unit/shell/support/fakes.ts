// Fakes for the desktop and for encryption, used by the shell's unit tests.
import type { SoundName, Toast } from '@shared/ipc/events';
import type { Desktop } from '../../../../main/services/desktop';
import type { SecretStore } from '../../../../main/services/stores/secret-store';

/** Really transforms the text (reversed, XOR 0x5a, tagged) so clear text never shows. */
export class FakeSecretStore implements SecretStore {
  available = true;
  isAvailable(): boolean {
    return this.available;
  }
  encrypt(plain: string): Buffer {
    const bytes = Buffer.from(plain, 'utf8')
      .reverse()
      .map((b) => b ^ 0x5a);
    return Buffer.concat([Buffer.from('FAKE1'), bytes]);
  }
  decrypt(sealed: Buffer): string {
    if (!sealed.subarray(0, 5).equals(Buffer.from('FAKE1'))) throw new Error('not ours');
    return Buffer.from(
      sealed
        .subarray(5)
        .map((b) => b ^ 0x5a)
        .reverse(),
    ).toString('utf8');
  }
}

export interface RecordingDesktop extends Desktop {
  toasts: Toast[];
  /** What clicking each toast does, in the order shown. */
  toastClicks: (() => void)[];
  mainShown: number;
  /** How many times every conversation window was closed (a new sign-in). */
  conversationsClosed: number;
  sounds: SoundName[];
  shown: { conversationId: string; reason: 'user' | 'incoming' }[];
  focused: Set<string>;
  opened: string[];
  revealed: string[];
  /** What the folder dialog answers next (null: cancelled). */
  folderChoice: string | null;
}

export function recordingDesktop(): RecordingDesktop {
  const desktop: RecordingDesktop = {
    toasts: [],
    toastClicks: [],
    mainShown: 0,
    conversationsClosed: 0,
    sounds: [],
    shown: [],
    focused: new Set(),
    opened: [],
    revealed: [],
    folderChoice: null,
    notifier: {
      show: (toast, onClick) => {
        desktop.toasts.push(toast);
        desktop.toastClicks.push(onClick);
      },
    },
    sound: { play: (sound) => desktop.sounds.push(sound) },
    windows: {
      show: (conversationId, reason) => desktop.shown.push({ conversationId, reason }),
      isFocused: (conversationId) => desktop.focused.has(conversationId),
      closeSender: () => undefined,
      showMain: () => {
        desktop.mainShown += 1;
      },
      closeConversations: () => {
        desktop.conversationsClosed += 1;
      },
    },
    external: { open: (url) => desktop.opened.push(url) },
    files: {
      chooseFile: (suggested) => Promise.resolve(suggested ?? null),
      chooseFolder: () => Promise.resolve(desktop.folderChoice),
      reveal: (path) => desktop.revealed.push(path),
    },
  };
  return desktop;
}
