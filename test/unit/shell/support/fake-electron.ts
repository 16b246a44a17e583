// A stand-in for the `electron` module, enough to run main/index.ts in Node: it records what
// the entry point asks of Electron and replays Electron's lifecycle semantics that matter to
// it — app.quit() emits 'before-quit', closes every window (a prevented 'close' cancels the
// quit, as in Electron), then emits 'will-quit' (a prevented one cancels it too).
import { EventEmitter } from 'node:events';

export interface FakeEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
}

const event = (extra: Record<string, unknown> = {}): FakeEvent & Record<string, unknown> => ({
  defaultPrevented: false,
  preventDefault() {
    this.defaultPrevented = true;
  },
  ...extra,
});

const windowHolder = globalThis as { __tweenerFakeWindows?: { list: FakeBrowserWindow[] } };
const windowList = (windowHolder.__tweenerFakeWindows ??= { list: [] });

export class FakeWebContents extends EventEmitter {
  static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  readonly sent: { channel: string; args: unknown[] }[] = [];
  url = '';
  readonly replaced: string[] = [];
  readonly session = {
    dictionaryWords: [] as string[],
    addWordToSpellCheckerDictionary(word: string): boolean {
      this.dictionaryWords.push(word);
      return true;
    },
  };
  replaceMisspelling(word: string): void {
    this.replaced.push(word);
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  /** Emits an event with preventDefault, as Electron does; returns it. */
  fire(name: string, extra: Record<string, unknown> = {}): FakeEvent {
    const e = event(extra);
    this.emit(name, e);
    return e;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static get all(): FakeBrowserWindow[] {
    return windowList.list;
  }
  static set all(list: FakeBrowserWindow[]) {
    windowList.list = list;
  }
  static nextId = 1;
  static fromId = (id: number): FakeBrowserWindow | null =>
    FakeBrowserWindow.all.find((w) => w.id === id) ?? null;
  static fromWebContents = (c: FakeWebContents): FakeBrowserWindow | null =>
    FakeBrowserWindow.all.find((w) => w.webContents === c) ?? null;
  static getAllWindows = (): FakeBrowserWindow[] => [...FakeBrowserWindow.all];
  static getFocusedWindow = (): FakeBrowserWindow | null =>
    FakeBrowserWindow.all.find((w) => w.focused) ?? null;

  readonly id = FakeBrowserWindow.nextId++;
  readonly webContents = new FakeWebContents();
  visible = false;
  focused = false;
  destroyed = false;
  loadedUrl = '';

  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.all.push(this);
    fake.emitApp('web-contents-created', event(), this.webContents);
  }
  loads = 0;
  loadURL(url: string): Promise<void> {
    this.loads += 1;
    this.loadedUrl = url;
    this.webContents.url = url;
    // The page paints: Electron's 'ready-to-show'.
    setImmediate(() => this.emit('ready-to-show'));
    return Promise.resolve();
  }
  show(): void {
    this.visible = true;
  }
  showInactive(): void {
    this.visible = true;
  }
  hide(): void {
    this.visible = false;
    this.focused = false;
  }
  focus(): void {
    for (const w of FakeBrowserWindow.all) w.focused = false;
    this.focused = true;
  }
  isVisible = (): boolean => this.visible;
  isFocused = (): boolean => this.focused;
  isMinimized = (): boolean => false;
  isMaximized = (): boolean => false;
  isDestroyed = (): boolean => this.destroyed;
  restore(): void {}
  flashFrame(): void {}
  setMenuBarVisibility(): void {}
  getBounds = (): { x: number; y: number; width: number; height: number } => ({
    x: 0,
    y: 0,
    width: 320,
    height: 640,
  });
  /** As Electron: 'close' (preventable), then 'closed' and the window is gone. */
  close(): boolean {
    const e = event();
    this.emit('close', e);
    if (e.defaultPrevented) return false;
    this.destroyed = true;
    FakeBrowserWindow.all = FakeBrowserWindow.all.filter((w) => w !== this);
    this.emit('closed');
    if (FakeBrowserWindow.all.length === 0 && !fake.quitting) fake.emitApp('window-all-closed');
    return true;
  }
}

export class FakeNotification extends EventEmitter {
  shown = false;
  constructor(readonly options: { title: string; body: string; silent?: boolean }) {
    super();
    fake.notifications.push(this);
  }
  show(): void {
    this.shown = true;
  }
  static isSupported = (): boolean => fake.notificationsSupported;
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  readonly paths = new Map<string, string>();
  setPath(name: string, value: string): void {
    fake.calls.push(`setPath:${name}`);
    this.paths.set(name, value);
  }
  getPath(name: string): string {
    return this.paths.get(name) ?? `/nonexistent/${name}`;
  }
  appUserModelId: string | null = null;
  setAppUserModelId(id: string): void {
    this.appUserModelId = id;
  }
  requestSingleInstanceLock(): boolean {
    fake.calls.push('requestSingleInstanceLock');
    return fake.gotLock;
  }
  whenReady(): Promise<void> {
    fake.calls.push('whenReady');
    return fake.readyPromise;
  }
  isReady(): boolean {
    return fake.ready;
  }
  quit(): void {
    fake.calls.push('quit');
    fake.quitting = true;
    this.emit('before-quit', event());
    for (const w of [...FakeBrowserWindow.all]) {
      if (!w.close()) {
        fake.quitting = false;
        return;
      }
    }
    const e = event();
    this.emit('will-quit', e);
    if (e.defaultPrevented) {
      fake.quitting = false;
      return;
    }
    fake.exited = true;
  }
  relaunch(): void {
    fake.calls.push('relaunch');
  }
  exit(code: number): void {
    fake.calls.push(`exit:${code}`);
    fake.exited = true;
  }
}

/** The state of one fake Electron; reset before each import of main/index.ts. */
const createFake = () => ({
  calls: [] as string[],
  gotLock: true,
  ready: false,
  quitting: false,
  exited: false,
  readyPromise: Promise.resolve(),
  markReady: (): void => undefined,
  app: new FakeApp(),
  ipcHandlers: new Map<string, (event: unknown, input: unknown) => Promise<unknown>>(),
  permissionRequestHandler: null as null | ((...args: unknown[]) => void),
  permissionCheckHandler: null as null | ((...args: unknown[]) => boolean),
  safeStorageAskedBeforeReady: false,
  trays: [] as { tooltip: string; menu: unknown[]; destroyed: boolean }[],
  notificationsSupported: false,
  notifications: [] as FakeNotification[],
  openedExternally: [] as string[],
  revealedInFolder: [] as string[],
  /** Context menus popped up: each template and the window it was given. */
  popups: [] as { template: unknown[]; window: unknown }[],
  /** Message boxes shown, and the button index the next one answers with. */
  messageBoxes: [] as { window: unknown; options: Record<string, unknown> }[],
  messageBoxResponse: 1,
  openDialogResult: { canceled: true, filePaths: [] as string[] },
  /** Options of the last open dialog shown. */
  openDialogOptions: null as Record<string, unknown> | null,
  /** protocol.registerSchemesAsPrivileged calls, and whether the app was ready then. */
  privilegedSchemes: [] as { schemes: unknown[]; beforeReady: boolean }[],
  protocolHandlers: new Map<string, (request: Request) => Promise<Response> | Response>(),
  /** The application menu template set with Menu.setApplicationMenu (undefined: never set). */
  applicationMenu: undefined as unknown[] | null | undefined,
  emitApp(name: string, ...args: unknown[]): void {
    fake.app.emit(name, ...args);
  },
  reset(): void {
    fake.calls = [];
    fake.gotLock = true;
    fake.ready = false;
    fake.quitting = false;
    fake.exited = false;
    fake.app = new FakeApp();
    fake.ipcHandlers.clear();
    fake.permissionRequestHandler = null;
    fake.permissionCheckHandler = null;
    fake.safeStorageAskedBeforeReady = false;
    fake.trays = [];
    fake.notificationsSupported = false;
    fake.notifications = [];
    fake.openedExternally = [];
    fake.revealedInFolder = [];
    fake.popups = [];
    fake.messageBoxes = [];
    fake.messageBoxResponse = 1;
    fake.openDialogResult = { canceled: true, filePaths: [] };
    fake.openDialogOptions = null;
    fake.privilegedSchemes = [];
    fake.protocolHandlers.clear();
    fake.applicationMenu = undefined;
    FakeBrowserWindow.all = [];
    fake.readyPromise = new Promise((resolve) => {
      fake.markReady = () => {
        fake.ready = true;
        fake.calls.push('ready');
        resolve();
      };
    });
  },
});

// One instance however often the module registry is reset (the test and the mocked
// `electron` must share it).
const holder = globalThis as { __tweenerFakeElectron?: ReturnType<typeof createFake> };
export const fake = (holder.__tweenerFakeElectron ??= createFake());

const display = { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } };

/** The module object `import ... from 'electron'` gets. */
export const electronModule: Record<string, unknown> = {
  get app() {
    return fake.app;
  },
  BrowserWindow: FakeBrowserWindow,
  ipcMain: {
    handle: (channel: string, handler: (event: unknown, input: unknown) => Promise<unknown>) =>
      fake.ipcHandlers.set(channel, handler),
    removeHandler: (channel: string) => fake.ipcHandlers.delete(channel),
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (h: (...args: unknown[]) => void) => {
        fake.permissionRequestHandler = h;
      },
      setPermissionCheckHandler: (h: (...args: unknown[]) => boolean) => {
        fake.permissionCheckHandler = h;
      },
    },
  },
  screen: { getPrimaryDisplay: () => display, getAllDisplays: () => [display] },
  nativeTheme: { shouldUseDarkColors: false },
  safeStorage: {
    isEncryptionAvailable: () => {
      if (!fake.ready) fake.safeStorageAskedBeforeReady = true;
      return false;
    },
    getSelectedStorageBackend: () => 'basic_text',
    encryptString: () => Buffer.alloc(0),
    decryptString: () => '',
  },
  powerMonitor: Object.assign(new EventEmitter(), {
    getSystemIdleState: () => 'active',
    getSystemIdleTime: () => 0,
  }),
  Tray: class {
    readonly state = { tooltip: '', menu: [] as unknown[], destroyed: false };
    constructor() {
      fake.trays.push(this.state);
    }
    on(): void {}
    setToolTip(text: string): void {
      this.state.tooltip = text;
    }
    setContextMenu(menu: { template: unknown[] }): void {
      this.state.menu = menu.template;
    }
    destroy(): void {
      this.state.destroyed = true;
    }
  },
  Menu: {
    buildFromTemplate: (template: unknown[]) => ({
      template,
      popup: (options: { window?: unknown }) =>
        fake.popups.push({ template, window: options.window }),
    }),
    setApplicationMenu: (menu: { template: unknown[] } | null) => {
      fake.applicationMenu = menu ? menu.template : null;
    },
  },
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => {
      fake.calls.push('registerSchemesAsPrivileged');
      fake.privilegedSchemes.push({ schemes, beforeReady: !fake.ready });
    },
    handle: (scheme: string, handler: (request: Request) => Promise<Response> | Response) =>
      fake.protocolHandlers.set(scheme, handler),
  },
  nativeImage: { createFromPath: () => ({ resize: () => ({}) }) },
  Notification: FakeNotification,
  shell: {
    openExternal: (url: string) => {
      fake.openedExternally.push(url);
      return Promise.resolve();
    },
    showItemInFolder: (path: string) => fake.revealedInFolder.push(path),
  },
  dialog: {
    showErrorBox: (title: string) => fake.calls.push(`errorBox:${title}`),
    showOpenDialog: (...args: unknown[]) => {
      fake.openDialogOptions = (args.length > 1 ? args[1] : args[0]) as Record<string, unknown>;
      return Promise.resolve(fake.openDialogResult);
    },
    showMessageBox: (window: unknown, options: Record<string, unknown>) => {
      fake.messageBoxes.push({ window, options });
      return Promise.resolve({ response: fake.messageBoxResponse, checkboxChecked: false });
    },
  },
};
