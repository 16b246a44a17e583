// Applied to every window's webContents: no navigation away from the app, no new windows,
// http(s) links go to the person's browser (../shared/DESIGN.md, Security).
import { shell } from 'electron';
import type { WebContents } from 'electron';
import { isExternalLinkAllowed } from '../windows/window-options';

export function hardenWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalLinkAllowed(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.session.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  );
}
