// Electron entry point: kept thin. The services live beside it and are tested without Electron;
// the decisions taken here are pure functions in windows/ (app-paths, lifecycle, tray-menu).
import { app, dialog, Menu, nativeTheme, powerMonitor, session } from 'electron';
import { registerAppScheme, serveApp } from './electron/app-protocol';
import { ElectronTransport } from './ipc/electron-transport';
import { createRouter } from './ipc/router';
import { createElectronDesktop, systemIdleSource } from './electron/desktop-integration';
import { hardenSession, hardenWebContents } from './electron/harden';
import { SafeStorageSecretStore } from './electron/safe-storage-secret-store';
import { AppTray } from './electron/tray';
import { WindowManager } from './electron/window-manager';
import { readLaunchEnv } from './launch-env';
import { passportHostOf } from './services/account/passport-host';
import {
  APP_USER_MODEL_ID,
  preloadPath,
  rendererDir,
  resolveRendererUrl,
  trayIconPath,
} from './windows/app-paths';
import { packagedMenuTemplate } from './windows/app-menu';
import { QUIT_DEADLINE_MS, quitWhenAllWindowsClosed, settleWithin } from './windows/lifecycle';
import { trayChangedBy, trayView } from './windows/tray-menu';
import { isDarkTheme } from './windows/window-options';
import { createAppServices } from './services/app-services';
import type { AppServices } from './services/app-services';
import { createClientFactory } from './services/account/msn-client-factory';
import { DEFAULT_LOCAL_PROFILE } from './services/stores/profile-store';
import { WindowStateStore } from './windows/window-state';

const launch = readLaunchEnv(process.env);
// Before the lock: the single-instance lock is per user-data folder, so the demo's
// throw-away folder lets it run beside an installed Tweener.
if (launch.userDataDir) app.setPath('userData', launch.userDataDir);

let windows: WindowManager | null = null;
const mainDir = import.meta.dirname;
// The app's page: app://tweener/ (or the dev server when unpackaged). Known before 'ready' so
// the navigation guard of the very first webContents checks against it.
const rendererUrl = resolveRendererUrl({ env: process.env, isPackaged: app.isPackaged });

// Single instance: a second launch quits at once and focuses the first.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Privileged schemes are only taken before 'ready'.
  registerAppScheme();
  // Every webContents, from the first: windows, and anything created later.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, rendererUrl));
  // Registered now, not after start-up: a second launch during start-up still finds us.
  app.on('second-instance', () => windows?.showMain());
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      // Never a running app with no window and no way out.
      dialog.showErrorBox(
        'Tweener could not start',
        error instanceof Error ? error.message : String(error),
      );
      app.exit(1);
    });
}

async function start(): Promise<void> {
  hardenSession(session.defaultSession);
  serveApp(rendererDir(mainDir));
  // Packaged: no reload or DevTools shortcuts (Electron's default menu has both).
  if (app.isPackaged)
    Menu.setApplicationMenu(Menu.buildFromTemplate(packagedMenuTemplate(process.platform)));
  if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);
  const userDataDir = app.getPath('userData');

  let services: AppServices | null = null;
  const notice = (text: string): void => services?.emit({ type: 'notice', level: 'warning', text });
  const manager = new WindowManager({
    preloadPath: preloadPath(mainDir),
    rendererUrl,
    devTools: !app.isPackaged,
    state: await WindowStateStore.open(userDataDir, () => undefined),
    onConversationClosed: (id) => services?.account.leaveConversation(id),
    keepInTray: () => !!services?.account.signedIn && services.settings.get().runInBackground,
    darkBackground: () =>
      isDarkTheme(services?.settings.get().theme ?? 'system', nativeTheme.shouldUseDarkColors),
    onFirstHideToTray: () =>
      services?.emit({
        type: 'notice',
        level: 'info',
        text: 'Tweener is still running. To sign out or exit, right-click its icon.',
      }),
  });
  windows = manager;
  const transport = new ElectronTransport(rendererUrl);
  const tray = new AppTray(
    trayIconPath({ isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, mainDir }),
    {
      open: () => manager.showMain(),
      toggle: () => manager.toggleMain(),
      setStatus: (status) =>
        fromTray(() => services?.handlers['session:setStatus']({ status }, traySender)),
      // The tray stands for the whole app: with several accounts, it signs every one out.
      signOut: () => fromTray(() => services?.registry.signOutAll()),
      message: (email) =>
        fromTray(() => services?.handlers['conversations:open']({ contacts: [email] }, traySender)),
      exit: () => app.quit(),
    },
  );

  services = await createAppServices({
    userDataDir,
    platform: 'electron',
    localProfile: launch.profile ?? DEFAULT_LOCAL_PROFILE,
    // safeStorage is asked only from here on, after 'ready' (it is unavailable before).
    secrets: new SafeStorageSecretStore(),
    desktop: createElectronDesktop(manager, (event) => services?.emit(event)),
    clients: createClientFactory({
      userDataDir,
      downloadDir: () => services?.settings.get().downloadFolder || app.getPath('downloads'),
      onCorrupt: (n) => notice(`A damaged contact list cache was set aside (${n.reason}).`),
      proxyPassword: (profileId) => services?.proxySecrets.password(profileId) ?? null,
    }),
    idle: systemIdleSource,
    deliver: (events) => {
      transport.broadcast(events);
      if (services && trayChangedBy(events)) tray.update(trayView(services.account.view));
    },
  });
  transport.serve(createRouter(services.handlers));

  for (const account of launch.demoAccounts) {
    await services.accounts.remember(
      { email: account.email, profileId: 'local-demo', status: 'NLN', signInAutomatically: false },
      account.password,
      passportHostOf(launch.profile ?? DEFAULT_LOCAL_PROFILE),
    );
  }

  app.on('activate', () => manager.showMain());
  // From here windows close for real (the main window's close handler stops hiding it).
  app.on('before-quit', () => manager.prepareToQuit());
  // Linux and macOS shutting down: quit cleanly (sign out) rather than be killed.
  powerMonitor.on('shutdown', () => app.quit());
  app.on('window-all-closed', () => {
    if (quitWhenAllWindowsClosed(process.platform, !!services?.account.signedIn)) app.quit();
  });
  let disposed = false;
  app.on('will-quit', (event) => {
    if (disposed || !services) return;
    event.preventDefault();
    disposed = true;
    tray.destroy();
    // Sign out and finish writing history, but never hang on a dead network.
    void settleWithin(services.dispose(), QUIT_DEADLINE_MS).then(() => app.quit());
  });

  manager.showMain();
  void services.autoSignIn();
}

/** A tray action that fails (signed out meanwhile, network gone) shows in the windows' state. */
function fromTray(action: () => unknown): void {
  void (async () => action())().catch(() => undefined);
}

/** Requests made from the tray menu rather than a window. */
const traySender = { transport: 'electron' as const, senderId: -1 };
