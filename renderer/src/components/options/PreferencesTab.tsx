// Preferences: auto-away, background running, colours (ui-spec §3.5), alerts, received files, history.
import { usePreferences } from '../../stores/preferences';
import { en } from '../../strings/en';
import { Section, SettingCheck } from './Section';

const THEMES = ['system', 'light', 'dark'] as const;
const ACCOUNT_VIEWS = ['switcher', 'stacked'] as const;

export function PreferencesTab(): React.JSX.Element {
  const s = usePreferences((p) => p.settings);
  const update = usePreferences((p) => p.update);
  const chooseDownloadFolder = usePreferences((p) => p.chooseDownloadFolder);
  return (
    <>
      <Section caption={en.options.tabs.preferences}>
        <SettingCheck
          label={en.options.runInBackground}
          checked={s.runInBackground}
          onChange={(v) => void update({ runInBackground: v })}
        />
        <div className="check">
          <input
            id="auto-away"
            type="checkbox"
            checked={s.autoAwayEnabled}
            onChange={(e) => void update({ autoAwayEnabled: e.target.checked })}
          />
          <label htmlFor="auto-away">{en.options.autoAwayLabel}</label>
          <input
            className="text-input"
            type="number"
            min={1}
            max={99}
            style={{ width: 48 }}
            aria-label={en.options.minutes}
            value={s.autoAwayMinutes}
            disabled={!s.autoAwayEnabled}
            onChange={(e) => {
              const n = Math.round(Number(e.target.value));
              if (n >= 1 && n <= 99) void update({ autoAwayMinutes: n });
            }}
          />
          <span>{en.options.minutes}</span>
        </div>
      </Section>
      <Section caption={en.options.appearance}>
        <div className="field field--inline">
          <label htmlFor="p-theme">{en.options.themeLabel}</label>
          <select
            id="p-theme"
            value={s.theme}
            onChange={(e) => {
              const theme = THEMES.find((t) => t === e.target.value);
              if (theme) void update({ theme });
            }}
          >
            {THEMES.map((t) => (
              <option key={t} value={t}>
                {en.options.themes[t]}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--inline">
          <label htmlFor="p-accounts-view">{en.accounts.viewLabel}</label>
          <select
            id="p-accounts-view"
            value={s.accountsView}
            onChange={(e) => {
              const accountsView = ACCOUNT_VIEWS.find((v) => v === e.target.value);
              if (accountsView) void update({ accountsView });
            }}
          >
            {ACCOUNT_VIEWS.map((v) => (
              <option key={v} value={v}>
                {en.accounts.views[v]}
              </option>
            ))}
          </select>
        </div>
      </Section>
      <Section caption={en.options.alerts}>
        <SettingCheck
          label={en.options.alertOnSignIn}
          checked={s.alertOnSignIn}
          onChange={(v) => void update({ alertOnSignIn: v })}
        />
        <SettingCheck
          label={en.options.alertOnMessage}
          checked={s.alertOnMessage}
          onChange={(v) => void update({ alertOnMessage: v })}
        />
        <SettingCheck
          label={en.options.alertOnMail}
          checked={s.alertOnMail}
          onChange={(v) => void update({ alertOnMail: v })}
        />
      </Section>
      <Section caption={en.options.tabs.history}>
        <SettingCheck
          label={en.options.keepHistory}
          checked={s.keepHistory}
          onChange={(v) => void update({ keepHistory: v })}
        />
      </Section>
      <Section caption={en.options.fileTransfer}>
        {/* Main chooses the folder (a native dialog): the page only shows it. */}
        <div className="field">
          <span id="p-download-folder">{en.options.downloadFolder}</span>
          <div className="options-folder">
            <input
              className="text-input"
              readOnly
              aria-labelledby="p-download-folder"
              value={s.downloadFolder || en.options.downloadFolderDefault}
            />
            <button type="button" className="button" onClick={() => void chooseDownloadFolder()}>
              {en.options.changeFolder}
            </button>
          </div>
        </div>
      </Section>
    </>
  );
}
