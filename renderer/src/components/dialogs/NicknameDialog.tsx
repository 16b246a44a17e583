// "Set a Name Only You See..." (ui-spec §1.3.2 [ext]): a local alias for a contact, kept by
// main on this computer. Empty, or "Use Their Name", goes back to their own friendly name.
import { useState } from 'react';
import { MAX_NICKNAME_CHARS } from '@shared/ipc/limits';
import { useContacts } from '../../stores/contacts';
import { useUi } from '../../stores/ui';
import { l10n } from '../../strings';
import { Dialog, DialogProblem } from './Dialog';
import { isolate } from '../isolate';

export function NicknameDialog({ email }: { email: string }): React.JSX.Element {
  const contact = useContacts((s) => s.byEmail[email]);
  const current = useContacts((s) => s.nicknames[email.toLowerCase()]);
  const setNickname = useContacts((s) => s.setNickname);
  const close = useUi((s) => s.closeDialog);
  const [name, setName] = useState(current ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Closes only once main has saved it: a refusal shows here, the text kept.
  const save = async (nickname: string | null): Promise<void> => {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    const ok = await setNickname(email, nickname, setProblem);
    setBusy(false);
    if (ok) close();
  };
  return (
    <Dialog
      title={l10n.dialogs.nicknameTitle}
      onClose={close}
      buttons={
        <>
          <button type="submit" form="nickname-form" className="button" disabled={busy}>
            {l10n.dialogs.ok}
          </button>
          <button
            type="button"
            className="button"
            disabled={busy || current === undefined}
            onClick={() => void save(null)}
          >
            {l10n.dialogs.nicknameClear}
          </button>
          <button type="button" className="button" onClick={close}>
            {l10n.dialogs.cancel}
          </button>
        </>
      }
    >
      <form
        id="nickname-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save(name.trim() || null);
        }}
      >
        <label className="field">
          <span>
            {isolate(l10n.dialogs.nicknameLabel, { name: contact?.friendlyName ?? email, email })}
          </span>
          <input
            className="text-input"
            value={name}
            maxLength={MAX_NICKNAME_CHARS}
            placeholder={contact?.friendlyName ?? email}
            autoFocus
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <p className="muted">{l10n.dialogs.nicknameNote}</p>
        <DialogProblem problem={problem} />
      </form>
    </Dialog>
  );
}
