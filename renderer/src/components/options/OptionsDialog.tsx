// Options (../shared/ui-spec.md §1.8): tabs Personal, Preferences, Privacy, Sounds, Connection,
// History. Check boxes apply at once (main stores them); the display name applies on OK/Apply.
import { useState } from 'react';
import type { OptionsTab } from '../../stores/ui';
import { useSession } from '../../stores/session';
import { useUi } from '../../stores/ui';
import { l10n } from '../../strings';
import { Dialog, DialogProblem } from '../dialogs/Dialog';
import { ConnectionTab } from './ConnectionTab';
import { HistoryTab } from './HistoryTab';
import { PersonalTab } from './PersonalTab';
import { PreferencesTab } from './PreferencesTab';
import { PrivacyTab } from './PrivacyTab';
import { SoundsTab } from './SoundsTab';
import './OptionsDialog.css';

const TABS: OptionsTab[] = [
  'personal',
  'preferences',
  'privacy',
  'sounds',
  'connection',
  'history',
];
const NEEDS_SESSION: OptionsTab[] = ['personal', 'privacy'];

export function OptionsDialog({ initialTab }: { initialTab: OptionsTab }): React.JSX.Element {
  const close = useUi((s) => s.closeDialog);
  const self = useSession((s) => s.self);
  const setFriendlyName = useSession((s) => s.setFriendlyName);
  const available = TABS.filter((t) => self || !NEEDS_SESSION.includes(t));
  const [tab, setTab] = useState<OptionsTab>(
    available.includes(initialTab) ? initialTab : 'preferences',
  );
  const [name, setName] = useState(self?.friendlyName ?? '');
  const [problem, setProblem] = useState<string | null>(null);

  /** True when there was nothing to apply or main took it; a refusal shows in the dialog. */
  const apply = async (): Promise<boolean> => {
    const trimmed = name.trim();
    if (!self || !trimmed || trimmed === self.friendlyName) return true;
    setProblem(null);
    return setFriendlyName(trimmed, setProblem);
  };

  const onTabKey = (event: React.KeyboardEvent): void => {
    const i = available.indexOf(tab);
    const delta = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!delta) return;
    const next = available[(i + delta + available.length) % available.length];
    if (next) {
      setTab(next);
      document.getElementById(`options-tab-${next}`)?.focus();
    }
  };

  return (
    <Dialog
      title={l10n.options.title}
      wide
      onClose={close}
      buttons={
        <>
          <button
            type="button"
            className="button"
            onClick={() => {
              // OK keeps the dialog (and the typed name) when the name could not be set.
              void apply().then((ok) => ok && close());
            }}
          >
            {l10n.dialogs.ok}
          </button>
          <button type="button" className="button" onClick={close}>
            {l10n.dialogs.cancel}
          </button>
          <button type="button" className="button" onClick={() => void apply()}>
            {l10n.dialogs.apply}
          </button>
        </>
      }
    >
      <div
        className="options-tabs"
        role="tablist"
        aria-label={l10n.options.title}
        onKeyDown={onTabKey}
      >
        {available.map((t) => (
          <button
            key={t}
            id={`options-tab-${t}`}
            type="button"
            role="tab"
            aria-selected={tab === t}
            aria-controls="options-panel"
            tabIndex={tab === t ? 0 : -1}
            className="options-tabs__tab"
            onClick={() => setTab(t)}
          >
            {l10n.options.tabs[t]}
          </button>
        ))}
      </div>
      <div
        id="options-panel"
        className="options-panel"
        role="tabpanel"
        aria-labelledby={`options-tab-${tab}`}
      >
        {tab === 'personal' ? <PersonalTab name={name} onName={setName} /> : null}
        {tab === 'preferences' ? <PreferencesTab /> : null}
        {tab === 'privacy' ? <PrivacyTab /> : null}
        {tab === 'sounds' ? <SoundsTab /> : null}
        {tab === 'connection' ? <ConnectionTab /> : null}
        {tab === 'history' ? <HistoryTab /> : null}
      </div>
      <DialogProblem problem={problem} />
    </Dialog>
  );
}
