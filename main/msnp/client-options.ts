// What an MsnClient is built with, and the state it reports (MsnClient.snapshot).
import type { Contact, Group, MailState, Privacy, SelfProfile, SessionState } from '@shared/domain';
import type { ClientConversationOptions } from './client-conversations';
import type { ContactListCache } from './contacts/cache';
import type { FileTransferNetworkOptions } from './filetransfer/msnftp-endpoint';
import type { ConnectionSetting } from './gateway/connection-setting';
import type { SwitchboardAddressOverride } from './notification/client-broker';
import type { KeepAliveOptions } from './notification/keepalive';
import type { PassportConfig } from './passport/ticket';

export interface MsnClientOptions {
  server: { host: string; port: number };
  passport: PassportConfig;
  cache?: ContactListCache;
  reconnect?: {
    enabled: boolean;
    baseDelayMs?: number;
    maxDelayMs?: number;
    shutdownDelayMs?: number;
    /** Additive: online this long before the backoff resets (default 60 s). */
    stableMs?: number;
    /** Additive: `XFR 0 NS` redirects in a row before giving up (default 3). */
    maxRedirects?: number;
    /** Additive: automatic sign-ins per window (default 6 per 10 min). */
    maxSignIns?: number;
    signInWindowMs?: number;
  };
  /** Where received files go (used by the conversation layer). */
  downloadDir?: string;
  /** Additive: keep-alive timings (msnp8/README.md §8). */
  keepAlive?: KeepAliveOptions;
  /** Additive: TCP connect and per-step timeouts. */
  timeouts?: { connectMs?: number; stepMs?: number };
  /** Additive (switchboard): MSNFTP listener address/port (switchboard.md §11.1). */
  fileTransfer?: FileTransferNetworkOptions;
  /** Additive: replace the switchboard host/port that XFR SB and RNG name (msnp8/README.md §11). */
  switchboardAddress?: SwitchboardAddressOverride | null;
  /** Direct TCP (default), the HTTP gateway, or automatic (http-gateway.md §4). */
  connection?: ConnectionSetting;
  /** Additive (switchboard): join/ack timeouts of conversations. */
  conversations?: ClientConversationOptions['conversations'];
}

export interface MsnClientSnapshot {
  session: SessionState;
  self: SelfProfile | null;
  contacts: Contact[];
  groups: Group[];
  privacy: Privacy;
  mail: MailState;
  pendingAddedBy: { email: string; name: string }[];
}
