// The seam of the local MSNP8 network: what tests start, control and read.
// Test infrastructure: a second, independent implementation of /work/shared/msnp8/,
// so nothing here may import from main/.
import type { GatewayFault, GatewayStats } from './gateway';
import type { ProfileName, ResolvedVariations, Variations } from './variations';

export interface AccountSeed {
  email: string;
  password: string;
  friendlyName?: string;
  /** Default [{ id: 0, name: 'Other Contacts' }]. */
  groups?: { id: number; name: string }[];
  /** lists bitmask FL=1 AL=2 BL=4 RL=8 (reference: contacts.md §1.1). */
  contacts?: { email: string; lists: number; groups?: number[]; storedName?: string }[];
  blp?: 'AL' | 'BL';
  gtc?: 'A' | 'N';
  /** login2.srf answers 302 to the second login endpoint (reference: login.md §5.4). */
  passportRedirect?: boolean;
}

export interface NetworkOptions {
  accounts?: AccountSeed[];
  /** Default true: the dispatch server redirects to the NS with XFR NS (login.md §4.1). */
  dispatch?: boolean;
  /** Start with the public TCP ports closed (a firewall); the HTTP gateway still works. */
  tcpBlocked?: boolean;
  /** A named set of variations (variations.ts): 'spec' (default) or 'revival' (all of them). */
  profile?: ProfileName;
  /** Single switches over the profile's, e.g. `{ noAck: true }` (test/server/README.md). */
  variations?: Variations;
  /**
   * Additive: the Passport server's certificate (login.md §5.6). Default 'valid'; the others
   * do not verify: 'unknownAuthority' (a CA nobody is given), 'notCa' (its root lacks
   * CA:TRUE; `caCertPem` is that root), 'expired', 'wrongHost' (issued for another name).
   */
  passportCertificate?: 'valid' | 'unknownAuthority' | 'notCa' | 'expired' | 'wrongHost';
  /**
   * Additive: the host name login2.srf redirects `passportRedirect` accounts to (default
   * 127.0.0.1, the same host; 'localhost' makes it another host for the client).
   */
  passportRedirectHost?: string;
}

/** What a hostile server does each time the account finishes signing in (first CHG). */
export type AfterSignIn = 'redirect' | 'drop' | null;

/** Counts of what the network saw, for tests that bound a client's behaviour. */
export interface NetworkCounters {
  /** Passport login2.srf requests, per account (lower-case e-mail). */
  passportLogins(email: string): number;
  /** Completed NS sign-ins (USR … OK), per account. */
  signIns(email: string): number;
}

/** Additive: one HTTP request the Passport server received. */
export interface PassportRequestRecord {
  path: string;
  authorization: string | null;
}

export type DropMode = 'now' | 'midLine' | 'midPayload';

export interface NetworkFaults {
  /** Drops the NS connection of that account, optionally after half a line or half a payload. */
  dropConnection(email: string, mode: DropMode): void;
  /** Delays every byte the servers send by `ms` (0 = off). */
  delayReplies(ms: number): void;
  /** Raw bytes to that account's NS connection. */
  sendRaw(email: string, data: string | Buffer): void;
  /** Passport answers 500 until reset with null. */
  passportStatus(status: 500 | null): void;
  /** Sends CHL; resolves true if the QRY answer was right (msnp8/README.md §7). */
  challenge(email: string): Promise<boolean>;
  /** OUT OTH to the current session (msnp8/README.md §9.2). */
  signInElsewhere(email: string): void;
  /** OUT SSD to everyone, then close. */
  shutdown(): Promise<void>;
  /** Additive: while on, XFR SB and CAL answer 280 (switchboard failed, errors.md). */
  switchboardFailure(on: boolean): void;
  /** Closes (true) or reopens the public TCP ports, like a firewall (http-gateway.md §4). */
  blockTcp(blocked: boolean): Promise<void>;
  /** The next response of every open gateway session ends it (`Session=close`, or a 400). */
  endGatewaySessions(fault: GatewayFault): void;
  /** Additive: after every sign-in of that account, `XFR 0 NS 0` ('redirect') or a drop. */
  afterSignIn(email: string, action: AfterSignIn): void;
  /**
   * Additive (fault matrix): while on, a switchboard closes the sender's connection when a
   * MSG arrives, before relaying or acknowledging it (messages in flight are never ACKed).
   */
  switchboardDropOnMessage(on: boolean): void;
  /** Additive (fault matrix): the next full SYN listing stops halfway and the NS closes. */
  dropNextSync(): void;
  /**
   * Additive (fault matrix): login2.srf answers `redirectLoop` (302 to itself, for ever) or
   * `hang` (never answers); null = normal.
   */
  passportMisbehaves(mode: 'redirectLoop' | 'hang' | null): void;
}

export interface LocalNetwork {
  host: '127.0.0.1';
  /** With `dispatch: false` this is the NS port (Escargot style, msnp8/README.md §1). */
  dispatchPort: number;
  nsPort: number;
  sbPort: number;
  /** https://127.0.0.1:<port>/rdr/pprdr.asp */
  nexusUrl: string;
  /** The login2.srf URL the nexus advertises. */
  loginUrl: string;
  /** The self-signed CA the Passport HTTPS server's certificate chains to. */
  caCertPem: string;
  /** The HTTP gateway: http://127.0.0.1:<gatewayPort>/gateway/gateway.dll */
  gatewayPort: number;
  gatewayStats(): GatewayStats;
  /** Additive: every request the Passport server received, in order. */
  passportRequests: readonly PassportRequestRecord[];
  /** Additive: SHA-256 fingerprint of the Passport server's certificate (AB:CD:… form). */
  passportFingerprint: string;
  addAccount(seed: AccountSeed): void;
  faults: NetworkFaults;
  counters: NetworkCounters;
  /** The variations this network plays (profile plus single switches). */
  variations: ResolvedVariations;
  stop(): Promise<void>;
}
