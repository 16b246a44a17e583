// The app's lifecycle decisions as pure functions (window-manager.ts and index.ts apply them):
// what closing the main window does, when the last window closing quits, and how long quitting
// may wait for a clean sign-out.

/**
 * Closing the main window while signed in with "run in background" hides it to the tray
 * (ui-spec §1.9); the first time, the person is told. Once the app is quitting (before-quit,
 * Exit in the tray, the OS ending the session) the window really closes: otherwise a quit
 * would be cancelled by this very handler and the app could never exit.
 */
export function mainWindowCloseAction(input: {
  quitting: boolean;
  keepInTray: boolean;
  toldAboutTray: boolean;
}): 'close' | 'hide' | 'hideAndTell' {
  if (input.quitting || !input.keepInTray) return 'close';
  return input.toldAboutTray ? 'hide' : 'hideAndTell';
}

/**
 * After the last window closed: quit, except on macOS while signed in (the app stays in the
 * dock and the tray; 'activate' brings the main window back).
 */
export const quitWhenAllWindowsClosed = (platform: NodeJS.Platform, signedIn: boolean): boolean =>
  platform !== 'darwin' || !signedIn;

/** How long quitting waits for sign-out and history writes before exiting anyway. */
export const QUIT_DEADLINE_MS = 3000;

/** Resolves when `work` settles or after `ms`, whichever comes first; never rejects. */
export function settleWithin(work: Promise<unknown>, ms: number): Promise<'settled' | 'timedOut'> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve('timedOut'), ms);
    const done = (): void => {
      clearTimeout(timer);
      resolve('settled');
    };
    work.then(done, done);
  });
}

/** A window that lost focus this recently lost it to the tray icon being clicked. */
export const TRAY_CLICK_BLUR_MS = 500;

/**
 * A click on the tray icon shows or hides the main window (ui-spec §1.9): hide it when it is
 * the window the person is using, else bring it forward. On Windows the click itself takes
 * focus away first (to the taskbar), so a window that was focused a moment ago counts as
 * focused; otherwise the icon could only ever show the window.
 */
export function trayClickAction(input: {
  exists: boolean;
  visible: boolean;
  minimized: boolean;
  focused: boolean;
  /** Milliseconds since the window last lost focus (Infinity: never). */
  blurredMsAgo: number;
}): 'show' | 'hide' {
  if (!input.exists || !input.visible || input.minimized) return 'show';
  return input.focused || input.blurredMsAgo < TRAY_CLICK_BLUR_MS ? 'hide' : 'show';
}
