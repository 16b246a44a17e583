// The menu bar (ui-spec §1.3.3), trimmed to what works: File, Contacts, Tools, Help.
// Items that need a session are disabled while signed out. Keyboard (ui-spec §6.1): Alt plus
// the underlined letter opens a menu; Alt alone goes to the menu bar; ← → move along it.
import { l10n } from '../../strings';
import { useEffect, useRef, useState } from 'react';
import { usePreferences } from '../../stores/preferences';
import { useSession } from '../../stores/session';
import { useSignedInAccounts } from '../../stores/signedInAccounts';
import { useUi } from '../../stores/ui';
import type { MenuItem } from '../menus/PopupMenu';
import { PopupMenu } from '../menus/PopupMenu';

type MenuName = 'file' | 'contacts' | 'tools' | 'help';

const NAMES: MenuName[] = ['file', 'contacts', 'tools', 'help'];
/** macOS has no Alt access keys: Option+letter types a character (ç, ƒ, †, ˙) instead. */
const ACCESS_KEYS = !/Mac|iPhone|iPad/.test(globalThis.navigator?.platform ?? '');
/** The underlined letter of each menu, chosen per language so no two menus share one. */
const accessKey = (name: MenuName): string => l10n.menu.accessKeys[name].toLowerCase();

/** The label with its access key's first occurrence underlined (the first letter if absent). */
function labelWithKey(name: MenuName): React.JSX.Element {
  const label = l10n.menu[name];
  const at = Math.max(0, label.toLowerCase().indexOf(accessKey(name)));
  return (
    <>
      {label.slice(0, at)}
      <span className="menu-bar__key">{label.charAt(at)}</span>
      {label.slice(at + 1)}
    </>
  );
}

export function MenuBar(): React.JSX.Element {
  const signedIn = useSession((s) => s.session.phase === 'online' && s.self !== null);
  const signOut = useSession((s) => s.signOut);
  const severalSignedIn = useSignedInAccounts((s) => s.accounts.length > 1);
  const view = usePreferences((s) => s.settings.listView);
  const update = usePreferences((s) => s.update);
  const openDialog = useUi((s) => s.openDialog);
  const notify = useUi((s) => s.notify);
  const [open, setOpen] = useState<{ name: MenuName; x: number; y: number } | null>(null);
  const bar = useRef<HTMLElement>(null);
  const buttons = (): HTMLButtonElement[] => [
    ...(bar.current?.querySelectorAll<HTMLButtonElement>('.menu-bar__item') ?? []),
  ];
  const openMenu = (name: MenuName): void => {
    const button = buttons()[NAMES.indexOf(name)];
    const r = button?.getBoundingClientRect();
    button?.focus();
    setOpen({ name, x: r?.left ?? 0, y: r?.bottom ?? 0 });
  };

  useEffect(() => {
    // Alt pressed and released with nothing else in between: to the menu bar.
    if (!ACCESS_KEYS) return;
    let altAlone = false;
    const onKeyDown = (e: KeyboardEvent): void => {
      altAlone = e.key === 'Alt' && !e.ctrlKey && !e.shiftKey && !e.metaKey;
      if (!e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
      const name = NAMES.find((n) => accessKey(n) === e.key.toLowerCase());
      if (!name) return;
      e.preventDefault();
      openMenu(name);
    };
    const onKeyUp = (e: KeyboardEvent): void => {
      if (e.key !== 'Alt' || !altAlone) return;
      altAlone = false;
      e.preventDefault();
      buttons()[0]?.focus();
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keyup', onKeyUp);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', onKeyUp);
    };
  });

  const menus: Record<MenuName, MenuItem[]> = {
    file: [
      { label: l10n.menu.signOut, disabled: !signedIn, onSelect: () => void signOut() },
      // Several accounts at once (issue 18): one more, or every one out.
      {
        label: l10n.accounts.addAnotherMenu,
        disabled: !signedIn,
        onSelect: () => useSignedInAccounts.getState().setAdding(true),
      },
      ...(severalSignedIn
        ? [
            {
              label: l10n.accounts.signOutAllMenu,
              onSelect: () => void useSignedInAccounts.getState().signOutAll(),
            },
          ]
        : []),
    ],
    contacts: [
      {
        label: `${l10n.list.addContact}...`,
        disabled: !signedIn,
        onSelect: () => openDialog({ kind: 'addContact' }),
      },
      {
        label: l10n.list.createGroup,
        disabled: !signedIn,
        onSelect: () => openDialog({ kind: 'createGroup' }),
      },
      { separator: true },
      {
        label: l10n.menu.sortBy,
        submenu: [
          {
            label: l10n.menu.sortGroups,
            checked: view === 'groups',
            onSelect: () => void update({ listView: 'groups' }),
          },
          {
            label: l10n.menu.sortStatus,
            checked: view === 'status',
            onSelect: () => void update({ listView: 'status' }),
          },
        ],
      },
    ],
    tools: [
      {
        label: l10n.menu.options,
        onSelect: () => openDialog({ kind: 'options', tab: signedIn ? 'personal' : 'connection' }),
      },
    ],
    help: [{ label: l10n.menu.about, onSelect: () => notify('info', l10n.menu.version) }],
  };

  return (
    <nav
      ref={bar}
      className="menu-bar"
      aria-label={l10n.menu.label}
      onKeyDown={(e) => {
        const all = buttons();
        const here = all.indexOf(document.activeElement as HTMLButtonElement);
        if (here < 0) return;
        const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
        if (step !== 0) {
          e.preventDefault();
          all[(here + step + all.length) % all.length]?.focus();
        } else if (e.key === 'ArrowDown') {
          e.preventDefault();
          const name = NAMES[here];
          if (name) openMenu(name);
        }
      }}
    >
      {NAMES.map((name) => (
        <button
          key={name}
          type="button"
          className="menu-bar__item"
          aria-haspopup="menu"
          aria-expanded={open?.name === name}
          // The name in one piece (the underlined letter is its own element).
          aria-label={l10n.menu[name]}
          aria-keyshortcuts={`Alt+${accessKey(name).toUpperCase()}`}
          onClick={(e) => {
            const r = e.currentTarget.getBoundingClientRect();
            setOpen(open?.name === name ? null : { name, x: r.left, y: r.bottom });
          }}
        >
          {labelWithKey(name)}
        </button>
      ))}
      {open ? (
        <PopupMenu
          items={menus[open.name]}
          x={open.x}
          y={open.y}
          label={l10n.menu[open.name]}
          onClose={() => {
            // Back to the menu's button (before an item's dialog opens: it returns there).
            buttons()[NAMES.indexOf(open.name)]?.focus();
            setOpen(null);
          }}
        />
      ) : null}
    </nav>
  );
}
