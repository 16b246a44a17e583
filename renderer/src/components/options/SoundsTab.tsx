// Sounds: the master switch, mute while Busy, volume, and a preview of each original sound.
import { playSound } from '../../sounds/play';
import type { SoundName } from '../../sounds/play';
import { usePreferences } from '../../stores/preferences';
import { l10n } from '../../strings';
import { Section, SettingCheck } from './Section';

const NAMES: SoundName[] = ['signIn', 'message', 'mail', 'nudge'];

export function SoundsTab(): React.JSX.Element {
  const s = usePreferences((p) => p.settings);
  const update = usePreferences((p) => p.update);
  return (
    <>
      <Section caption={l10n.options.tabs.sounds}>
        <SettingCheck
          label={l10n.options.playSounds}
          checked={s.playSounds}
          onChange={(v) => void update({ playSounds: v })}
        />
        <SettingCheck
          label={l10n.options.muteWhenBusy}
          checked={s.muteWhenBusy}
          onChange={(v) => void update({ muteWhenBusy: v })}
        />
        <label className="check">
          <span>{l10n.options.volume}</span>
          <input
            type="range"
            min={0}
            max={1}
            step={0.05}
            value={s.soundVolume}
            onChange={(e) => void update({ soundVolume: Number(e.target.value) })}
          />
        </label>
      </Section>
      <Section caption={l10n.options.preview}>
        {NAMES.map((name) => (
          <div key={name} className="check">
            <button type="button" className="button" onClick={() => playSound(name, s.soundVolume)}>
              ▶ {l10n.options.preview}
            </button>
            <span>{l10n.options.soundNames[name]}</span>
          </div>
        ))}
      </Section>
    </>
  );
}
