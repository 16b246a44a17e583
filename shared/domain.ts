// Domain types shared by main, preload and renderer. Plain data only: these cross IPC.
// Protocol facts are cited from ../shared/msnp8 (reference: presence.md §1, contacts.md §1).
import type { FailureReason } from './failure-messages';

/**
 * Statuses a user can choose with CHG (FLN is not settable: error 201). The one list of them:
 * request schemas, the core and the shell all read it (reference: presence.md §1, §2).
 */
export const SETTABLE_STATUSES = ['NLN', 'BSY', 'BRB', 'AWY', 'PHN', 'LUN', 'HDN', 'IDL'] as const;

export type SettableStatus = (typeof SETTABLE_STATUSES)[number];

/** MSNP8 status codes (reference: presence.md §1). `FLN` means offline / not visible. */
export type Status = SettableStatus | 'FLN';

export function isSettableStatus(value: string | undefined): value is SettableStatus {
  return (SETTABLE_STATUSES as readonly (string | undefined)[]).includes(value);
}

/** `value` when it is a settable status (e.g. read back from a file), else `fallback`. */
export function settableStatusOr(value: string, fallback: SettableStatus): SettableStatus {
  return isSettableStatus(value) ? value : fallback;
}

/** List bits (reference: contacts.md §1.1). */
export const ListBit = { FL: 1, AL: 2, BL: 4, RL: 8 } as const;
export type ListName = keyof typeof ListBit;

export interface ContactPhones {
  home?: string;
  work?: string;
  mobile?: string;
  /** BPR MOB: the contact can be paged on a mobile device. */
  mobileEnabled?: boolean;
}

export interface Contact {
  email: string;
  /** Current friendly name, decoded (from ILN/NLN, else the stored name, else the e-mail). */
  friendlyName: string;
  /** Bitmask of ListBit values. */
  lists: number;
  /** Group ids (FL entries only). */
  groupIds: number[];
  status: Status;
  /** Client capabilities number as seen in ILN/NLN (reference: presence.md §3). */
  capabilities: number;
  phones: ContactPhones;
}

export interface Group {
  id: number;
  name: string;
}

/** BLP: who may see people on neither AL nor BL; GTC: prompt when someone adds me. */
export interface Privacy {
  blp: 'AL' | 'BL';
  gtc: 'A' | 'N';
}

export interface SelfProfile {
  email: string;
  friendlyName: string;
  verified: boolean;
  status: Status;
  /** Own phone numbers (PRP). */
  phones: ContactPhones;
}

/** Structured X-MMS-IM-Format (reference: switchboard.md §7.1). */
export interface MessageFormat {
  font: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strikethrough: boolean;
  /** CSS colour `#RRGGBB` (the wire's COLORREF byte order is handled by the core). */
  color: string;
  /** Windows charset id (CS), as a number. */
  charset: number;
  /** Pitch and family byte (PF), as a number. */
  pitchFamily: number;
  rightToLeft: boolean;
}

export const DEFAULT_FORMAT: MessageFormat = {
  font: 'Segoe UI',
  bold: false,
  italic: false,
  underline: false,
  strikethrough: false,
  color: '#000000',
  charset: 0,
  pitchFamily: 0x22,
  rightToLeft: false,
};

/**
 * `unconfirmed`: sent, but the server neither confirmed nor refused it (no ACK or NAK at
 * all, msnp8/README.md §11.1): it has probably arrived; shown muted, with a resend offered.
 * `failed`: refused (NAK) or not sent.
 */
export type DeliveryState = 'sending' | 'delivered' | 'unconfirmed' | 'failed';

export interface ChatMessage {
  /** Unique per conversation; for outgoing messages this is the client id. */
  id: string;
  conversationId: string;
  direction: 'in' | 'out';
  from: string;
  fromName: string;
  text: string;
  format: MessageFormat | null;
  /** Epoch milliseconds. */
  time: number;
  /** Outgoing only. */
  state?: DeliveryState;
  /** Outgoing failures: a sentence for the person. */
  error?: string;
}

export type ConversationState = 'connecting' | 'ready' | 'idle' | 'closed';

export interface Conversation {
  id: string;
  /** Other participants currently in the conversation (or last known, when idle). */
  participants: string[];
  state: ConversationState;
  /** Error for the whole conversation, e.g. contact offline (217). */
  error?: string;
  /** The signed-in account it belongs to (an AccountId; main stamps it). */
  account?: string;
}

export type FileTransferState =
  | 'offered'
  | 'accepted'
  | 'connecting'
  | 'transferring'
  | 'completed'
  | 'declined'
  | 'cancelled'
  | 'failed';

export interface FileTransfer {
  id: string;
  conversationId: string;
  direction: 'in' | 'out';
  peer: string;
  fileName: string;
  size: number;
  transferred: number;
  state: FileTransferState;
  /** Where a received file was saved. */
  savedPath?: string;
  /**
   * Web harness only: a same-origin link that downloads a file this session received (an
   * unguessable token, served only to the harness's own page).
   */
  downloadUrl?: string;
  error?: string;
}

/** Where the notification session is (reference: msnp8/README.md §10). */
export type SessionPhase =
  'signedOut' | 'connecting' | 'authenticating' | 'syncing' | 'online' | 'reconnecting';

/** Typed sign-in / disconnect outcomes (../shared/DESIGN.md, Errors). */
export type FailureKind =
  | 'badCredentials'
  | 'unknownAccount'
  | 'unreachable'
  | 'tlsRejected'
  | 'certificateChanged'
  | 'protocol'
  | 'serverBusy'
  | 'signedInElsewhere'
  | 'serverShutdown'
  | 'connectionLost'
  | 'timeout';

export type { FailureReason };

export interface Failure {
  kind: FailureKind;
  /** Plain-language text for a person, with what to do (English). */
  message: string;
  /**
   * Which fixed sentence `message` is (shared/failure-messages.ts), so a renderer can say it in
   * its own language; absent when the words are specific (a server's error text, a proxy's).
   */
  reason?: FailureReason;
  /** MSNP error code, when the server sent one. */
  code?: number;
  /**
   * tlsRejected / certificateChanged: the certificate the server showed (login.md §5.6), so a
   * person can decide to trust it; never present for other kinds.
   */
  certificate?: CertificateDetails;
  /** certificateChanged: the fingerprint stored with the network (grouped hex). */
  pinnedSha256?: string;
}

/** Why a certificate did not verify, as a word the renderer turns into a sentence. */
export type CertificateProblem =
  | 'unknownAuthority'
  | 'selfSigned'
  | 'notCa'
  | 'expired'
  | 'notYetValid'
  | 'wrongHost'
  | 'pinChanged'
  | 'other';

/** A server certificate as shown to a person before they trust it (login.md §5.6). */
export interface CertificateDetails {
  host: string;
  port: number;
  subject: string;
  issuer: string;
  /** ISO 8601. */
  validFrom: string;
  validTo: string;
  /** SHA-256 of the DER certificate, upper-case hex grouped by colons. */
  sha256: string;
  problem: CertificateProblem;
  /** The TLS library's code (e.g. INVALID_PURPOSE), for the curious and for reports. */
  code: string;
}

export interface SessionState {
  phase: SessionPhase;
  /** Human step while signing in, e.g. "Contacting the server". */
  step?: string;
  failure?: Failure;
  /** While reconnecting: when the next attempt happens (epoch ms). */
  retryAt?: number;
  /** Online: how this sign-in reached the servers (msnp8 http-gateway.md §4). */
  via?: 'direct' | 'gateway';
}

export interface MailState {
  inboxUnread: number;
  foldersUnread: number;
}

/**
 * How a network's servers are reached (msnp8 http-gateway.md §4, §5): directly over TCP, the
 * HTTP gateway, or automatic (direct, and the gateway for the sign-in when TCP cannot open).
 */
export interface NetworkConnection {
  mode: 'automatic' | 'direct' | 'gateway';
  /** The HTTP gateway as `host[:port]`; empty: the network's host, port 80. */
  gateway?: string | null;
  proxy?: NetworkProxy | null;
}

/** A proxy in front of every connection; its password is kept apart, like account passwords. */
export interface NetworkProxy {
  kind: 'socks5' | 'socks4a' | 'http';
  host: string;
  port: number;
  username?: string | null;
}

/** A network profile: where to sign in (reference: msnp8/README.md §1.1). */
export interface NetworkProfile {
  id: string;
  name: string;
  host: string;
  port: number;
  /** Passport nexus URL, or null when the network has a fixed login URL. */
  nexusUrl: string | null;
  /** Fixed login URL (used when nexusUrl is null). */
  loginUrl: string | null;
  /** Extra trusted CA certificate (PEM), for networks with their own authority. */
  caCertPem: string | null;
  /** Pinned SHA-256 fingerprint of the login server's certificate (hex, colon-separated). */
  pinnedCertSha256: string | null;
  /**
   * Optional `host:port` that replaces the switchboard address XFR SB and RNG name
   * (msnp8/README.md §11), for networks whose switchboard host does not resolve from here.
   */
  switchboardAddress?: string | null;
  /**
   * Other host names this network's Passport may send the sign-in to (a redirect, a login
   * server named by the nexus). The CA and pin apply only to the network's own hosts.
   */
  passportHosts?: string[] | null;
  /** How the servers are reached; absent: automatic (msnp8 http-gateway.md §4). */
  connection?: NetworkConnection | null;
  builtIn: boolean;
  /** True when the preset's endpoints are not verified against the live network. */
  unverified?: boolean;
}

/** The steps of Test connection (Options → Connection), in the order they run. */
export type ConnectionTestStepName =
  'connect' | 'version' | 'account' | 'redirect' | 'nexus' | 'login';

export interface ConnectionTestStep {
  step: ConnectionTestStepName;
  ok: boolean;
  /** How long the step took, in milliseconds. */
  ms: number;
  /** What it found (an address, a reply) or why it failed, in plain words. */
  detail: string;
  /** A certificate that did not verify (the nexus or login step). */
  certificate?: CertificateDetails;
}

export interface ConnectionTestResult {
  ok: boolean;
  steps: ConnectionTestStep[];
}
