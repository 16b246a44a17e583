// The tray icon (ui-spec §1.9); its menu is built by windows/tray-menu.ts.
import { Menu, nativeImage, Tray } from 'electron';
import { trayMenuTemplate, trayTooltip } from '../windows/tray-menu';
import type { TrayActions, TrayView } from '../windows/tray-menu';

export class AppTray {
  private readonly tray: Tray;

  constructor(
    iconPath: string,
    private readonly actions: TrayActions,
  ) {
    this.tray = new Tray(nativeImage.createFromPath(iconPath).resize({ width: 16, height: 16 }));
    this.tray.on('click', () => actions.toggle());
    this.update({ signedIn: false, name: null, status: null, online: [] });
  }

  update(view: TrayView): void {
    this.tray.setToolTip(trayTooltip(view));
    this.tray.setContextMenu(Menu.buildFromTemplate(trayMenuTemplate(view, this.actions)));
  }

  destroy(): void {
    this.tray.destroy();
  }
}
