// The header band: my icon, my name and status; the name opens the My Status menu, and
// "Change My Display Name..." edits it in place (../shared/ui-spec.md §1.3.1).
import { useRef, useState } from 'react';
import { StatusIcon } from '../../art/StatusIcon';
import { MENU_STATUSES, statusDisplay } from '../../status/statusDisplay';
import { useSession } from '../../stores/session';
import { useUi } from '../../stores/ui';
import { usePreferences } from '../../stores/preferences';
import { l10n } from '../../strings';
import { EmoticonText } from '../EmoticonText';
import type { MenuItem } from '../menus/PopupMenu';
import { PopupMenu } from '../menus/PopupMenu';
import { MailLine } from './MailLine';
import './StatusHeader.css';

export function StatusHeader(): React.JSX.Element | null {
  const self = useSession((s) => s.self);
  const setStatus = useSession((s) => s.setStatus);
  const setFriendlyName = useSession((s) => s.setFriendlyName);
  const openDialog = useUi((s) => s.openDialog);
  const showEmoticons = usePreferences((s) => s.settings.showEmoticons);
  const [menu, setMenu] = useState<{ x: number; y: number } | null>(null);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const buttonRef = useRef<HTMLButtonElement>(null);
  if (!self) return null;
  const display = statusDisplay(self.status);

  const items: MenuItem[] = [
    ...MENU_STATUSES.map((code): MenuItem => ({
      label: l10n.status[code],
      checked: self.status === code || (code === 'AWY' && self.status === 'IDL'),
      icon: <StatusIcon kind={statusDisplay(code).icon} />,
      onSelect: () => void setStatus(code),
    })),
    { separator: true },
    {
      label: l10n.header.changeName,
      onSelect: () => {
        setDraft(self.friendlyName);
        setEditing(true);
      },
    },
    {
      label: l10n.header.personal,
      onSelect: () => openDialog({ kind: 'options', tab: 'personal' }),
    },
  ];

  const finishEdit = (save: boolean): void => {
    setEditing(false);
    const name = draft.trim();
    if (save && name && name !== self.friendlyName) void setFriendlyName(name);
    buttonRef.current?.focus();
  };

  return (
    <header className="status-header">
      <div className="status-header__row">
        <StatusIcon kind={display.icon} size={24} />
        {editing ? (
          <input
            className="text-input status-header__edit"
            aria-label={l10n.header.nameLabel}
            value={draft}
            maxLength={129}
            autoFocus
            onChange={(e) => setDraft(e.target.value)}
            onBlur={() => finishEdit(true)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') finishEdit(true);
              if (e.key === 'Escape') finishEdit(false);
            }}
          />
        ) : (
          <button
            ref={buttonRef}
            type="button"
            className="status-header__name"
            aria-haspopup="menu"
            aria-label={l10n.header.openStatusMenu({
              name: self.friendlyName,
              status: display.label,
            })}
            title={`${self.friendlyName} <${self.email}>`}
            onClick={(e) => {
              const r = e.currentTarget.getBoundingClientRect();
              setMenu({ x: r.left, y: r.bottom });
            }}
            onDoubleClick={() => {
              setMenu(null);
              setDraft(self.friendlyName);
              setEditing(true);
            }}
          >
            <span className="status-header__text">
              <EmoticonText text={self.friendlyName} enabled={showEmoticons} />
            </span>
            <span className="status-header__status">({display.label})</span>
            <span aria-hidden="true">▾</span>
          </button>
        )}
      </div>
      <MailLine />
      {menu ? (
        <PopupMenu
          items={items}
          x={menu.x}
          y={menu.y}
          label={l10n.header.myStatus}
          onClose={() => {
            setMenu(null);
            buttonRef.current?.focus();
          }}
        />
      ) : null}
    </header>
  );
}
