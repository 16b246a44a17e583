// "X has added you to their contact list" (../shared/ui-spec.md §1.6): allow or block, and
// optionally add them to my list. One at a time; closing defers it.
import { useState } from 'react';
import { useContacts } from '../../stores/contacts';
import { usePreferences } from '../../stores/preferences';
import { useUi } from '../../stores/ui';
import { l10n } from '../../strings';
import { Dialog } from './Dialog';
import { isolate } from '../isolate';

export function AddedYouDialog(): React.JSX.Element | null {
  const pending = useContacts((s) => s.pendingAddedBy);
  const deferred = useUi((s) => s.deferredAddedBy);
  const alertWhenAdded = usePreferences((s) => s.settings.alertWhenAdded);
  const next = pending.find((p) => !deferred.includes(p.email));
  if (!next || !alertWhenAdded) return null;
  // Keyed so each person starts with the defaults.
  return <AddedYouPrompt key={next.email} email={next.email} name={next.name} />;
}

function AddedYouPrompt({ email, name }: { email: string; name: string }): React.JSX.Element {
  const answer = useContacts((s) => s.answerAddedBy);
  const defer = useUi((s) => s.deferAddedBy);
  const alreadyMine = useContacts((s) => ((s.byEmail[email]?.lists ?? 0) & 1) !== 0);
  const [allow, setAllow] = useState(true);
  const [addToList, setAddToList] = useState(!alreadyMine);
  return (
    <Dialog
      title={l10n.appName}
      onClose={() => defer(email)}
      buttons={
        <button
          type="button"
          className="button"
          onClick={() => void answer(email, allow, addToList && allow)}
        >
          {l10n.dialogs.ok}
        </button>
      }
    >
      <p>{isolate(l10n.addedYou.header, { name: name || email, email })}</p>
      <div role="radiogroup" aria-label={l10n.addedYou.title}>
        <label className="radio-option">
          <input type="radio" name="added-you" checked={allow} onChange={() => setAllow(true)} />
          <span>{l10n.addedYou.allow}</span>
        </label>
        <label className="radio-option">
          <input type="radio" name="added-you" checked={!allow} onChange={() => setAllow(false)} />
          <span>{l10n.addedYou.block}</span>
        </label>
      </div>
      {alreadyMine ? null : (
        <label className="check">
          <input
            type="checkbox"
            checked={addToList && allow}
            disabled={!allow}
            onChange={(e) => setAddToList(e.target.checked)}
          />
          {l10n.addedYou.addToList}
        </label>
      )}
    </Dialog>
  );
}
