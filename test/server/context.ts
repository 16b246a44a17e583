// What every connection handler of one network instance shares.
import type { Presence, PresenceSession } from './presence';
import type { Store } from './store';
import type { Tickets } from './passport';
import type { SwitchboardHub } from './switchboard-hub';
import type { AfterSignIn } from './types';
import type { ResolvedVariations } from './variations';

/** What the network needs of a signed-in notification session (NsSession implements it). */
export interface SignedInSession extends PresenceSession {
  /** Server-initiated sign-out: OUT OTH / OUT SSD, then close (README §9.2). */
  signOut(reason: 'OTH' | 'SSD'): void;
  /** README §7: sends a challenge; resolves with whether the QRY answer was right. */
  sendChallenge(): Promise<boolean>;
}

export interface NetworkContext {
  readonly store: Store;
  readonly presence: Presence<SignedInSession>;
  readonly tickets: Tickets;
  readonly switchboards: SwitchboardHub;
  readonly host: '127.0.0.1';
  readonly ports: { dispatch: number; ns: number; sb: number; passport: number };
  delayMs(): number;
  /** faults.switchboardFailure: XFR SB and CAL answer 280. */
  switchboardFailure(): boolean;
  /** The server variations this network plays (variations.ts). */
  readonly variations: ResolvedVariations;
  /** Per-account counts (lower-case e-mail): Passport logins and NS sign-ins. */
  readonly counts: { passportLogins: Map<string, number>; signIns: Map<string, number> };
  afterSignIn(email: string): AfterSignIn;
  /** `host:port` of the switchboard as XFR SB and RNG name it (msnp8/README.md §11: a host name). */
  switchboardAddress(): string;
  /** A friendly name as this server encodes it (msnp8/README.md §5, §11.1). */
  encodeName(text: string): string;
  /** faults.switchboardDropOnMessage: an SB closes the sender's socket on MSG. */
  switchboardDropOnMessage(): boolean;
  /** faults.dropNextSync: true once, for the next full SYN listing (then it resets). */
  takeSyncDrop(): boolean;
}

export function bump(counts: Map<string, number>, email: string): void {
  const key = email.toLowerCase();
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

export const isTrid = (text: string | undefined): text is string =>
  text !== undefined && /^\d{1,10}$/.test(text);
