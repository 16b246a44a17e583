// Create, rename and delete a group.
import { useState } from 'react';
import { useContacts } from '../../stores/contacts';
import { useUi } from '../../stores/ui';
import { l10n } from '../../strings';
import { ConfirmDialog, Dialog, DialogProblem, FormButtons } from './Dialog';

export function GroupNameDialog({ groupId }: { groupId?: number }): React.JSX.Element {
  const group = useContacts((s) => s.groups.find((g) => g.id === groupId));
  const addGroup = useContacts((s) => s.addGroup);
  const renameGroup = useContacts((s) => s.renameGroup);
  const close = useUi((s) => s.closeDialog);
  const [name, setName] = useState(group?.name ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const title =
    groupId === undefined ? l10n.groupMenu.create.replace('...', '') : l10n.groupMenu.rename;
  // The dialog closes only once main has done it: a refusal shows here, the name kept.
  const submit = async (event: React.FormEvent): Promise<void> => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed || busy) return;
    setBusy(true);
    setProblem(null);
    const ok =
      groupId === undefined
        ? await addGroup(trimmed, setProblem)
        : await renameGroup(groupId, trimmed, setProblem);
    setBusy(false);
    if (ok) close();
  };
  return (
    <Dialog
      title={title}
      onClose={close}
      buttons={
        <FormButtons
          form="group-name-form"
          label={l10n.dialogs.ok}
          disabled={!name.trim() || busy}
          onCancel={close}
        />
      }
    >
      <form id="group-name-form" onSubmit={(e) => void submit(e)}>
        <label className="field">
          <span>{l10n.groupMenu.newName}</span>
          <input
            className="text-input"
            value={name}
            maxLength={61}
            autoFocus
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <DialogProblem problem={problem} />
      </form>
    </Dialog>
  );
}

export function ConfirmDeleteGroupDialog({ groupId }: { groupId: number }): React.JSX.Element {
  const group = useContacts((s) => s.groups.find((g) => g.id === groupId));
  const removeGroup = useContacts((s) => s.removeGroup);
  const close = useUi((s) => s.closeDialog);
  return (
    <ConfirmDialog onClose={close} onYes={() => void removeGroup(groupId)}>
      <p>{l10n.groupMenu.confirmRemove({ name: group?.name ?? '' })}</p>
    </ConfirmDialog>
  );
}
