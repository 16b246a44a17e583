// Applied to every webContents the app ever creates (app 'web-contents-created', so a window,
// a devtools page or anything else created later is covered too): no navigation away from
// the app, no new windows, no <webview>; http(s) links go to the person's browser
// (../shared/DESIGN.md, Security). Permissions are refused for the whole session.
import { shell } from 'electron';
import type { Session, WebContents } from 'electron';
import { isExternalLinkAllowed } from '../windows/window-options';

export function hardenWebContents(contents: WebContents): void {
  // The renderer opens links with app:openExternal on a click; a link opened as a new window
  // (middle click, target=_blank) is still a person's click on a link in our own page.
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalLinkAllowed(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  // In-page (hash) route changes are not navigations and are not stopped here.
  contents.on('will-navigate', (event) => event.preventDefault());
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
