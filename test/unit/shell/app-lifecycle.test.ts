// The app's lifecycle decisions: the main window hides to the tray only while that is wanted
// and never once quitting has begun; the last window closing quits (not on macOS while signed
// in); quitting waits for a clean sign-out, but not forever.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  mainWindowCloseAction,
  quitWhenAllWindowsClosed,
  settleWithin,
  trayClickAction,
} from '../../../main/windows/lifecycle';

describe('closing the main window', () => {
  it('hides to the tray while signed in with run-in-background, telling the person once', () => {
    expect(mainWindowCloseAction({ quitting: false, keepInTray: true, toldAboutTray: false })).toBe(
      'hideAndTell',
    );
    expect(mainWindowCloseAction({ quitting: false, keepInTray: true, toldAboutTray: true })).toBe(
      'hide',
    );
  });

  it('closes when not kept in the tray', () => {
    expect(
      mainWindowCloseAction({ quitting: false, keepInTray: false, toldAboutTray: false }),
    ).toBe('close');
  });

  it('closes once quitting began (Exit, app.quit, the OS ending the session)', () => {
    for (const toldAboutTray of [false, true]) {
      expect(mainWindowCloseAction({ quitting: true, keepInTray: true, toldAboutTray })).toBe(
        'close',
      );
    }
  });
});

describe('the last window closing', () => {
  it('quits on Windows and Linux, and on macOS when signed out', () => {
    expect(quitWhenAllWindowsClosed('win32', true)).toBe(true);
    expect(quitWhenAllWindowsClosed('linux', true)).toBe(true);
    expect(quitWhenAllWindowsClosed('darwin', false)).toBe(true);
    expect(quitWhenAllWindowsClosed('darwin', true)).toBe(false);
  });
});

describe('quit deadline', () => {
  afterEach(() => vi.useRealTimers());

  it('waits for the work to settle, failed or not', async () => {
    await expect(settleWithin(Promise.resolve(1), 1000)).resolves.toBe('settled');
    await expect(settleWithin(Promise.reject(new Error('offline')), 1000)).resolves.toBe('settled');
  });

  it('gives up on work that never ends', async () => {
    vi.useFakeTimers();
    const result = settleWithin(new Promise(() => undefined), 3000);
    await vi.advanceTimersByTimeAsync(2999);
    let done = false;
    void result.then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await expect(result).resolves.toBe('timedOut');
  });
});

describe('clicking the tray icon', () => {
  const window = { exists: true, visible: true, minimized: false, focused: false };

  it('hides the window the person is using', () => {
    expect(trayClickAction({ ...window, focused: true, blurredMsAgo: Infinity })).toBe('hide');
  });

  it('Windows: the click took focus a moment ago, so it still counts as in use', () => {
    expect(trayClickAction({ ...window, blurredMsAgo: 120 })).toBe('hide');
  });

  it('shows a window that is hidden, minimized, behind others, or not there', () => {
    expect(trayClickAction({ ...window, visible: false, blurredMsAgo: 50 })).toBe('show');
    expect(trayClickAction({ ...window, minimized: true, focused: true, blurredMsAgo: 0 })).toBe(
      'show',
    );
    expect(trayClickAction({ ...window, blurredMsAgo: 60_000 })).toBe('show');
    expect(
      trayClickAction({ ...window, exists: false, visible: false, blurredMsAgo: Infinity }),
    ).toBe('show');
  });
});
