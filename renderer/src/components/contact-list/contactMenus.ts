// The contact and group context menus (../shared/ui-spec.md §1.3.2), as item lists.
import type { Contact, Group } from '@shared/domain';
import { isBlocked } from '../../stores/contacts';
import { useContacts } from '../../stores/contacts';
import { useUi } from '../../stores/ui';
import { openConversationWith } from '../../stores/actions';
import { l10n } from '../../strings';
import type { MenuItem } from '../menus/PopupMenu';
import type { ListView } from './buildRows';

export function contactMenu(
  contact: Contact,
  groupId: number | null,
  groups: readonly Group[],
  view: ListView,
): MenuItem[] {
  const store = useContacts.getState();
  const ui = useUi.getState();
  const blocked = isBlocked(contact);
  const items: MenuItem[] = [
    {
      label: l10n.contactMenu.send,
      bold: true,
      onSelect: () => void openConversationWith([contact.email]),
    },
    { separator: true },
    blocked
      ? { label: l10n.contactMenu.unblock, onSelect: () => void store.unblock(contact.email) }
      : { label: l10n.contactMenu.block, onSelect: () => void store.block(contact.email) },
    {
      label: l10n.contactMenu.remove,
      onSelect: () => ui.openDialog({ kind: 'confirmDelete', email: contact.email }),
    },
    {
      label: l10n.contactMenu.setNickname,
      onSelect: () => ui.openDialog({ kind: 'nickname', email: contact.email }),
    },
  ];
  if (view === 'groups' && groupId !== null) {
    const others = groups.filter((g) => g.id !== groupId && !contact.groupIds.includes(g.id));
    items.push(
      {
        label: l10n.contactMenu.moveTo,
        disabled: others.length === 0,
        submenu: others.map((g) => ({
          label: g.name,
          onSelect: () => void store.moveToGroup(contact.email, groupId, g.id),
        })),
      },
      {
        label: l10n.contactMenu.copyTo,
        disabled: others.length === 0,
        submenu: others.map((g) => ({
          label: g.name,
          onSelect: () => void store.copyToGroup(contact.email, g.id),
        })),
      },
    );
    if (contact.groupIds.length > 1) {
      items.push({
        label: l10n.contactMenu.removeFromGroup,
        onSelect: () => void store.removeFromGroup(contact.email, groupId),
      });
    }
  }
  items.push(
    { separator: true },
    {
      label: l10n.contactMenu.properties,
      onSelect: () => ui.openDialog({ kind: 'properties', email: contact.email }),
    },
  );
  return items;
}

export function groupMenu(
  groupKey: string,
  groupId: number | null,
  collapsed: boolean,
): MenuItem[] {
  const ui = useUi.getState();
  const items: MenuItem[] = [
    {
      label: collapsed ? l10n.groupMenu.expand : l10n.groupMenu.collapse,
      onSelect: () => ui.setCollapsed(groupKey, !collapsed),
    },
  ];
  if (groupId !== null) {
    items.push(
      {
        label: l10n.groupMenu.rename,
        onSelect: () => ui.openDialog({ kind: 'renameGroup', groupId }),
      },
      {
        label: l10n.groupMenu.remove,
        // Group 0 (Other Contacts) cannot be deleted (ui-spec §1.3.2).
        disabled: groupId === 0,
        onSelect: () => ui.openDialog({ kind: 'confirmDeleteGroup', groupId }),
      },
    );
  }
  items.push(
    { separator: true },
    { label: l10n.groupMenu.create, onSelect: () => ui.openDialog({ kind: 'createGroup' }) },
  );
  return items;
}
