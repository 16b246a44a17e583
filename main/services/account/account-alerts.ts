// When one account's alerts sound and show: not during the sign-in presence burst (ui-spec
// §1.5), not during a reconnection's burst, contacts coming online rate-limited; a toast
// names the account when several are signed in.
import type { SessionState, Status } from '@shared/domain';
import type { AccountId } from '@shared/ipc/account-id';
import type { Settings } from '@shared/ipc/settings';
import { RateGate } from '../../msnp/limits';
import type { Desktop } from '../desktop';
import { decideAlert } from './alert-policy';
import type { AlertTrigger } from './alert-policy';

/** How long alerts stay quiet once a reconnection is online again (its ILN burst). */
const RECONNECT_QUIET_MS = 5_000;

/**
 * Contacts coming online in a burst (a server restart: hundreds at once) alert a few times,
 * then once per refill, not once each: thousands of toasts and sounds froze the page for
 * seconds (test/bench/presence-storm.bench.ts).
 */
export const SIGN_IN_ALERT_BURST = 3;
export const SIGN_IN_ALERT_REFILL_MS = 2_000;

export interface AccountAlertDeps {
  desktop: Desktop;
  settings: () => Settings;
  now: () => number;
  /** True when several accounts are signed in: alerts then say which account. */
  severalSignedIn?: () => boolean;
}

export class AccountAlerts {
  /** Alerts start once the sign-in presence burst (ILN) is over (ui-spec §1.5). */
  private settled = false;
  /** After a reconnect the presence burst comes again: alerts wait until this time (ms). */
  private quietUntil = 0;
  private toastSeq = 0;
  private readonly signInAlerts: RateGate;

  constructor(private readonly deps: AccountAlertDeps) {
    this.signInAlerts = new RateGate(SIGN_IN_ALERT_BURST, SIGN_IN_ALERT_REFILL_MS, deps.now);
  }

  /** A sign-in starts (or ended): quiet until it is settled. */
  reset(): void {
    this.settled = false;
    this.quietUntil = 0;
  }

  /** The sign-in is complete: its presence burst is over. */
  settle(): void {
    this.settled = true;
  }

  /** Keeps the presence burst of a reconnection as silent as the one of the first sign-in. */
  sessionChanged(phase: SessionState['phase']): void {
    if (phase === 'reconnecting') this.quietUntil = Number.POSITIVE_INFINITY;
    else if (phase === 'online' && this.quietUntil === Number.POSITIVE_INFINITY) {
      this.quietUntil = this.deps.now() + RECONNECT_QUIET_MS;
    }
  }

  alert(trigger: AlertTrigger, account: AccountId | null, selfStatus: Status | null): void {
    if (!this.settled || this.deps.now() < this.quietUntil) return;
    if (trigger.kind === 'contactOnline' && !this.signInAlerts.take()) return;
    const decision = decideAlert(trigger, this.deps.settings(), selfStatus);
    const { desktop } = this.deps;
    if (decision.sound) desktop.sound.play(decision.sound);
    if (!decision.toast) return;
    // With several accounts signed in, an alert says which one it is about.
    const named = account !== null && this.deps.severalSignedIn?.() ? { account } : {};
    const toast = { ...decision.toast, ...named, id: `toast-${account ?? ''}-${++this.toastSeq}` };
    const conversationId = toast.conversationId;
    // A click opens what the toast is about: its conversation, else the main window (a
    // contact who signed in, new mail), which may be hidden in the tray.
    desktop.notifier.show(toast, () => {
      if (conversationId) desktop.windows.show(conversationId, 'user');
      else desktop.windows.showMain?.();
    });
  }
}
