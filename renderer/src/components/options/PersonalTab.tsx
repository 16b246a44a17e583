// Personal: display name, message font preview, emoticon display.
import { l10n } from '../../strings';
import { useState } from 'react';
import { useAppliedTheme } from '../../app/theme';
import { usePreferences } from '../../stores/preferences';
import { FontDialog } from '../conversation/FontDialog';
import { formatStyle } from '../conversation/formatStyle';
import { Section, SettingCheck } from './Section';

export function PersonalTab({
  name,
  onName,
}: {
  name: string;
  onName: (name: string) => void;
}): React.JSX.Element {
  const settings = usePreferences((s) => s.settings);
  const update = usePreferences((s) => s.update);
  const format = usePreferences((s) => s.format);
  const theme = useAppliedTheme();
  const [fontOpen, setFontOpen] = useState(false);
  return (
    <>
      <Section caption={l10n.options.displayName}>
        <label className="field">
          <span>{l10n.options.displayNamePrompt}</span>
          <input
            className="text-input"
            value={name}
            maxLength={129}
            onChange={(e) => onName(e.target.value)}
          />
        </label>
      </Section>
      <Section caption={l10n.font.sample}>
        <p style={formatStyle(format, theme)}>{l10n.font.preview}</p>
        <button type="button" className="button" onClick={() => setFontOpen(true)}>
          {l10n.conversation.font}...
        </button>
      </Section>
      <Section caption={l10n.conversation.emoticons}>
        <SettingCheck
          label={l10n.options.showEmoticons}
          checked={settings.showEmoticons}
          onChange={(v) => void update({ showEmoticons: v })}
        />
      </Section>
      {fontOpen ? <FontDialog onClose={() => setFontOpen(false)} /> : null}
    </>
  );
}
