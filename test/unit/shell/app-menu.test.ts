// The packaged build's application menu: editing and zoom, never reload or DevTools.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { DEVELOPER_ROLES, packagedMenuTemplate } from '../../../main/windows/app-menu';

const roles = (items: MenuItemConstructorOptions[]): string[] =>
  items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);

describe('packaged application menu', () => {
  it.each(['linux', 'win32', 'darwin'] as const)('%s: no reload, no DevTools', (platform) => {
    const found = roles(packagedMenuTemplate(platform));
    expect(found).toContain('editMenu');
    expect(found).toContain('zoomIn');
    for (const role of DEVELOPER_ROLES) expect(found).not.toContain(role);
    // Electron's own viewMenu / default menu bring Reload and Toggle DevTools with them.
    expect(found).not.toContain('viewMenu');
    expect(found).not.toContain('fileMenu');
  });

  it('macOS keeps the app menu (Quit, Hide) and the window menu', () => {
    expect(roles(packagedMenuTemplate('darwin'))).toEqual(
      expect.arrayContaining(['appMenu', 'windowMenu']),
    );
    expect(roles(packagedMenuTemplate('linux'))).not.toContain('appMenu');
  });
});
