// Everything main serves, composed: stores, the account services (one per signed-in account,
// in an AccountRegistry), auto-away per account, event batching, and the request handlers the
// router calls. Electron and the web harness both build this.
import { MAX_PENDING_ADDED_BY } from '../msnp/limits';
import { mkdir } from 'node:fs/promises';
import type { FileTransfer, NetworkProfile } from '@shared/domain';
import type { AppEvent, EventBody, Snapshot } from '@shared/ipc/events';
import { isAppWideEvent } from '@shared/ipc/events';
import { settableStatusOr } from '@shared/domain';
import { accountIdOf } from '@shared/ipc/account-id';
import type { RequestHandlers } from '../ipc/router';
import { AccountRegistry, MAX_SIGNED_IN_ACCOUNTS } from './account/account-registry';
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
  /** Every signed-in account. */
  registry: AccountRegistry;
  /** The account the main window shows (the only one while one is signed in). */
  readonly account: AccountService;
  settings: SettingsStore;
  accounts: AccountStore;
  history: HistoryStore;
  profiles: ProfileStore;
  nicknames: NicknameStore;
  snapshot(): Snapshot;
  /** Sign in with every remembered account that asks for it (app start), together. */
  autoSignIn(): Promise<void>;
  /** Raises an event for every window; account events are stamped with the shown account. */
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
  // An account event is stamped by its account: a toast names it, a conversation has one;
  // anything else raised without naming one is the shown account's.
  const emit = (event: EventBody): void => {
    if (isAppWideEvent(event)) return deliver(event);
    const owner =
      event.type === 'toast'
        ? registry.all().find((service) => service.id === event.toast.account)
        : event.type === 'showConversation'
          ? registry.all().find((service) => service.owns(event.conversationId))
          : undefined;
    (owner ?? registry.shown).emit(event);
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
  const { desktop } = options;

  const createAccount = (nextEpoch: () => number, severalSignedIn: () => boolean) => {
    const service = new AccountService({
      clients: options.clients,
      accounts,
      history,
      desktop,
      settings: () => settings.get(),
      profile: (id) => profiles.get(id),
      emit: deliver,
      now: options.now,
      nickname: (contact, self) => nicknames.get(self, contact),
      nicknames: (self) => nicknames.forAccount(self),
      nextEpoch,
      severalSignedIn,
      onSignedIn,
    });
    // Auto-away per account: each has its own status (ui-spec §2, Inactivity).
    const autoAway = new AutoAwayController({
      idle: options.idle,
      clock: options.clock ?? realIntervalClock,
      settings: () => settings.get(),
      status: () => service.selfStatus,
      setStatus: (status) => service.setStatus(status),
      pollMs: options.autoAwayPollMs,
    });
    return { service, autoAway };
  };
  const onSignedIn = (profileId: string, service: AccountService): void => {
    const email = service.self?.email;
    if (email) service.emit({ type: 'nicknames', nicknames: nicknames.forAccount(email) });
    if (settings.get().lastProfileId !== profileId) {
      settings.update({ lastProfileId: profileId }).then(
        (next) => emit({ type: 'settings', settings: next }),
        // Nothing waits on this save: say why it did not happen rather than reject unheard.
        (error: unknown) =>
          emit({ type: 'notice', level: 'warning', text: toBridgeError(error).message }),
      );
    }
  };
  const registry = new AccountRegistry({
    create: createAccount,
    shownChanged: (account) => emit({ type: 'shown', account }),
  });

  // Read from the protocol core each time: it is the only copy of the account's state.
  const snapshot = (): Snapshot => {
    const account = registry.shown;
    const view = account.view;
    const chats = account.chats;
    const capped = <T extends { pendingAddedBy: unknown[]; transfers: FileTransfer[] }>(
      part: T,
    ): T => ({
      ...part,
      // A window shows at most the prompt queue's worth; the rest is in Options → Privacy.
      pendingAddedBy: part.pendingAddedBy.slice(0, MAX_PENDING_ADDED_BY),
      transfers: part.transfers.map(decorate),
    });
    return {
      epoch: account.epoch,
      ...view,
      // A window shows at most the prompt queue's worth; the rest is in Options → Privacy.
      pendingAddedBy: view.pendingAddedBy.slice(0, MAX_PENDING_ADDED_BY),
      ...chats,
      transfers: chats.transfers.map(decorate),
      ...appWide(),
      shown: account.id,
      signedIn: registry.all().flatMap((service) => {
        const part = service.accountSnapshot();
        return part ? [capped(part)] : [];
      }),
    };
  };
  const appWide = () => ({
    settings: settings.get(),
    profiles: profiles.list(),
    accounts: accounts.list(),
    nicknames: (() => {
      const email = registry.shown.signedIn ? registry.shown.self?.email : undefined;
      return email ? nicknames.forAccount(email) : {};
    })(),
    ...(startupNotices.length > 0 ? { notices: [...startupNotices] } : {}),
    platform: options.platform,
  });

  const handlers = createHandlers({
    registry,
    accounts,
    desktop,
    history,
    importer,
    nicknames,
    outgoing,
    profiles,
    settings,
    emit,
    snapshot,
    pendingTrust: new PendingTrust(),
    proxySecrets,
  });

  return {
    handlers,
    registry,
    get account() {
      return registry.shown;
    },
    proxySecrets,
    settings,
    accounts,
    history,
    profiles,
    nicknames,
    snapshot,
    emit,
    async autoSignIn() {
      if (registry.signedIn().length > 0) return;
      const marked = accounts
        .list()
        .filter((a) => a.signInAutomatically && a.hasPassword)
        .slice(0, MAX_SIGNED_IN_ACCOUNTS);
      // One after another (remembered accounts are listed most recent first); each is shown
      // as it starts, so the last used is shown again at the end. A failure is already on
      // screen as that account's session event.
      for (const remembered of marked) {
        await registry
          .signIn({
            email: remembered.email,
            status: settableStatusOr(remembered.status, 'NLN'),
            profileId: remembered.profileId,
            rememberMe: true,
            rememberPassword: true,
            signInAutomatically: true,
          })
          .catch(() => undefined);
      }
      const first = marked[0];
      const firstId = first ? accountIdOf(first.profileId, first.email) : null;
      if (firstId && registry.signedIn().some((s) => s.id === firstId)) registry.show(firstId);
    },
    async dispose() {
      await registry.dispose();
      await history.close();
      await outgoing.dispose();
      batcher.flush();
    },
  };
}
