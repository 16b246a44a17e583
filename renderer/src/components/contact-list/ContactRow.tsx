// One contact: status figure, name (with emoticons), status suffix; blocked ones carry the
// circle-slash. Selects only its own contact, so a presence change re-renders just this row.
import { memo } from 'react';
import { StatusIcon } from '../../art/StatusIcon';
import { isBlocked, useContacts } from '../../stores/contacts';
import { statusDisplay } from '../../status/statusDisplay';
import { usePreferences } from '../../stores/preferences';
import { l10n, useLanguage } from '../../strings';
import { EmoticonText } from '../EmoticonText';
import { isolateText } from '../isolate';

interface Props {
  id: string;
  rowKey: string;
  email: string;
  /** The group this row sits under (Groups view), for drag and drop. */
  groupId: number | null;
  selected: boolean;
  /** Stable callbacks taking the row, so memo keeps unchanged rows from re-rendering. */
  onSelect: (rowKey: string) => void;
  onOpen: (email: string) => void;
  onMenu: (rowKey: string, x: number, y: number) => void;
}

/** Drag a contact onto a group header to move it; Ctrl+drag copies (ui-spec §1.3.2). */
export const DRAG_TYPE = 'application/x-tweener-contact';

export const ContactRow = memo(function ContactRow({
  id,
  rowKey,
  email,
  groupId,
  selected,
  onSelect,
  onOpen,
  onMenu,
}: Props): React.JSX.Element | null {
  // Memo'd: re-rendered in a new language by this subscription, not by its parent.
  useLanguage();
  const contact = useContacts((s) => s.byEmail[email]);
  const nickname = useContacts((s) => s.nicknames[email.toLowerCase()]);
  const showEmoticons = usePreferences((s) => s.settings.showEmoticons);
  if (!contact) return null;
  const display = statusDisplay(contact.status);
  const blocked = isBlocked(contact);
  const spoken = blocked ? l10n.list.blocked : display.label;
  // A name only I see is shown quietly in place of theirs; theirs stays in the tooltip.
  const shown = nickname ?? contact.friendlyName;
  return (
    <div
      id={id}
      role="treeitem"
      aria-level={2}
      aria-selected={selected}
      aria-label={l10n.list.contactAria({ name: shown, status: spoken })}
      className={`contact-row${selected ? ' contact-row--selected' : ''}`}
      data-status={contact.status}
      data-blocked={blocked || undefined}
      data-nickname={nickname !== undefined || undefined}
      title={l10n.list.tooltip({ name: isolateText(contact.friendlyName), email: contact.email })}
      draggable={groupId !== null}
      onDragStart={(e) => {
        e.dataTransfer.setData(DRAG_TYPE, JSON.stringify({ email, from: groupId }));
        e.dataTransfer.effectAllowed = 'copyMove';
      }}
      onClick={() => onSelect(rowKey)}
      onDoubleClick={() => onOpen(email)}
      onContextMenu={(e) => {
        e.preventDefault();
        onSelect(rowKey);
        onMenu(rowKey, e.clientX, e.clientY);
      }}
    >
      <StatusIcon kind={display.icon} blocked={blocked} />
      <bdi className="contact-row__name">
        <EmoticonText text={shown} enabled={showEmoticons} />
      </bdi>
      {display.suffix ? <span className="contact-row__suffix">{display.suffix}</span> : null}
    </div>
  );
});
