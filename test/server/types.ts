// The agreed seam of the local MSNP8 network (team brief, "Local MSNP8 network").
// Test infrastructure: a second, independent implementation of /work/shared/msnp8/,
// so nothing here may import from main/.

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
  /** Sends CHL; resolves true if the QRY answer was right (README §7). */
  challenge(email: string): Promise<boolean>;
  /** OUT OTH to the current session (README §9.2). */
  signInElsewhere(email: string): void;
  /** OUT SSD to everyone, then close. */
  shutdown(): Promise<void>;
  /** Additive: while on, XFR SB and CAL answer 280 (switchboard failed, errors.md). */
  switchboardFailure(on: boolean): void;
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
  /** With `dispatch: false` this is the NS port (Escargot style, README §1). */
  dispatchPort: number;
  nsPort: number;
  sbPort: number;
  /** https://127.0.0.1:<port>/rdr/pprdr.asp */
  nexusUrl: string;
  /** The login2.srf URL the nexus advertises. */
  loginUrl: string;
  /** The self-signed CA the Passport HTTPS server's certificate chains to. */
  caCertPem: string;
  addAccount(seed: AccountSeed): void;
  faults: NetworkFaults;
  stop(): Promise<void>;
}
