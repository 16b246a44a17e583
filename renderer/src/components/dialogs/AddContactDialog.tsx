// Add a Contact (../shared/ui-spec.md §1.7), condensed: address (and group in Groups view),
// then the success page with "Add Another Contact" / "Finish". A server error shows in the
// dialog, with the typed address kept for another try.
import { useState } from 'react';
import { useContacts } from '../../stores/contacts';
import { usePreferences } from '../../stores/preferences';
import { useUi } from '../../stores/ui';
import { l10n } from '../../strings';
import { Dialog, DialogProblem, FormButtons } from './Dialog';

const EMAIL = /^[^\s@]+@[^\s@]+$/;

export function AddContactDialog(): React.JSX.Element {
  const add = useContacts((s) => s.add);
  const groups = useContacts((s) => s.groups);
  const view = usePreferences((s) => s.settings.listView);
  const close = useUi((s) => s.closeDialog);
  const [email, setEmail] = useState('');
  const [groupId, setGroupId] = useState<number | undefined>(undefined);
  const [problem, setProblem] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event?: React.FormEvent): Promise<void> => {
    event?.preventDefault();
    const address = email.trim();
    if (!EMAIL.test(address)) return setProblem(l10n.addContact.invalid);
    setBusy(true);
    setProblem(null);
    const ok = await add(address, groupId, setProblem);
    setBusy(false);
    if (ok) {
      setAdded(address);
      setProblem(null);
    }
  };

  if (added) {
    return (
      <Dialog
        title={l10n.addContact.title}
        onClose={close}
        buttons={
          <>
            <button
              type="button"
              className="button"
              onClick={() => {
                setAdded(null);
                setEmail('');
              }}
            >
              {l10n.addContact.addAnother}
            </button>
            <button type="button" className="button" onClick={close}>
              {l10n.addContact.finish}
            </button>
          </>
        }
      >
        <p role="status">{l10n.addContact.success({ email: added })}</p>
        <p className="muted">{l10n.addContact.note}</p>
      </Dialog>
    );
  }

  return (
    <Dialog
      title={l10n.addContact.title}
      onClose={close}
      buttons={
        <FormButtons
          form="add-contact-form"
          label={l10n.addContact.add}
          disabled={busy}
          onCancel={close}
        />
      }
    >
      <form id="add-contact-form" onSubmit={(e) => void submit(e)}>
        <label className="field">
          <span>{l10n.addContact.prompt}</span>
          <input
            className="text-input"
            type="email"
            value={email}
            autoFocus
            onChange={(e) => setEmail(e.target.value)}
          />
        </label>
        <p className="muted">{l10n.addContact.example}</p>
        {view === 'groups' && groups.length > 0 ? (
          <label className="field field--inline">
            <span>{l10n.addContact.group}</span>
            <select
              value={groupId ?? ''}
              onChange={(e) =>
                setGroupId(e.target.value === '' ? undefined : Number(e.target.value))
              }
            >
              <option value="">{l10n.dialogs.none}</option>
              {groups.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <DialogProblem problem={problem} />
      </form>
    </Dialog>
  );
}
