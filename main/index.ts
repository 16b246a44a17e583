// Electron entry point: kept thin. The services live beside it and are tested without Electron.
import { app } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ElectronTransport } from './ipc/electron-transport';
import { createRouter } from './ipc/router';
import { createElectronDesktop, systemIdleSource } from './electron/desktop-integration';
import { SafeStorageSecretStore } from './electron/safe-storage-secret-store';
import { AppTray } from './electron/tray';
import { WindowManager } from './electron/window-manager';
import { readLaunchEnv } from './launch-env';
import type { TrayView } from './windows/tray-menu';
import type { AppEvent } from '../shared/ipc/events';
import { ListBit } from '../shared/domain';
import { createAppServices } from './services/app-services';
import type { AppServices } from './services/app-services';
import { createClientFactory } from './services/msn-client-factory';
import { DEFAULT_LOCAL_PROFILE } from './services/profile-store';
import { WindowStateStore } from './windows/window-state';

const launch = readLaunchEnv(process.env);
if (launch.userDataDir) app.setPath('userData', launch.userDataDir);

// Single instance: a second launch focuses the first (its 'second-instance' handler).
if (!app.requestSingleInstanceLock()) app.quit();
else void app.whenReady().then(start);

async function start(): Promise<void> {
  const userDataDir = app.getPath('userData');
  const rendererUrl =
    process.env['ELECTRON_RENDERER_URL'] ??
    pathToFileURL(join(import.meta.dirname, '../renderer/index.html')).toString();
  const trayIcon = app.isPackaged
    ? join(process.resourcesPath, 'tray.png')
    : join(import.meta.dirname, '../../build/icons/32x32.png');

  let services: AppServices | null = null;
  const notice = (text: string): void => services?.emit({ type: 'notice', level: 'warning', text });
  const windows = new WindowManager({
    preloadPath: join(import.meta.dirname, '../preload/index.cjs'),
    rendererUrl,
    state: await WindowStateStore.open(userDataDir, () => undefined),
    onConversationClosed: (id) => services?.account.leaveConversation(id),
    keepInTray: () => !!services?.account.signedIn && services.settings.get().runInBackground,
    onFirstHideToTray: () =>
      services?.emit({
        type: 'notice',
        level: 'info',
        text: 'Tweener is still running. To sign out or exit, right-click its icon.',
      }),
  });
  const transport = new ElectronTransport(rendererUrl);
  const tray = new AppTray(trayIcon, {
    open: () => windows.showMain(),
    toggle: () => windows.toggleMain(),
    setStatus: (status) =>
      fromTray(() => services?.handlers['session:setStatus']({ status }, traySender)),
    signOut: () => fromTray(() => services?.account.signOut()),
    message: (email) =>
      fromTray(() => services?.handlers['conversations:open']({ contacts: [email] }, traySender)),
    exit: () => app.quit(),
  });

  services = await createAppServices({
    userDataDir,
    platform: 'electron',
    localProfile: launch.profile ?? DEFAULT_LOCAL_PROFILE,
    secrets: new SafeStorageSecretStore(),
    desktop: createElectronDesktop(windows, (event) => services?.emit(event)),
    clients: createClientFactory({
      userDataDir,
      downloadDir: () => services?.settings.get().downloadFolder || app.getPath('downloads'),
      onCorrupt: (n) => notice(`A damaged contact list cache was set aside (${n.reason}).`),
    }),
    idle: systemIdleSource,
    deliver: (events) => {
      transport.broadcast(events);
      const changed = (e: AppEvent): boolean =>
        e.type === 'session' || e.type === 'self' || e.type === 'contacts';
      if (services && events.some(changed)) tray.update(trayView(services));
    },
  });
  transport.serve(createRouter(services.handlers));

  for (const account of launch.demoAccounts) {
    await services.accounts.remember(
      { email: account.email, profileId: 'local-demo', status: 'NLN', signInAutomatically: false },
      account.password,
    );
  }

  app.on('second-instance', () => windows.showMain());
  app.on('activate', () => windows.showMain());
  app.on('before-quit', () => windows.prepareToQuit());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin' || !services?.account.signedIn) app.quit();
  });
  let disposed = false;
  app.on('will-quit', (event) => {
    if (disposed || !services) return;
    event.preventDefault();
    disposed = true;
    tray.destroy();
    void services.dispose().finally(() => app.quit());
  });

  windows.showMain();
  void services.autoSignIn();
}

function trayView(services: AppServices): TrayView {
  const { state } = services.account;
  const signedIn = state.session.phase !== 'signedOut';
  const online = [...state.contacts.values()]
    .filter((c) => c.status !== 'FLN' && (c.lists & ListBit.FL) !== 0)
    .map((c) => ({ email: c.email, name: c.friendlyName }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return {
    signedIn,
    name: state.self?.friendlyName ?? null,
    status: signedIn ? (state.self?.status ?? null) : null,
    online: signedIn ? online : [],
  };
}

/** A tray action that fails (signed out meanwhile, network gone) shows in the windows' state. */
function fromTray(action: () => unknown): void {
  void (async () => action())().catch(() => undefined);
}

/** Requests made from the tray menu rather than a window. */
const traySender = { transport: 'electron' as const, senderId: -1 };
