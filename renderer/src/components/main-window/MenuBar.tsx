// The menu bar (ui-spec §1.3.3), trimmed to what works: File, Contacts, Tools, Help.
// Items that need a session are disabled while signed out.
import { useState } from 'react';
import { usePreferences } from '../../stores/preferences';
import { useSession } from '../../stores/session';
import { useUi } from '../../stores/ui';
import { en } from '../../strings/en';
import type { MenuItem } from '../menus/PopupMenu';
import { PopupMenu } from '../menus/PopupMenu';

type MenuName = 'file' | 'contacts' | 'tools' | 'help';

export function MenuBar(): React.JSX.Element {
  const signedIn = useSession((s) => s.session.phase === 'online' && s.self !== null);
  const signOut = useSession((s) => s.signOut);
  const view = usePreferences((s) => s.settings.listView);
  const update = usePreferences((s) => s.update);
  const openDialog = useUi((s) => s.openDialog);
  const notify = useUi((s) => s.notify);
  const [open, setOpen] = useState<{ name: MenuName; x: number; y: number } | null>(null);

  const menus: Record<MenuName, MenuItem[]> = {
    file: [{ label: en.menu.signOut, disabled: !signedIn, onSelect: () => void signOut() }],
    contacts: [
      {
        label: `${en.list.addContact}...`,
        disabled: !signedIn,
        onSelect: () => openDialog({ kind: 'addContact' }),
      },
      {
        label: en.list.createGroup,
        disabled: !signedIn,
        onSelect: () => openDialog({ kind: 'createGroup' }),
      },
      { separator: true },
      {
        label: en.menu.sortBy,
        submenu: [
          {
            label: en.menu.sortGroups,
            checked: view === 'groups',
            onSelect: () => void update({ listView: 'groups' }),
          },
          {
            label: en.menu.sortStatus,
            checked: view === 'status',
            onSelect: () => void update({ listView: 'status' }),
          },
        ],
      },
    ],
    tools: [
      {
        label: en.menu.options,
        onSelect: () => openDialog({ kind: 'options', tab: signedIn ? 'personal' : 'connection' }),
      },
    ],
    help: [{ label: en.menu.about, onSelect: () => notify('info', en.menu.version) }],
  };

  const names: MenuName[] = ['file', 'contacts', 'tools', 'help'];
  return (
    <nav className="menu-bar" aria-label={en.menu.label}>
      {names.map((name) => (
        <button
          key={name}
          type="button"
          className="menu-bar__item"
          aria-haspopup="menu"
          aria-expanded={open?.name === name}
          onClick={(e) => {
            const r = e.currentTarget.getBoundingClientRect();
            setOpen(open?.name === name ? null : { name, x: r.left, y: r.bottom });
          }}
        >
          {en.menu[name]}
        </button>
      ))}
      {open ? (
        <PopupMenu
          items={menus[open.name]}
          x={open.x}
          y={open.y}
          label={en.menu[open.name]}
          onClose={() => setOpen(null)}
        />
      ) : null}
    </nav>
  );
}
