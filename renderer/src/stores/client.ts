// The bridge the store actions talk through. Set once at bootstrap (or by a test with a fake);
// components never see it (../shared/DESIGN.md, State and IPC).
import type { MsnBridge, RequestResult } from '@shared/ipc/bridge';
import type { RequestChannel, RequestInput } from '@shared/ipc/requests';
import { l10n } from '../strings';
import { belongsToSignIn, currentEpoch } from './epoch';

let current: MsnBridge | null = null;
let reportFailure: (message: string) => void = () => undefined;

export function setBridge(bridge: MsnBridge | null): void {
  current = bridge;
}

export function onRequestFailure(report: (message: string) => void): void {
  reportFailure = report;
}

/** Words for a person from whatever a request rejected with (never "[object Object]"). */
export function messageOf(error: unknown): string {
  if (error && typeof error === 'object' && 'message' in error) {
    const text = (error as { message: unknown }).message;
    if (typeof text === 'string' && text.trim().length > 0) {
      // Electron prefixes invoke errors with "Error invoking remote method '...': Error: ".
      const plain = text.replace(/^Error invoking remote method '[^']*': (?:\w*Error: )?/, '');
      if (plain.trim().length > 0) return plain;
    }
  }
  if (typeof error === 'string' && error.trim().length > 0) return error;
  return l10n.notices.unknownFailure;
}

/** Sends a request; a failure becomes a notice for the person and resolves to undefined. */
export function call<C extends RequestChannel>(
  channel: C,
  input: RequestInput<C>,
): Promise<RequestResult<C> | undefined> {
  return ask(channel, input, reportFailure);
}

/** An answer about an older sign-in than the one on screen now: dropped, never shown. */
function stale(channel: RequestChannel, asked: number): boolean {
  return belongsToSignIn(channel) && currentEpoch() !== asked;
}

/** Sends a request; a failure goes to `onError` (shown where the person acted), not a notice. */
export async function ask<C extends RequestChannel>(
  channel: C,
  input: RequestInput<C>,
  onError: (message: string) => void,
): Promise<RequestResult<C> | undefined> {
  if (!current) {
    onError(l10n.notices.noBridge);
    return undefined;
  }
  const asked = currentEpoch();
  try {
    const result = await current.request(channel, input);
    return stale(channel, asked) ? undefined : result;
  } catch (error) {
    if (!stale(channel, asked)) onError(messageOf(error));
    return undefined;
  }
}

/**
 * For requests that resolve to nothing: true when main accepted it. With `onError` the caller
 * shows the failure itself instead of a notice.
 */
export async function attempt<C extends RequestChannel>(
  channel: C,
  input: RequestInput<C>,
  onError: (message: string) => void = reportFailure,
): Promise<boolean> {
  if (!current) {
    onError(l10n.notices.noBridge);
    return false;
  }
  const asked = currentEpoch();
  try {
    await current.request(channel, input);
    return !stale(channel, asked);
  } catch (error) {
    if (!stale(channel, asked)) onError(messageOf(error));
    return false;
  }
}
