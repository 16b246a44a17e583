// Personal: display name, message font preview, emoticon display.
import { useState } from 'react';
import { useAppliedTheme } from '../../app/theme';
import { usePreferences } from '../../stores/preferences';
import { en } from '../../strings/en';
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
      <Section caption={en.options.displayName}>
        <label className="field">
          <span>{en.options.displayNamePrompt}</span>
          <input
            className="text-input"
            value={name}
            maxLength={129}
            onChange={(e) => onName(e.target.value)}
          />
        </label>
      </Section>
      <Section caption={en.font.sample}>
        <p style={formatStyle(format, theme)}>{en.font.preview}</p>
        <button type="button" className="button" onClick={() => setFontOpen(true)}>
          {en.conversation.font}...
        </button>
      </Section>
      <Section caption={en.conversation.emoticons}>
        <SettingCheck
          label={en.options.showEmoticons}
          checked={settings.showEmoticons}
          onChange={(v) => void update({ showEmoticons: v })}
        />
      </Section>
      {fontOpen ? <FontDialog onClose={() => setFontOpen(false)} /> : null}
    </>
  );
}
