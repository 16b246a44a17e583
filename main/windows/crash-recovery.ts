// What to do when a window's page dies (renderer process gone) or our own page fails to load:
// reload it, unless it keeps failing — then stop and ask the person (restart or quit) rather
// than spin reloading a page that crashes at once.

/** At most this many reloads per window within RELOAD_PERIOD_MS. */
export const MAX_RELOADS = 3;
export const RELOAD_PERIOD_MS = 60_000;

export type CrashAction = 'reload' | 'giveUp' | 'ignore';

export interface CrashDecision {
  action: CrashAction;
  /** The reload times to remember for this window (the old ones dropped). */
  reloads: number[];
}

/**
 * `reloads` are this window's earlier reload times (ms); `gone` describes the event.
 * 'clean-exit' is a page closing normally (its window closing), not a crash.
 */
export function crashAction(
  reloads: readonly number[],
  now: number,
  gone: { reason: string },
): CrashDecision {
  const recent = reloads.filter((at) => now - at < RELOAD_PERIOD_MS);
  if (gone.reason === 'clean-exit') return { action: 'ignore', reloads: recent };
  if (recent.length >= MAX_RELOADS) return { action: 'giveUp', reloads: recent };
  return { action: 'reload', reloads: [...recent, now] };
}

/** Chromium's ERR_ABORTED: a load replaced by another (not a failure of the page). */
const ERR_ABORTED = -3;

/**
 * True when a 'did-fail-load' is our own page failing in a window's main frame (a missing
 * bundle, a dev server restarting), not a subframe or an aborted load.
 */
export function isOwnPageLoadFailure(
  failure: { errorCode: number; validatedURL: string; isMainFrame: boolean },
  rendererUrl: string,
): boolean {
  if (!failure.isMainFrame || failure.errorCode === ERR_ABORTED) return false;
  try {
    const failed = new URL(failure.validatedURL);
    const ours = new URL(rendererUrl);
    return (
      failed.protocol === ours.protocol &&
      failed.host === ours.host &&
      failed.pathname === ours.pathname
    );
  } catch {
    return false;
  }
}
