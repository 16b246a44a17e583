// Thin wiring of main/windows/crash-recovery.ts: a window whose page died (or whose own page
// failed to load) is loaded again; when that keeps happening the person chooses restart or quit.
import { app, dialog } from 'electron';
import type { BrowserWindow } from 'electron';
import { crashAction, isOwnPageLoadFailure } from '../windows/crash-recovery';

export interface RecoveryOptions {
  /** This window's page, with its route (what to load again). */
  url: string;
  /** The app's page, to tell our own load failures from anything else. */
  rendererUrl: string;
  /** Asked once, when reloading is given up. */
  onGiveUp?: (win: BrowserWindow) => void;
  now?: () => number;
}

export function recoverFromCrashes(win: BrowserWindow, options: RecoveryOptions): void {
  const now = options.now ?? Date.now;
  const giveUp = options.onGiveUp ?? askRestartOrQuit;
  let reloads: number[] = [];
  let gaveUp = false;
  const recover = (reason: string): void => {
    if (gaveUp || win.isDestroyed()) return;
    const decision = crashAction(reloads, now(), { reason });
    reloads = decision.reloads;
    if (decision.action === 'reload') {
      // A failed load is reported again as 'did-fail-load'; the rejection adds nothing.
      win.loadURL(options.url).catch(() => undefined);
    } else if (decision.action === 'giveUp') {
      gaveUp = true;
      giveUp(win);
    }
  };
  win.webContents.on('render-process-gone', (_event, details) => recover(details.reason));
  win.webContents.on(
    'did-fail-load',
    (_event, errorCode, _description, validatedURL, isMainFrame) => {
      if (isOwnPageLoadFailure({ errorCode, validatedURL, isMainFrame }, options.rendererUrl)) {
        recover('load-failed');
      }
    },
  );
}

/** A plain dialog: restarting starts a fresh process; quitting signs out first as usual. */
export function askRestartOrQuit(win: BrowserWindow): void {
  void dialog
    .showMessageBox(win, {
      type: 'error',
      title: 'Tweener',
      message: 'Tweener’s window keeps failing.',
      detail: 'It was reloaded several times in the last minute. Restart Tweener, or quit it.',
      buttons: ['Restart Tweener', 'Quit'],
      defaultId: 0,
      cancelId: 1,
      noLink: true,
    })
    .then(({ response }) => {
      if (response === 0) app.relaunch();
      app.quit();
    });
}
