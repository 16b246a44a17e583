// Everything main serves, composed: stores, the account service, auto-away, event batching,
// and the request handlers the router calls. Electron and the web harness both build this.
import { mkdir } from 'node:fs/promises';
import type { FileTransfer, NetworkProfile } from '../../shared/domain';
import type { AppEvent, Snapshot } from '../../shared/ipc/events';
import type { RequestHandlers } from '../ipc/router';
import { AccountService } from './account-service';
import type { ClientFactory } from './account-service';
import { AccountStore } from './account-store';
import { AutoAwayController, realIntervalClock } from './auto-away';
import type { IdleSource, IntervalClock } from './auto-away';
import type { Desktop } from './desktop';
import { EventBatcher } from './event-batcher';
import { createHandlers } from './handlers';
import type { BatchTimer } from './event-batcher';
import { HistoryStore } from './history-store';
import { NicknameStore } from './nickname-store';
import { OutgoingFiles } from './outgoing-files';
import type { CorruptFileNotice } from './json-file';
import { ProfileStore } from './profile-store';
import type { SecretStore } from './secret-store';
import { SettingsStore } from './settings-store';
import { toBridgeError } from './service-error';

export interface AppServicesOptions {
  userDataDir: string;
  platform: Snapshot['platform'];
  /** The local demo network (replaces the built-in placeholder). */
  localProfile: NetworkProfile;
  secrets: SecretStore;
  desktop: Desktop;
  clients: ClientFactory;
  idle: IdleSource;
  /** Receives batched events for every window. */
  deliver: (events: AppEvent[]) => void;
  batchMs?: number;
  batchTimer?: BatchTimer;
  clock?: IntervalClock;
  autoAwayPollMs?: number;
  /** Wall clock (ms), for tests; default Date.now. */
  now?: () => number;
  /** Adds what this platform offers for a transfer (the web harness: a download link). */
  decorateTransfer?: (transfer: FileTransfer) => FileTransfer;
}

export interface AppServices {
  handlers: RequestHandlers;
  account: AccountService;
  settings: SettingsStore;
  accounts: AccountStore;
  history: HistoryStore;
  profiles: ProfileStore;
  nicknames: NicknameStore;
  snapshot(): Snapshot;
  /** Sign in with the first remembered account that asks for it (app start). */
  autoSignIn(): Promise<void>;
  emit(event: AppEvent): void;
  dispose(): Promise<void>;
}

export async function createAppServices(options: AppServicesOptions): Promise<AppServices> {
  await mkdir(options.userDataDir, { recursive: true, mode: 0o700 });
  const batcher = new EventBatcher(options.deliver, options.batchMs ?? 25, options.batchTimer);
  const outgoing = await OutgoingFiles.open(options.userDataDir);
  const decorate = options.decorateTransfer ?? ((transfer: FileTransfer) => transfer);
  const emit = (event: AppEvent): void => {
    if (event.type === 'transfer') {
      // A finished transfer's temporary file goes; windows see what the platform adds.
      outgoing.observe(event.transfer);
      batcher.push({ type: 'transfer', transfer: decorate(event.transfer) });
    } else {
      batcher.push(event);
    }
  };
  // Start-up notices also go into snapshots: no window is listening yet when they happen.
  const startupNotices: NonNullable<Snapshot['notices']> = [];
  const onCorrupt = (notice: CorruptFileNotice): void => {
    const text = `A damaged settings file was set aside (${notice.reason}); defaults are used instead.`;
    startupNotices.push({ level: 'warning', text });
    emit({ type: 'notice', level: 'warning', text });
  };
  const dir = options.userDataDir;
  const settings = await SettingsStore.open(dir, onCorrupt);
  const accounts = await AccountStore.open(dir, options.secrets, onCorrupt);
  const profiles = await ProfileStore.open(dir, options.localProfile, onCorrupt);
  const history = new HistoryStore(dir);
  const nicknames = await NicknameStore.open(dir, onCorrupt);
  const signedInEmail = (): string | null =>
    account.signedIn ? (account.state.self?.email ?? null) : null;
  const { desktop } = options;

  const account = new AccountService({
    clients: options.clients,
    accounts,
    history,
    desktop,
    settings: () => settings.get(),
    profile: (id) => profiles.get(id),
    emit,
    now: options.now,
    nickname: (contact) => {
      const email = signedInEmail();
      return email ? nicknames.get(email, contact) : undefined;
    },
    onSignedIn: (profileId) => {
      const email = signedInEmail();
      if (email) emit({ type: 'nicknames', nicknames: nicknames.forAccount(email) });
      if (settings.get().lastProfileId !== profileId) {
        settings.update({ lastProfileId: profileId }).then(
          (next) => emit({ type: 'settings', settings: next }),
          // Nothing waits on this save: say why it did not happen rather than reject unheard.
          (error: unknown) =>
            emit({ type: 'notice', level: 'warning', text: toBridgeError(error).message }),
        );
      }
    },
  });

  const autoAway = new AutoAwayController({
    idle: options.idle,
    clock: options.clock ?? realIntervalClock,
    settings: () => settings.get(),
    status: () => account.selfStatus,
    setStatus: (status) => account.setStatus(status),
    pollMs: options.autoAwayPollMs,
  });
  autoAway.start();

  const snapshot = (): Snapshot => ({
    session: account.state.session,
    self: account.state.self,
    contacts: [...account.state.contacts.values()],
    groups: account.state.groups,
    privacy: account.state.privacy,
    mail: account.state.mail,
    conversations: [...account.state.conversations.values()],
    messages: account.state.allMessages(),
    transfers: [...account.state.transfers.values()].map(decorate),
    pendingAddedBy: account.state.pendingAddedBy,
    settings: settings.get(),
    profiles: profiles.list(),
    accounts: accounts.list(),
    nicknames: (() => {
      const email = signedInEmail();
      return email ? nicknames.forAccount(email) : {};
    })(),
    ...(startupNotices.length > 0 ? { notices: [...startupNotices] } : {}),
    platform: options.platform,
  });

  const handlers = createHandlers({
    account,
    accounts,
    autoAway,
    desktop,
    history,
    nicknames,
    outgoing,
    profiles,
    settings,
    emit,
    snapshot,
    signedInEmail,
  });

  return {
    handlers,
    account,
    settings,
    accounts,
    history,
    profiles,
    nicknames,
    snapshot,
    emit,
    async autoSignIn() {
      const remembered = accounts.list().find((a) => a.signInAutomatically && a.hasPassword);
      if (!remembered || account.signedIn) return;
      await account
        .signIn({
          email: remembered.email,
          status: toStatus(remembered.status),
          profileId: remembered.profileId,
          rememberMe: true,
          rememberPassword: true,
          signInAutomatically: true,
        })
        .catch(() => undefined); // the failure is already on screen as a session event
    },
    async dispose() {
      autoAway.stop();
      await account.signOut().catch(() => undefined);
      await history.settle();
      await outgoing.dispose();
      batcher.flush();
    },
  };
}

const SETTABLE = ['NLN', 'BSY', 'IDL', 'BRB', 'AWY', 'PHN', 'LUN', 'HDN'] as const;
const toStatus = (status: string): (typeof SETTABLE)[number] =>
  SETTABLE.find((s) => s === status) ?? 'NLN';
