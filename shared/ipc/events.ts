// The event side of the IPC contract: main → renderer, one channel carrying a tagged union.
// Main is the source of truth; a window asks for a Snapshot, then applies these events.
import type {
  ChatMessage,
  Contact,
  Conversation,
  DeliveryState,
  FileTransfer,
  Group,
  MailState,
  NetworkProfile,
  Privacy,
  SelfProfile,
  SessionState,
} from '../domain';
import type { AccountId } from './account-id';
import type { ImportProgress } from './history';
// One saved message lives with the history contract; re-exported for the event side's users.
export type { HistoryEntry } from './history';
import type { NicknameMap } from './nicknames';
import type { Settings } from './settings';

export interface RememberedAccount {
  email: string;
  hasPassword: boolean;
  signInAutomatically: boolean;
  status: string;
  profileId: string;
}

/** What one sign-in holds: the account's part of a snapshot. */
export interface AccountState {
  /** This account's current sign-in (epochs are unique across accounts). */
  epoch: number;
  session: SessionState;
  self: SelfProfile | null;
  contacts: Contact[];
  groups: Group[];
  privacy: Privacy;
  mail: MailState;
  conversations: Conversation[];
  messages: ChatMessage[];
  transfers: FileTransfer[];
  /** E-mails of people who added me and whom I have not allowed or blocked yet. */
  pendingAddedBy: { email: string; name: string }[];
}

/** One signed-in account as main holds it (several may be signed in at once). */
export interface AccountSnapshot extends AccountState {
  account: AccountId;
  nicknames: NicknameMap;
}

/**
 * The app as main holds it. The account fields at the top (epoch, session, self, contacts, ...)
 * are the shown account's (`shown`), as before several accounts could be signed in;
 * `signedIn` has every account, the shown one included.
 */
export interface Snapshot extends AccountState {
  /**
   * The sign-in this snapshot belongs to (0 before the first one). Every sign-in is an epoch
   * (../shared/DESIGN.md, State and IPC): a window drops whatever it holds from an older one.
   */
  epoch: number;
  settings: Settings;
  profiles: NetworkProfile[];
  accounts: RememberedAccount[];
  /**
   * Notices raised before any window was there to hear them (e.g. a damaged settings file
   * set aside at start-up). Additive: absent means none.
   */
  notices?: { level: 'info' | 'warning' | 'error'; text: string }[];
  /**
   * Names only I see, for the signed-in account (contact e-mail in lower case → name).
   * Additive: absent means none.
   */
  nicknames?: NicknameMap;
  /** Where the app runs: Electron windows, or one page served by the web harness. */
  platform: 'electron' | 'web';
  /** The account the top-level fields describe (null before any sign-in). */
  shown: AccountId | null;
  /** Every account signed in or signing in, in the order they were signed in. */
  signedIn: AccountSnapshot[];
}

/** Events about one sign-in: what the account and its conversations did. */
export type AccountEventBody =
  | { type: 'session'; session: SessionState }
  | { type: 'self'; self: SelfProfile | null }
  /** Upserts, batched: a presence storm arrives as one event with many contacts. */
  | { type: 'contacts'; contacts: Contact[] }
  | { type: 'contactRemoved'; email: string }
  | { type: 'groups'; groups: Group[] }
  | { type: 'privacy'; privacy: Privacy }
  | { type: 'mail'; mail: MailState }
  | { type: 'addedBy'; email: string; name: string }
  | { type: 'removedBy'; email: string }
  | { type: 'conversation'; conversation: Conversation }
  | { type: 'message'; message: ChatMessage }
  | {
      type: 'messageState';
      conversationId: string;
      messageId: string;
      state: DeliveryState;
      error?: string;
    }
  | { type: 'typing'; conversationId: string; email: string; name: string }
  | { type: 'nudge'; conversationId: string; email: string; name: string; direction: 'in' | 'out' }
  | { type: 'participant'; conversationId: string; email: string; name: string; joined: boolean }
  | { type: 'transfer'; transfer: FileTransfer }
  /** The signed-in account's local nicknames, whole (sign-in, set, clear). */
  | { type: 'nicknames'; nicknames: NicknameMap }
  /** Ask the UI to show a conversation (embedded mode; Electron opens a window instead). */
  | { type: 'showConversation'; conversationId: string }
  /** Show an in-page toast (web mode; Electron shows a desktop notification instead). */
  | { type: 'toast'; toast: Toast }
  /** How an import of another client's logs is going. */
  | { type: 'historyImport'; progress: ImportProgress };

/**
 * An account event stamped with the account and the sign-in it belongs to (Snapshot.epoch):
 * one from an older sign-in of that account is dropped; one from a newer sign-in first drops
 * everything of that account's older one. Other accounts are not touched.
 */
export type AccountEvent = AccountEventBody & { epoch: number; account: AccountId };

/** Events about the app itself, true whichever account is signed in. */
export type AppWideEvent =
  | { type: 'settings'; settings: Settings }
  | { type: 'profiles'; profiles: NetworkProfile[] }
  | { type: 'accounts'; accounts: RememberedAccount[] }
  /** The account the main window shows changed (a switch, a sign-in, a sign-out). */
  | { type: 'shown'; account: AccountId | null }
  /**
   * A notice for the person (a server message, a damaged settings file set aside, ...). Not
   * stamped: a new sign-in clears the notices on screen anyway.
   */
  | { type: 'notice'; level: 'info' | 'warning' | 'error'; text: string }
  /** Play one of the app's sounds (ui-spec §5); main has already applied the user's choices. */
  | { type: 'sound'; sound: SoundName };

export type AppEvent = AccountEvent | AppWideEvent;

/** An event as main's parts raise it; the services stamp account events with the epoch. */
export type EventBody = AccountEventBody | AppWideEvent;

/** Every app-wide type (a Record, so adding one to the union without listing it fails tsc). */
const APP_WIDE_TYPES: Record<AppWideEvent['type'], true> = {
  settings: true,
  profiles: true,
  accounts: true,
  shown: true,
  notice: true,
  sound: true,
};

export function isAppWideEvent(event: EventBody | AppEvent): event is AppWideEvent {
  return Object.hasOwn(APP_WIDE_TYPES, event.type);
}

export type SoundName = 'signIn' | 'message' | 'mail' | 'nudge';

/** A toast (ui-spec §1.5); `conversationId` makes a click open that conversation. */
export interface Toast {
  id: string;
  kind: 'signIn' | 'message' | 'mail';
  title: string;
  text: string;
  conversationId?: string;
  /** Which account it is about (an AccountId), given when several are signed in. */
  account?: AccountId;
  /**
   * The variable parts, as they came: a page words the toast in its own language from these
   * (title and text are the English words, for the desktop notification).
   */
  subject?: { name?: string; unread?: number };
}

export type AppEventType = AppEvent['type'];
