// The app's windows: the main window (sign-in, then the contact list) and one window per
// conversation (ui-spec §1.4.9), with sizes and positions remembered.
import { BrowserWindow, screen } from 'electron';
import type { Rectangle } from 'electron';
import type { ConversationWindows } from '../services/desktop';
import { conversationWindowAction } from '../windows/conversation-window-policy';
import { conversationHash, windowOptions } from '../windows/window-options';
import type { WindowKind } from '../windows/window-options';
import { visibleBounds } from '../windows/window-state';
import type { WindowStateStore } from '../windows/window-state';
import { mainWindowCloseAction, trayClickAction } from '../windows/lifecycle';
import { attachContextMenu } from './text-context-menu';
import { recoverFromCrashes } from './window-recovery';

export interface WindowManagerOptions {
  preloadPath: string;
  /** The dev server URL, or the app's own page on app:// (main/windows/app-protocol.ts). */
  rendererUrl: string;
  /** DevTools only in an unpackaged build (`!app.isPackaged`). */
  devTools: boolean;
  state: WindowStateStore;
  /** Closing a conversation window leaves the conversation. */
  onConversationClosed: (conversationId: string) => void;
  /** Closing the main window: true keeps the app in the tray (signed in + run in background). */
  keepInTray: () => boolean;
  /** Told once, the first time the main window goes to the tray (ui-spec §1.9). */
  onFirstHideToTray: () => void;
  /** True when new windows should start dark (the theme setting, or the OS for 'system'). */
  darkBackground?: () => boolean;
}

export class WindowManager implements ConversationWindows {
  private main: BrowserWindow | null = null;
  private readonly conversations = new Map<string, BrowserWindow>();
  private quitting = false;
  private toldAboutTray = false;
  private mainBlurredAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly options: WindowManagerOptions) {}

  /** Called from app 'before-quit' (and the OS ending the session): windows close for real. */
  prepareToQuit(): void {
    this.quitting = true;
  }

  showMain(): void {
    // A new window shows itself once painted ('ready-to-show'), not as a blank frame.
    if (!this.main || this.main.isDestroyed()) {
      this.createMain();
      return;
    }
    const win = this.main;
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
  }

  /** The tray icon was clicked. */
  toggleMain(): void {
    const win = this.main && !this.main.isDestroyed() ? this.main : null;
    const action = trayClickAction({
      exists: win !== null,
      visible: win?.isVisible() ?? false,
      minimized: win?.isMinimized() ?? false,
      focused: win?.isFocused() ?? false,
      blurredMsAgo: Date.now() - this.mainBlurredAt,
    });
    if (action === 'hide') win?.hide();
    else this.showMain();
  }

  show(conversationId: string, reason: 'user' | 'incoming'): void {
    const existing = this.conversations.get(conversationId);
    const win = existing && !existing.isDestroyed() ? existing : null;
    const action = conversationWindowAction(
      { exists: win !== null, focused: win?.isFocused() ?? false },
      reason,
    );
    switch (action) {
      case 'openAndFocus': {
        const created = this.createConversation(conversationId);
        created.once('ready-to-show', () => created.show());
        break;
      }
      case 'openInactiveAndFlash': {
        const created = this.createConversation(conversationId);
        created.once('ready-to-show', () => {
          created.showInactive();
          created.flashFrame(true);
        });
        break;
      }
      case 'focus':
        if (win?.isMinimized()) win.restore();
        win?.show();
        win?.focus();
        break;
      case 'flash':
        win?.flashFrame(true);
        break;
      case 'none':
        break;
    }
  }

  isFocused(conversationId: string): boolean {
    const win = this.conversations.get(conversationId);
    return win !== undefined && !win.isDestroyed() && win.isFocused();
  }

  closeConversations(conversationIds?: readonly string[]): void {
    const windows = conversationIds
      ? conversationIds.flatMap((id) => this.conversations.get(id) ?? [])
      : [...this.conversations.values()];
    for (const win of windows) if (!win.isDestroyed()) win.close();
  }

  closeSender(senderId: number): void {
    const win = BrowserWindow.fromId(senderId);
    if (win && win !== this.main) win.close();
  }

  private createMain(): BrowserWindow {
    const win = this.createWindow('main', '');
    win.once('ready-to-show', () => {
      win.show();
      win.focus();
    });
    win.on('close', (event) => {
      const action = mainWindowCloseAction({
        quitting: this.quitting,
        keepInTray: this.options.keepInTray(),
        toldAboutTray: this.toldAboutTray,
      });
      if (action === 'close') return;
      event.preventDefault();
      win.hide();
      if (action === 'hideAndTell') {
        this.toldAboutTray = true;
        this.options.onFirstHideToTray();
      }
    });
    // Windows: logging off or shutting down does not emit app 'before-quit'; without this the
    // close handler above would keep hiding the window instead of letting the session end.
    win.on('session-end', () => this.prepareToQuit());
    win.on('blur', () => {
      this.mainBlurredAt = Date.now();
    });
    win.on('closed', () => {
      this.main = null;
    });
    this.main = win;
    return win;
  }

  private createConversation(conversationId: string): BrowserWindow {
    const win = this.createWindow('conversation', conversationHash(conversationId));
    this.conversations.set(conversationId, win);
    win.on('focus', () => win.flashFrame(false));
    win.on('closed', () => {
      if (this.conversations.get(conversationId) === win) this.conversations.delete(conversationId);
      this.options.onConversationClosed(conversationId);
    });
    return win;
  }

  private createWindow(kind: WindowKind, hash: string): BrowserWindow {
    // The primary display first: a window whose monitor went away lands there.
    const primary = screen.getPrimaryDisplay();
    const workAreas: Rectangle[] = [
      primary.workArea,
      ...screen
        .getAllDisplays()
        .filter((display) => display.id !== primary.id)
        .map((display) => display.workArea),
    ];
    const saved = visibleBounds(this.options.state.get(kind), workAreas);
    const win = new BrowserWindow(
      windowOptions({
        kind,
        preloadPath: this.options.preloadPath,
        title: 'Tweener',
        bounds: saved,
        dark: this.options.darkBackground?.() ?? false,
        devTools: this.options.devTools,
      }),
    );
    // Navigation, new windows and permissions: main/electron/harden.ts, for every webContents.
    // The page has its own menu bar with Alt access keys (ui-spec §6.1): the native one stays
    // hidden (its shortcuts, e.g. zoom, still work) and no longer appears on Alt.
    win.setMenuBarVisibility(false);
    // 'resize'/'move' fire on every platform ('resized'/'moved' only on macOS and Windows):
    // save once the window has been still for a moment.
    let timer: ReturnType<typeof setTimeout> | null = null;
    const remember = (): void => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        if (!win.isDestroyed() && !win.isMinimized() && !win.isMaximized()) {
          // A position that cannot be saved (disk full) is only lost, never an unhandled
          // rejection: the window keeps working.
          this.options.state.set(kind, win.getBounds()).catch(() => undefined);
        }
      }, 500);
    };
    win.on('resize', remember);
    win.on('move', remember);
    win.on('closed', () => {
      if (timer) clearTimeout(timer);
    });
    attachContextMenu(win.webContents);
    const url = new URL(this.options.rendererUrl);
    url.hash = hash;
    // A crashed page (or our page failing to load) is loaded again, within limits.
    recoverFromCrashes(win, { url: url.toString(), rendererUrl: this.options.rendererUrl });
    // A failed load is handled by the 'did-fail-load' listener above.
    win.loadURL(url.toString()).catch(() => undefined);
    return win;
  }
}
