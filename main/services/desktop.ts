// What the account service needs from the desktop, as small interfaces. Electron
// implementations live in main/electron/ (thin); the web harness and tests bring their own.
import type { SoundName, Toast } from '@shared/ipc/events';

export interface Notifier {
  /** Show a toast; `onClick` opens what it is about. */
  show(toast: Toast, onClick: () => void): void;
}

export interface SoundPlayer {
  play(sound: SoundName): void;
}

export interface ConversationWindows {
  /**
   * Show a conversation: 'user' opens and focuses it; 'incoming' opens it without taking
   * focus, or flashes it when already open (ui-spec §1.4.9).
   */
  show(conversationId: string, reason: 'user' | 'incoming'): void;
  /** True when that conversation is on screen in a focused window. */
  isFocused(conversationId: string): boolean;
  /** Close the window a request came from (a conversation window asking to close). */
  closeSender(senderId: number): void;
  /** Bring the main window forward (from the tray, say). Absent where there is one page. */
  showMain?(): void;
  /**
   * Close these conversations' windows (every one when absent): a new sign-in of their account
   * starts, they belonged to its last one. Absent where there is one page (it drops its tabs
   * itself on the account's new epoch).
   */
  closeConversations?(conversationIds?: readonly string[]): void;
}

export interface ExternalOpener {
  /** Opens an http(s) URL in the person's browser (the URL is already checked). */
  open(url: string): void;
}

export interface FileChooser {
  /** Asks the person for a file to send; `suggested` is a path from a trusted harness. */
  chooseFile(suggested: string | undefined): Promise<string | null>;
  /** Shows a received file in the system's file manager (the path comes from main, not a page). */
  reveal(path: string): void;
  /**
   * Asks the person for the folder received files go to (`current` is where the dialog opens;
   * '' for the default). Resolves to the chosen folder, or null when cancelled. Only main's
   * choice counts: the page never names a folder.
   */
  chooseFolder(current: string): Promise<string | null>;
}

export interface NetworkFileDialogs {
  /**
   * Asks where to save a network file and writes it: 'saved' or 'cancelled'; 'download' where
   * main has no dialog (the web harness) and the page downloads the text itself.
   */
  save(fileName: string, text: string): Promise<'saved' | 'cancelled' | 'download'>;
  /** Asks for a network file and reads it (size-capped): its text, or null when cancelled. */
  open(): Promise<string | null>;
}

/** Where history exports go and imports come from: the person chooses, never a page. */
export interface HistoryFiles {
  /** A path to write an export to, or null when the person cancelled. */
  chooseExportPath(suggestedName: string): Promise<string | null>;
  /** After an export is written: what the page gets (the web harness: a download link). */
  exported?(path: string, fileName: string): { downloadUrl: string };
  /** A folder holding another client's logs, or null when the person cancelled. */
  chooseImportFolder(): Promise<string | null>;
}

export interface Desktop {
  notifier: Notifier;
  sound: SoundPlayer;
  windows: ConversationWindows;
  external: ExternalOpener;
  files: FileChooser;
  /** Network files (.tweener-network); absent: the page picks and downloads them itself. */
  networkFiles?: NetworkFileDialogs;
  /** Absent where exports and imports are not offered. */
  history?: HistoryFiles;
}
