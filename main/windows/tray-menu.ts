// The tray menu and tooltip as data (ui-spec §1.9): pure, so a test checks them without Electron.
import type { MenuItemConstructorOptions } from 'electron';
import { ListBit } from '@shared/domain';
import type { Contact, SelfProfile, SessionState, SettableStatus, Status } from '@shared/domain';
import type { AppEvent } from '@shared/ipc/events';

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

/** What the tray shows, from the account's state: online forward-list contacts, by name. */
export function trayView(state: {
  session: SessionState;
  self: SelfProfile | null;
  /** A Map or an array. */
  contacts: { values(): Iterable<Contact> };
}): TrayView {
  const signedIn = state.session.phase !== 'signedOut';
  const online = [...state.contacts.values()]
    .filter((c) => c.status !== 'FLN' && (c.lists & ListBit.FL) !== 0)
    .map((c) => ({ email: c.email, name: c.friendlyName }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return {
    signedIn,
    name: state.self?.friendlyName ?? null,
    status: signedIn ? (state.self?.status ?? null) : null,
    online: signedIn ? online : [],
  };
}

/** Events that change the tray: sign-in state, own status or name, who is online. */
export const trayChangedBy = (events: readonly AppEvent[]): boolean =>
  events.some(
    (e) =>
      e.type === 'session' ||
      e.type === 'self' ||
      e.type === 'contacts' ||
      e.type === 'contactRemoved',
  );
