// The reload decision for a window whose page died, and which load failures are our own page's.
import { describe, expect, it } from 'vitest';
import {
  crashAction,
  isOwnPageLoadFailure,
  MAX_RELOADS,
  RELOAD_PERIOD_MS,
} from '../../../main/windows/crash-recovery';

const crashed = { reason: 'crashed' };

describe('crashAction', () => {
  it('reloads the first crashes and remembers when', () => {
    expect(crashAction([], 1000, crashed)).toEqual({ action: 'reload', reloads: [1000] });
    expect(crashAction([1000], 2000, { reason: 'oom' })).toEqual({
      action: 'reload',
      reloads: [1000, 2000],
    });
  });

  it(`gives up after ${MAX_RELOADS} reloads within a minute`, () => {
    let reloads: number[] = [];
    const actions: string[] = [];
    for (let i = 0; i <= MAX_RELOADS; i += 1) {
      const decision = crashAction(reloads, 10_000 + i * 1000, crashed);
      actions.push(decision.action);
      reloads = decision.reloads;
    }
    expect(actions).toEqual(['reload', 'reload', 'reload', 'giveUp']);
    expect(reloads).toHaveLength(MAX_RELOADS);
  });

  it('forgets reloads older than the period', () => {
    const old = [0, 1000, 2000];
    expect(crashAction(old, RELOAD_PERIOD_MS - 1, crashed).action).toBe('giveUp');
    const later = crashAction(old, 1000 + RELOAD_PERIOD_MS, crashed);
    expect(later).toEqual({ action: 'reload', reloads: [2000, 1000 + RELOAD_PERIOD_MS] });
  });

  it('a page closing normally is not a crash', () => {
    expect(crashAction([], 1000, { reason: 'clean-exit' })).toEqual({
      action: 'ignore',
      reloads: [],
    });
  });
});

describe('isOwnPageLoadFailure', () => {
  const built = 'file:///opt/Tweener/resources/app/out/renderer/index.html';
  const fail = (validatedURL: string, errorCode = -6, isMainFrame = true) =>
    isOwnPageLoadFailure({ errorCode, validatedURL, isMainFrame }, built);

  it('our page failing in the main frame, whatever its route', () => {
    expect(fail(built)).toBe(true);
    expect(fail(`${built}#/conversation/c1`)).toBe(true);
    expect(
      isOwnPageLoadFailure(
        { errorCode: -102, validatedURL: 'http://localhost:5173/#/x', isMainFrame: true },
        'http://localhost:5173/',
      ),
    ).toBe(true);
  });

  it('not a subframe, an aborted load, another page or a bad URL', () => {
    expect(fail(built, -6, false)).toBe(false);
    expect(fail(built, -3)).toBe(false);
    expect(fail('https://example.com/')).toBe(false);
    expect(fail('file:///opt/Tweener/other.html')).toBe(false);
    expect(fail('not a url')).toBe(false);
  });
});
