// Reconnection as its own module (STYLE.md): it watches a session's state and, when a
// session that was online is lost, restarts it with exponential backoff and jitter.
// reference: msnp8/README.md §9.2 (OTH: never; SSD: later, through the dispatch server), §9.3,
// §11.1 (an unrequested OUT); login.md §4.1 (XFR 0 NS).
// A hostile or broken server must not make the client sign in over and over (each sign-in is
// a Passport login): the backoff resets only after a stable session, redirects in a row are
// bounded, and automatic sign-ins are capped per time window whatever their outcome.
import type { Failure } from '@shared/domain';
import { fixedFailure, isRetryable, toFailure } from './failures';
import type { NotificationSession, SessionEnd } from './notification/session';

export interface ReconnectPolicy {
  enabled: boolean;
  /** First delay (default 2 s). */
  baseDelayMs: number;
  /** Upper bound of any delay (default 5 min, msnp8/README.md §9.3). */
  maxDelayMs: number;
  /** OUT SSD: wait at least this long before signing in again (default 60 s). */
  shutdownDelayMs: number;
  /** Give up after this many failed attempts in a row (default unlimited). */
  maxAttempts: number;
  /** Online at least this long before the backoff starts again from the base (default 60 s). */
  stableMs: number;
  /** `XFR 0 NS` redirects followed in a row without a stable session (default 3). */
  maxRedirects: number;
  /** At most `maxSignIns` automatic sign-ins per `signInWindowMs` (default 6 per 10 min). */
  maxSignIns: number;
  signInWindowMs: number;
  random: () => number;
}

export const DEFAULT_RECONNECT: ReconnectPolicy = {
  enabled: true,
  baseDelayMs: 2_000,
  maxDelayMs: 300_000,
  shutdownDelayMs: 60_000,
  maxAttempts: Number.POSITIVE_INFINITY,
  stableMs: 60_000,
  maxRedirects: 3,
  maxSignIns: 6,
  signInWindowMs: 600_000,
  random: Math.random,
};

type PolicyOptions = Partial<
  Pick<
    ReconnectPolicy,
    | 'baseDelayMs'
    | 'maxDelayMs'
    | 'shutdownDelayMs'
    | 'stableMs'
    | 'maxRedirects'
    | 'maxSignIns'
    | 'signInWindowMs'
  >
>;

/** The facade's reconnect options over the defaults. */
export function reconnectPolicy(r?: PolicyOptions & { enabled: boolean }): ReconnectPolicy {
  const defined = Object.fromEntries(
    Object.entries(r ?? {}).filter(([, value]) => value !== undefined),
  ) as PolicyOptions & { enabled?: boolean };
  return { ...DEFAULT_RECONNECT, ...defined };
}

/** Exponential backoff with jitter, bounded: base·2^attempt capped, then scaled by 50–100 %. */
export function backoffDelay(attempt: number, policy: ReconnectPolicy): number {
  const exp = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.min(attempt, 30));
  return Math.round(exp * (0.5 + 0.5 * policy.random()));
}

export interface ReconnectHooks {
  /** Signs in again (a new session). Rejects with SignInError when that fails. */
  restart: () => Promise<void>;
  /** The next attempt is scheduled. */
  scheduled: (retryAt: number, failure: Failure) => void;
  /** No (more) retries: the loss is final. */
  gaveUp: (failure: Failure) => void;
}

/** Which endings deserve a reconnect (msnp8/README.md §9.2: never after OUT OTH or a sign-out). */
export function shouldReconnect(end: SessionEnd): boolean {
  return end.reason === 'connectionLost' || end.reason === 'serverShutdown';
}

/** login.md §4.1: a redirect is part of the protocol, not a failure: followed at once, always. */
function isRedirect(end: SessionEnd): boolean {
  return end.reason === 'redirected';
}

export class Reconnector {
  private timer: NodeJS.Timeout | null = null;
  private attempt = 0;
  private redirects = 0;
  /** When each automatic sign-in of the current window started. */
  private signIns: number[] = [];
  private generation = 0;

  constructor(
    private readonly policy: ReconnectPolicy,
    private readonly hooks: ReconnectHooks,
  ) {}

  /** Follows one session: once it was online, a lost connection schedules a restart. */
  watch(session: NotificationSession): void {
    let onlineAt: number | null = null;
    session.on('state', (state) => {
      if (state === 'online') onlineAt = Date.now();
    });
    session.once('closed', (end) => {
      if (onlineAt === null) return; // a failed sign-in is reported by restart()'s rejection
      // Only a stable session proves the trouble is over: a server that drops us right after
      // each sign-in must not get a sign-in every base delay.
      if (Date.now() - onlineAt >= this.policy.stableMs) {
        this.attempt = 0;
        this.redirects = 0;
      }
      if (isRedirect(end) || (this.policy.enabled && shouldReconnect(end))) this.schedule(end);
      else if (end.failure && end.reason !== 'signedOut') this.hooks.gaveUp(end.failure);
    });
  }

  get pending(): boolean {
    return this.timer !== null;
  }

  /** Stops any scheduled or running retry loop (sign-out). */
  cancel(): void {
    this.generation += 1;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.attempt = 0;
    this.redirects = 0;
    this.signIns = [];
  }

  private schedule(end: SessionEnd): void {
    const failure = end.failure ?? { kind: 'connectionLost', message: 'Connection lost.' };
    if (this.attempt >= this.policy.maxAttempts) {
      this.hooks.gaveUp(failure);
      return;
    }
    if (isRedirect(end)) {
      this.redirects += 1;
      if (this.redirects > this.policy.maxRedirects) {
        this.hooks.gaveUp(fixedFailure('protocol', 'tooManyRedirects'));
        return;
      }
    }
    let delay = isRedirect(end) ? 0 : backoffDelay(this.attempt, this.policy);
    // msnp8/README.md §9.2: after OUT SSD wait before signing in again.
    if (end.reason === 'serverShutdown') delay = Math.max(delay, this.policy.shutdownDelayMs);
    if (!isRedirect(end)) this.attempt += 1;
    // The cap per window: a full window waits for its oldest sign-in to age out.
    const now = Date.now();
    this.signIns = this.signIns.filter((t) => t > now - this.policy.signInWindowMs);
    if (this.signIns.length >= this.policy.maxSignIns) {
      const oldest = this.signIns[this.signIns.length - this.policy.maxSignIns] ?? now;
      delay = Math.max(delay, oldest + this.policy.signInWindowMs - now);
    }
    const retryAt = now + delay;
    const generation = this.generation;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      if (generation !== this.generation) return;
      this.signIns.push(Date.now());
      this.hooks.restart().catch((error: unknown) => {
        if (generation !== this.generation) return;
        const f = toFailure(error);
        if (isRetryable(f) && this.policy.enabled)
          this.schedule({ reason: 'connectionLost', failure: f });
        else this.hooks.gaveUp(f);
      });
    }, delay);
    this.hooks.scheduled(retryAt, failure);
  }
}
