// What the handlers of server pushes (incoming.ts) need from the notification session, and
// the session types both share. In a file of their own so that incoming.ts never imports
// session.ts (which imports incoming.ts).
// reference: msnp8/README.md §10 (state machine), §9.2 (OUT)
import type { NoticeThrottle } from '../limits';
import type { Failure, MailState, SelfProfile } from '@shared/domain';
import type { NotificationEvents } from '../client-events';
import type { MsnpCommand } from '../codec';
import type { ContactListState } from '../contacts/model';
import type { AddedBy, PresenceUpdate } from '../contacts/reducers';
import type { SwitchboardInvite } from '../switchboard/broker';
import type { ListOpsHost } from './list-ops';
import type { InitialProfile } from './profile';

export type NsState = 'idle' | 'connecting' | 'authenticating' | 'syncing' | 'online' | 'closed';

/** Why a session ended: the reconnect module decides from this. */
export type SessionEndReason =
  | 'signedOut'
  | 'failed'
  | 'signedInElsewhere'
  | 'serverShutdown'
  | 'connectionLost'
  /** login.md §4.1: an unsolicited `XFR 0 NS`; sign in again at `redirectTo`. */
  | 'redirected';

export interface SessionEnd {
  reason: SessionEndReason;
  failure?: Failure;
}

export interface PushHost extends ListOpsHost {
  readonly list: ContactListState;
  /** Says once per flood that the list is at its cap (limits.ts). */
  readonly listFull: NoticeThrottle;
  profile: InitialProfile | null;
  mail: MailState;
  outReason: string | null;
  readonly server: { host: string; port: number } | null;
  redirectTo: { host: string; port: number } | null;
  readonly ringListeners: ReadonlySet<(invite: SwitchboardInvite) => void>;
  /** The e-mail of the last LST of the SYN listing (contacts.md §2.2: late BPRs). */
  readonly synLastEmail: string | null;
  readonly selfEmail: string;
  request(name: string, params: readonly string[], payload?: string): Promise<MsnpCommand>;
  emit<K extends keyof NotificationEvents>(name: K, ...args: NotificationEvents[K]): boolean;
  queuePresence(update: PresenceUpdate): void;
  /** An `ADD 0 RL` push, applied with the others of its read (incoming.ts addedBy). */
  queueAddedBy(push: AddedBy): void;
  updateSelf(patch: Partial<SelfProfile>): void;
  end(reason: SessionEndReason, failure?: Failure): void;
  /** A server line that was not applied, and why (never crashes, never invents data). */
  dropped(reason: string, line: string): void;
}
