// BrowserWindow options, from one pure function so the security settings are asserted by a
// test (../shared/DESIGN.md, Security): isolated, sandboxed, no Node, web security on.
import type { BrowserWindowConstructorOptions } from 'electron';
import type { WindowBounds } from './window-state';

export type WindowKind = 'main' | 'conversation';

/** Sizes from ui-spec §1.3 (contact list) and §1.4 (conversation window). */
export const DEFAULT_SIZES: Record<
  WindowKind,
  { width: number; height: number; minWidth: number; minHeight: number }
> = {
  main: { width: 320, height: 640, minWidth: 260, minHeight: 400 },
  conversation: { width: 480, height: 420, minWidth: 360, minHeight: 300 },
};

export interface WindowOptionsInput {
  kind: WindowKind;
  preloadPath: string;
  title: string;
  bounds?: WindowBounds | null;
  /** Incoming conversations open without taking focus (ui-spec §1.4.9). */
  showInactive?: boolean;
  /** Paint the window dark before the page loads (dark theme, ui-spec §3.5): no white flash. */
  dark?: boolean;
  /** False in a packaged build: no DevTools to paste code into (default false). */
  devTools?: boolean;
}

/** Whether the theme setting means dark, 'system' asking the OS (ui-spec §3.5 [ext]). */
export function isDarkTheme(theme: 'light' | 'dark' | 'system', systemDark: boolean): boolean {
  return theme === 'dark' || (theme === 'system' && systemDark);
}

export function windowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  const size = DEFAULT_SIZES[input.kind];
  return {
    width: input.bounds?.width ?? size.width,
    height: input.bounds?.height ?? size.height,
    ...(input.bounds ? { x: input.bounds.x, y: input.bounds.y } : {}),
    minWidth: size.minWidth,
    minHeight: size.minHeight,
    title: input.title,
    show: false,
    // The theme's window-bg token (renderer/src/styles/theme.css).
    backgroundColor: input.dark ? '#1e1f22' : '#ffffff',
    // Not auto-hide: Alt belongs to the page's own menu bar (window-manager hides the native one).
    autoHideMenuBar: false,
    webPreferences: {
      preload: input.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
      devTools: input.devTools ?? false,
    },
  };
}

/** Only http(s) links leave the app, and only to the person's browser. */
export function isExternalLinkAllowed(url: string): boolean {
  try {
    const protocol = new URL(url).protocol;
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** The hash route the renderer reads to show one conversation (`#/conversation/<id>`). */
export const conversationHash = (conversationId: string): string =>
  `/conversation/${encodeURIComponent(conversationId)}`;
