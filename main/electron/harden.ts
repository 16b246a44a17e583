// Applied to every webContents the app ever creates (app 'web-contents-created', so a window,
// a devtools page or anything else created later is covered too): no navigation away from
// the app's own origin, no new windows, no <webview>; http(s) links go to the person's browser
// (../shared/DESIGN.md, Security). Permissions are refused for the whole session.
import { shell } from 'electron';
import type { Session, WebContents } from 'electron';
import { isTrustedRendererUrl } from '../ipc/trusted-origin';
import { isExternalLinkAllowed } from '../windows/window-options';

/**
 * `rendererUrl`: the app's page (app://tweener/, or the dev server); its origin is the only
 * one a page may navigate to.
 */
export function hardenWebContents(contents: WebContents, rendererUrl: string): void {
  // The renderer opens links with app:openExternal on a click; a link opened as a new window
  // (middle click, target=_blank) is still a person's click on a link in our own page.
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalLinkAllowed(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  // In-page (hash) route changes are not navigations and are not stopped here. A navigation
  // within the app's own origin (the same check as IPC senders) may go on; anything else,
  // file: URLs included, is stopped.
  contents.on('will-navigate', (event) => {
    if (!isTrustedRendererUrl(event.url, rendererUrl)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** No camera, microphone, geolocation, notifications-from-the-page...: main does all that. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
