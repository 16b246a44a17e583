// The tray menu and tooltip as data (ui-spec §1.9): pure, so a test checks them without Electron.
import type { MenuItemConstructorOptions } from 'electron';
import type { SettableStatus, Status } from '../../shared/domain';

const STATUS_ITEMS: [SettableStatus, string][] = [
  ['NLN', 'Online'],
  ['BSY', 'Busy'],
  ['BRB', 'Be Right Back'],
  ['AWY', 'Away'],
  ['PHN', 'On The Phone'],
  ['LUN', 'Out To Lunch'],
  ['HDN', 'Appear Offline'],
];

const STATUS_WORDS: Partial<Record<Status, string>> = Object.fromEntries([
  ...STATUS_ITEMS,
  ['IDL', 'Away'],
]);

export interface TrayActions {
  open(): void;
  toggle(): void;
  setStatus(status: SettableStatus): void;
  /** Start a conversation with a contact from the tray. */
  message(email: string): void;
  signOut(): void;
  exit(): void;
}

export interface TrayView {
  signedIn: boolean;
  name: string | null;
  status: Status | null;
  /** Contacts online now, for `Send an Instant Message ▸`. */
  online: { email: string; name: string }[];
}

/** The tooltip: `Tweener - Mike (Online)` or `Tweener - Not signed in` (ui-spec §1.9). */
export function trayTooltip(view: TrayView): string {
  if (!view.signedIn || !view.status) return 'Tweener - Not signed in';
  return `Tweener - ${view.name ?? ''} (${STATUS_WORDS[view.status] ?? 'Online'})`;
}

export function trayMenuTemplate(
  view: TrayView,
  actions: TrayActions,
): MenuItemConstructorOptions[] {
  return [
    { label: 'Open Tweener', click: actions.open },
    { type: 'separator' },
    {
      label: 'My Status',
      enabled: view.signedIn,
      submenu: STATUS_ITEMS.map(([code, label]) => ({
        label,
        type: 'radio' as const,
        checked: view.status === code || (code === 'AWY' && view.status === 'IDL'),
        click: () => actions.setStatus(code),
      })),
    },
    view.signedIn
      ? { label: 'Sign Out', click: actions.signOut }
      : { label: 'Sign In', click: actions.open },
    {
      label: 'Send an Instant Message',
      enabled: view.signedIn && view.online.length > 0,
      submenu: view.online.map(({ email, name }) => ({
        label: name === email ? email : `${name} (${email})`,
        click: () => actions.message(email),
      })),
    },
    { type: 'separator' },
    { label: 'Exit', click: actions.exit },
  ];
}
