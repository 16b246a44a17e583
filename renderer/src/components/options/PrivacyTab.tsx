// Privacy (../shared/ui-spec.md §1.8): the Allow and Block lists side by side with "All others"
// standing for BLP, buttons to move between them, and the added-me alert (GTC).
import { useMemo, useState } from 'react';
import { ListBit } from '@shared/domain';
import { useContactMap, useContacts } from '../../stores/contacts';
import { usePreferences } from '../../stores/preferences';
import { l10n } from '../../strings';
import { Section, SettingCheck } from './Section';

const ALL_OTHERS = '*';

export function PrivacyTab(): React.JSX.Element {
  const { byEmail, version } = useContactMap();
  const privacy = useContacts((s) => s.privacy);
  const setPrivacy = useContacts((s) => s.setPrivacy);
  const block = useContacts((s) => s.block);
  const unblock = useContacts((s) => s.unblock);
  const update = usePreferences((s) => s.update);
  const [allowPick, setAllowPick] = useState<string>('');
  const [blockPick, setBlockPick] = useState<string>('');
  const [showReverse, setShowReverse] = useState(false);

  const { allow, blocked, reverse } = useMemo(() => {
    const all = Object.values(byEmail);
    const sorted = (bit: number): string[] =>
      all
        .filter((c) => (c.lists & bit) !== 0)
        .map((c) => c.email)
        .sort();
    return { allow: sorted(ListBit.AL), blocked: sorted(ListBit.BL), reverse: sorted(ListBit.RL) };
    // version stands for changes inside byEmail.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [byEmail, version]);

  const allowEntries = privacy.blp === 'AL' ? [ALL_OTHERS, ...allow] : allow;
  const blockEntries = privacy.blp === 'BL' ? [ALL_OTHERS, ...blocked] : blocked;
  const label = (email: string): string => (email === ALL_OTHERS ? l10n.options.allOthers : email);

  const toBlock = (): void => {
    if (!allowPick) return;
    if (allowPick === ALL_OTHERS) void setPrivacy({ blp: 'BL' });
    else void block(allowPick);
    setAllowPick('');
  };
  const toAllow = (): void => {
    if (!blockPick) return;
    if (blockPick === ALL_OTHERS) void setPrivacy({ blp: 'AL' });
    else void unblock(blockPick);
    setBlockPick('');
  };

  return (
    <>
      <div className="privacy-lists">
        <ListPane
          title={l10n.options.allowList}
          note={l10n.options.allowNote}
          entries={allowEntries}
          label={label}
          picked={allowPick}
          onPick={setAllowPick}
        />
        <div className="privacy-lists__buttons">
          <button type="button" className="button" disabled={!blockPick} onClick={toAllow}>
            {l10n.options.moveToAllow}
          </button>
          <button type="button" className="button" disabled={!allowPick} onClick={toBlock}>
            {l10n.options.moveToBlock}
          </button>
        </div>
        <ListPane
          title={l10n.options.blockList}
          note={l10n.options.blockNote}
          entries={blockEntries}
          label={label}
          picked={blockPick}
          onPick={setBlockPick}
        />
      </div>
      <Section caption={l10n.options.tabs.privacy}>
        <SettingCheck
          label={l10n.options.alertWhenAdded}
          checked={privacy.gtc === 'A'}
          onChange={(v) => {
            void setPrivacy({ gtc: v ? 'A' : 'N' });
            void update({ alertWhenAdded: v });
          }}
        />
        <button type="button" className="link-button" onClick={() => setShowReverse((v) => !v)}>
          {l10n.options.reverseList}
        </button>
        {showReverse ? (
          <>
            <ul>
              {reverse.map((email) => (
                <li key={email}>{email}</li>
              ))}
            </ul>
            <p className="muted">{l10n.options.reverseNote}</p>
          </>
        ) : null}
      </Section>
    </>
  );
}

/** One of the two lists side by side: its title, what it means, and the people on it. */
function ListPane({
  title,
  note,
  entries,
  label,
  picked,
  onPick,
}: {
  title: string;
  note: string;
  entries: string[];
  label: (email: string) => string;
  picked: string;
  onPick: (email: string) => void;
}): React.JSX.Element {
  return (
    <label className="privacy-lists__pane field">
      <strong>{title}</strong>
      <span className="muted">{note}</span>
      <select size={8} value={picked} onChange={(e) => onPick(e.target.value)}>
        {entries.map((email) => (
          <option key={email} value={email}>
            {label(email)}
          </option>
        ))}
      </select>
    </label>
  );
}
