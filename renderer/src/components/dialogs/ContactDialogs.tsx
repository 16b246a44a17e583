// Small contact dialogs: delete (with "also block", since deleting does not block), and
// properties (address, name, groups, lists).
import { useState } from 'react';
import { ListBit } from '@shared/domain';
import { useContacts } from '../../stores/contacts';
import { statusDisplay } from '../../status/statusDisplay';
import { useUi } from '../../stores/ui';
import { l10n } from '../../strings';
import { ConfirmDialog, Dialog } from './Dialog';
import { isolate } from '../isolate';

export function ConfirmDeleteDialog({ email }: { email: string }): React.JSX.Element {
  const contact = useContacts((s) => s.byEmail[email]);
  const remove = useContacts((s) => s.remove);
  const close = useUi((s) => s.closeDialog);
  const [alsoBlock, setAlsoBlock] = useState(false);
  return (
    <ConfirmDialog onClose={close} onYes={() => void remove(email, alsoBlock)}>
      <p>{isolate(l10n.dialogs.confirmDelete, { name: contact?.friendlyName ?? email, email })}</p>
      <p className="muted">{l10n.dialogs.deleteNote}</p>
      <label className="check">
        <input
          type="checkbox"
          checked={alsoBlock}
          onChange={(e) => setAlsoBlock(e.target.checked)}
        />
        {l10n.dialogs.alsoBlock}
      </label>
    </ConfirmDialog>
  );
}

export function PropertiesDialog({ email }: { email: string }): React.JSX.Element {
  const contact = useContacts((s) => s.byEmail[email]);
  const nickname = useContacts((s) => s.nicknames[email.toLowerCase()]);
  const groups = useContacts((s) => s.groups);
  const close = useUi((s) => s.closeDialog);
  const lists = (Object.keys(ListBit) as (keyof typeof ListBit)[])
    .filter((name) => ((contact?.lists ?? 0) & ListBit[name]) !== 0)
    .map((name) => l10n.dialogs.listNames[name]);
  const groupNames = groups.filter((g) => contact?.groupIds.includes(g.id)).map((g) => g.name);
  return (
    <Dialog
      title={l10n.dialogs.properties}
      onClose={close}
      buttons={
        <button type="button" className="button" onClick={close}>
          {l10n.dialogs.close}
        </button>
      }
    >
      <dl className="properties">
        <dt>{l10n.dialogs.propEmail}</dt>
        <dd>{email}</dd>
        <dt>{l10n.dialogs.propName}</dt>
        <dd>{contact?.friendlyName ?? email}</dd>
        {nickname ? (
          <>
            <dt>{l10n.dialogs.propNickname}</dt>
            <dd>{nickname}</dd>
          </>
        ) : null}
        <dt>{l10n.dialogs.propStatus}</dt>
        <dd>{statusDisplay(contact?.status ?? 'FLN').label}</dd>
        <dt>{l10n.dialogs.propGroups}</dt>
        <dd>{groupNames.join(', ') || l10n.dialogs.none}</dd>
        <dt>{l10n.dialogs.propLists}</dt>
        <dd>{lists.join(', ') || l10n.dialogs.none}</dd>
      </dl>
    </Dialog>
  );
}
