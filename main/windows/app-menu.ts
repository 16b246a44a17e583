// The application menu of a packaged build. Electron's default menu carries shortcuts that a
// person can be talked into using: Reload / Force Reload (Ctrl+R, Ctrl+Shift+R) and Toggle
// Developer Tools (Ctrl+Shift+I), from which pasted code drives `window.msn`. A packaged build
// replaces it with this one: editing and zoom only. The native menu bar stays hidden on Windows
// and Linux (window-manager), but its accelerators work, so the roles matter there too. An
// unpackaged (development) build keeps Electron's default. Pure, so it is tested in Node.
import type { MenuItemConstructorOptions } from 'electron';

/** Roles a packaged build must never have: they reload the page or open the DevTools. */
export const DEVELOPER_ROLES: ReadonlySet<string> = new Set([
  'reload',
  'forceReload',
  'toggleDevTools',
]);

export function packagedMenuTemplate(platform: NodeJS.Platform): MenuItemConstructorOptions[] {
  const edit: MenuItemConstructorOptions = { role: 'editMenu' };
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  // macOS needs the app menu (Quit, Hide) and the Edit roles for Cmd+C/V to work at all.
  return platform === 'darwin'
    ? [{ role: 'appMenu' }, edit, view, { role: 'windowMenu' }]
    : [edit, view];
}
