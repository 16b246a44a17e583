// Who sees whom, and the ILN/NLN/FLN traffic that follows from it.
// reference: presence.md §2 (first CHG turns presence on), §4 (ILN/NLN/FLN), §5 (privacy rules).
import { AL, BL, FL, keyOf, type Account, type Store } from './store';
import type { ResolvedVariations } from './variations';
import type { Wire } from './wire';

export const ONLINE_STATUSES: ReadonlySet<string> = new Set([
  'NLN',
  'BSY',
  'IDL',
  'BRB',
  'AWY',
  'PHN',
  'LUN',
  'HDN',
]);

/** The part of a notification session that presence needs. */
export interface PresenceSession {
  readonly account: Account;
  /** null until the first CHG (presence.md §2). */
  status: string | null;
  caps: number;
  readonly wire: Wire;
  /** What this watcher was last told about each contact (key → "status name caps"). */
  readonly shown: Map<string, string>;
}

export class Presence<S extends PresenceSession = PresenceSession> {
  private readonly sessions = new Map<string, S>();

  constructor(
    private readonly store: Store,
    private readonly variations: Pick<ResolvedVariations, 'noCapabilities'>,
    private readonly encodeName: (text: string) => string,
  ) {}

  session(email: string): S | undefined {
    return this.sessions.get(keyOf(email));
  }

  all(): S[] {
    return [...this.sessions.values()];
  }

  register(session: S): void {
    this.sessions.set(keyOf(session.account.email), session);
  }

  /** A session ended: its watchers get FLN. A replaced session does not unregister its successor. */
  unregister(session: S): void {
    if (this.sessions.get(keyOf(session.account.email)) !== session) return;
    this.sessions.delete(keyOf(session.account.email));
    this.refresh(session.account.email);
  }

  /** presence.md §5 rule 3: AL wins, then BL, then the target's BLP. */
  allows(target: Account, watcherEmail: string): boolean {
    const lists = this.store.entry(target, watcherEmail)?.lists ?? 0;
    if (lists & AL) return true;
    if (lists & BL) return false;
    return target.blp === 'AL';
  }

  /** Signed in, first CHG done and not HDN (presence.md §1, §5 rule 2). */
  visibleSession(email: string): S | undefined {
    const session = this.session(email);
    return session && session.status !== null && session.status !== 'HDN' ? session : undefined;
  }

  /** Can `target` be invited by `caller` (presence.md §5, switchboard.md §1.3)? */
  invitable(callerEmail: string, targetEmail: string): S | undefined {
    const target = this.visibleSession(targetEmail);
    return target && this.allows(target.account, callerEmail) ? target : undefined;
  }

  /** The first CHG: one ILN per visible FL contact, carrying the CHG's TrID (presence.md §4.1). */
  initialPresence(watcher: PresenceSession, trid: string): void {
    for (const entry of watcher.account.entries.values()) {
      if (entry.lists & FL) this.update(watcher, entry.email, trid);
    }
  }

  /** Everyone watching `email` is brought up to date (status, name or privacy changed). */
  refresh(email: string): void {
    for (const watcher of this.sessions.values()) this.update(watcher, email);
  }

  /** Sends NLN (or ILN with `trid`) / FLN to one watcher if what it knows about `email` changed. */
  update(watcher: PresenceSession, email: string, trid?: string): void {
    if (watcher.status === null) return; // no presence before the first CHG (presence.md §2)
    const key = keyOf(email);
    const target = this.visibleSession(email);
    const seen =
      target !== undefined &&
      ((this.store.entry(watcher.account, email)?.lists ?? 0) & FL) !== 0 &&
      this.allows(target.account, watcher.account.email);
    if (target && seen) {
      const name = this.encodeName(target.account.friendlyName);
      // msnp8/README.md §11.1: some servers leave out the capabilities field.
      const caps = this.variations.noCapabilities ? '' : ` ${target.caps}`;
      const state = `${target.status} ${target.account.email} ${name}${caps}`;
      if (watcher.shown.get(key) === state) return;
      watcher.shown.set(key, state);
      if (trid !== undefined) watcher.wire.write(`ILN ${trid} ${state}\r\n`);
      else watcher.wire.write(`NLN ${state}\r\n`);
    } else if (watcher.shown.delete(key)) {
      watcher.wire.send('FLN', this.store.get(email)?.email ?? email);
    }
  }
}
