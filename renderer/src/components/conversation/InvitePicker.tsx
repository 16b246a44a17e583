// Invite someone into this conversation: a list of online contacts not already in it.
import { useMemo } from 'react';
import { useContactMap } from '../../stores/contacts';
import { statusDisplay } from '../../status/statusDisplay';
import { l10n } from '../../strings';
import type { MenuItem } from '../menus/PopupMenu';
import { PopupMenu } from '../menus/PopupMenu';

interface Props {
  participants: readonly string[];
  x: number;
  y: number;
  onPick: (email: string) => void;
  onClose: () => void;
}

export function InvitePicker({ participants, x, y, onPick, onClose }: Props): React.JSX.Element {
  const { byEmail, version } = useContactMap();
  const items = useMemo<MenuItem[]>(() => {
    const online = Object.values(byEmail)
      .filter(
        (c) =>
          (c.lists & 1) !== 0 && statusDisplay(c.status).online && !participants.includes(c.email),
      )
      .sort((a, b) => a.friendlyName.localeCompare(b.friendlyName))
      .slice(0, 50);
    if (online.length === 0) return [{ label: l10n.conversation.inviteNone, disabled: true }];
    return online.map((c) => ({
      label: `${c.friendlyName} <${c.email}>`,
      onSelect: () => onPick(c.email),
    }));
    // version stands for changes inside byEmail.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [byEmail, version, participants, onPick]);
  return (
    <PopupMenu items={items} x={x} y={y} label={l10n.conversation.invitePick} onClose={onClose} />
  );
}
