// The app's own origin: Electron serves the built renderer from `app://tweener/` (a privileged,
// standard, secure custom scheme) instead of file://, so the page's CSP 'self' means the app's
// files and nothing else on the disk (a file a contact sent is never 'self'). Which file a URL
// names is decided here, pure and tested: it can never leave the renderer folder.
import * as nodePath from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'tweener';
/** The page every window loads (conversation windows add `#/conversation/<id>`). */
export const APP_PAGE_URL = `${APP_SCHEME}://${APP_HOST}/`;

/**
 * The privileges the scheme is registered with (before 'ready'): standard (an origin, relative
 * URLs), secure (a secure context, like https), fetch and CORS (Vite's module scripts are fetched
 * in CORS mode). No bypassCSP, no service workers, no stream privileges beyond what the page uses.
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  corsEnabled: true,
} as const;

/** True when the URL is on the app's own origin (any path, any hash). */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    // Node's URL gives non-special schemes an opaque origin ("null"): compare the parts.
    return (
      parsed.protocol === `${APP_SCHEME}:` &&
      parsed.host.toLowerCase() === APP_HOST &&
      parsed.username === '' &&
      parsed.password === ''
    );
  } catch {
    return false;
  }
}

type PathApi = Pick<typeof nodePath, 'resolve' | 'sep'>;

/**
 * The file an app:// request names inside `rootDir` (the built renderer), or null: another
 * scheme or host, a port or credentials, a path that does not decode, `..` (plain or encoded),
 * a backslash or a colon (Windows separators, drive letters, alternate data streams), a NUL.
 * `/` is index.html. `path` is node:path by default; tests pass path.win32 and path.posix.
 */
export function resolveAppPath(
  requestUrl: string,
  rootDir: string,
  path: PathApi = nodePath,
): string | null {
  if (!isAppUrl(requestUrl)) return null;
  const url = new URL(requestUrl);
  if (url.port !== '') return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (/[\0\\:]/.test(pathname)) return null;
  const segments = pathname.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '.' || segment === '..')) return null;
  if (segments.length === 0) segments.push('index.html');
  const root = path.resolve(rootDir);
  const file = path.resolve(root, ...segments);
  return file.startsWith(root + path.sep) ? file : null;
}
