// Everything main serves, composed: stores, the account service, auto-away, event batching,
// and the request handlers the router calls. Electron and the web harness both build this.
import { MAX_PENDING_ADDED_BY } from '../msnp/limits';
import { mkdir } from 'node:fs/promises';
import type { FileTransfer, NetworkProfile } from '@shared/domain';
import type { AppEvent, EventBody, Snapshot } from '@shared/ipc/events';
import { isAppWideEvent } from '@shared/ipc/events';
import { settableStatusOr } from '@shared/domain';
import type { RequestHandlers } from '../ipc/router';
import { AccountService } from './account/account-service';
import type { ClientFactory } from './account/account-service';
import { AccountStore } from './stores/account-store';
import { AutoAwayController, realIntervalClock } from './account/auto-away';
import type { IdleSource, IntervalClock } from './account/auto-away';
import type { Desktop } from './desktop';
import { EventBatcher } from './event-batcher';
import { createHandlers } from './handlers';
import type { BatchTimer } from './event-batcher';
import { HistoryStore } from './history/history-store';
import { HistoryImporter } from './history/import/importer';
import { NicknameStore } from './stores/nickname-store';
import { OutgoingFiles } from './stores/outgoing-files';
import { PendingTrust } from './account/pending-trust';
import type { CorruptFileNotice } from './stores/json-file';
import { ProfileStore } from './stores/profile-store';
import { ProxySecrets } from './stores/proxy-secrets';
import type { SecretStore } from './stores/secret-store';
import { SettingsStore } from './stores/settings-store';
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
  /** Proxy passwords per network (the client factory reads them at sign-in). */
  proxySecrets: ProxySecrets;
  account: AccountService;
  settings: SettingsStore;
  accounts: AccountStore;
  history: HistoryStore;
  profiles: ProfileStore;
  nicknames: NicknameStore;
  snapshot(): Snapshot;
  /** Sign in with the first remembered account that asks for it (app start). */
  autoSignIn(): Promise<void>;
  /** Raises an event for every window; account events are stamped with the current sign-in. */
  emit(event: EventBody): void;
  dispose(): Promise<void>;
}

export async function createAppServices(options: AppServicesOptions): Promise<AppServices> {
  await mkdir(options.userDataDir, { recursive: true, mode: 0o700 });
  const batcher = new EventBatcher(options.deliver, options.batchMs ?? 25, options.batchTimer);
  const outgoing = await OutgoingFiles.open(options.userDataDir);
  const decorate = options.decorateTransfer ?? ((transfer: FileTransfer) => transfer);
  const deliver = (event: AppEvent): void => {
    if (event.type === 'transfer') {
      // A finished transfer's temporary file goes; windows see what the platform adds.
      outgoing.observe(event.transfer);
      batcher.push({ ...event, transfer: decorate(event.transfer) });
    } else {
      batcher.push(event);
    }
  };
  const emit = (event: EventBody): void =>
    deliver(isAppWideEvent(event) ? event : { ...event, epoch: account.epoch });
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
  const proxySecrets = await ProxySecrets.open(dir, options.secrets, onCorrupt);
  const history = new HistoryStore(dir);
  history.index.onError = () =>
    emit({
      type: 'notice',
      level: 'warning',
      text: 'The history search index could not be updated; it will be rebuilt on the next start.',
    });
  const importer = new HistoryImporter(
    {
      append: (entry) => history.append(entry),
      reindex: () => history.reindex(),
      dir: history.dir,
    },
    (progress) => emit({ type: 'historyImport', progress }),
  );
  const nicknames = await NicknameStore.open(dir, onCorrupt);
  const signedInEmail = (): string | null =>
    account.signedIn ? (account.self?.email ?? null) : null;
  const { desktop } = options;

  const account = new AccountService({
    clients: options.clients,
    accounts,
    history,
    desktop,
    settings: () => settings.get(),
    profile: (id) => profiles.get(id),
    emit: deliver,
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

  // Read from the protocol core each time: it is the only copy of the account's state.
  const snapshot = (): Snapshot => {
    const view = account.view;
    const chats = account.chats;
    return {
      epoch: account.epoch,
      ...view,
      // A window shows at most the prompt queue's worth; the rest is in Options → Privacy.
      pendingAddedBy: view.pendingAddedBy.slice(0, MAX_PENDING_ADDED_BY),
      ...chats,
      transfers: chats.transfers.map(decorate),
      ...appWide(),
    };
  };
  const appWide = () => ({
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
    importer,
    nicknames,
    outgoing,
    profiles,
    settings,
    emit,
    snapshot,
    signedInEmail,
    pendingTrust: new PendingTrust(),
    proxySecrets,
  });

  return {
    handlers,
    account,
    proxySecrets,
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
          status: settableStatusOr(remembered.status, 'NLN'),
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
      await history.close();
      await outgoing.dispose();
      batcher.flush();
    },
  };
}
