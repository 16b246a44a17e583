// Where the built app's pieces are, seen from out/main/index.js (ESM: import.meta.dirname):
// the page, the preload and the tray icon. Pure, so a test checks them against out/.
import { join } from 'node:path';
import { APP_PAGE_URL } from './app-protocol';

/** Hosts a dev server may be on: electron-vite's own, on this machine. */
const DEV_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The page every window loads. `ELECTRON_RENDERER_URL` (set by `electron-vite dev`) is honoured
 * only in an unpackaged app and only for an http(s) server on this machine: the IPC trust check
 * trusts whatever this returns, so an environment variable must not be able to point an
 * installed app at a remote page.
 */
export function resolveRendererUrl(input: { env: NodeJS.ProcessEnv; isPackaged: boolean }): string {
  // The built page, served by the app:// protocol from rendererDir (never file://).
  const packagedPage = APP_PAGE_URL;
  const dev = input.env['ELECTRON_RENDERER_URL'];
  if (input.isPackaged || !dev) return packagedPage;
  try {
    const url = new URL(dev);
    const local =
      (url.protocol === 'http:' || url.protocol === 'https:') && DEV_HOSTS.has(url.hostname);
    return local ? url.toString() : packagedPage;
  } catch {
    return packagedPage;
  }
}

/** The built renderer (index.html and its assets), what app:// serves. */
export const rendererDir = (mainDir: string): string => join(mainDir, '../renderer');

/** The preload, built as CommonJS (electron.vite.config.ts): sandboxed preloads cannot be ESM. */
export const preloadPath = (mainDir: string): string => join(mainDir, '../preload/index.cjs');

/** Packaged: copied by electron-builder's extraResources; otherwise straight from build/. */
export function trayIconPath(input: {
  isPackaged: boolean;
  resourcesPath: string;
  mainDir: string;
}): string {
  return input.isPackaged
    ? join(input.resourcesPath, 'tray.png')
    : join(input.mainDir, '../../build/icons/32x32.png');
}

/**
 * Windows ties toasts to an AppUserModelID: it must be the installer's (electron-builder.json
 * appId), or notifications from the installed app do not show (or show as someone else's).
 */
export const APP_USER_MODEL_ID = 'app.tweener.messenger';
