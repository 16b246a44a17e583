// Preferences: auto-away, background running, colours (ui-spec §3.5), alerts, received files, history.
import { l10n } from '../../strings';
import { usePreferences } from '../../stores/preferences';
import { Section, SettingCheck } from './Section';

const THEMES = ['system', 'light', 'dark'] as const;
const ACCOUNT_VIEWS = ['switcher', 'stacked'] as const;
const LANGUAGES = ['auto', 'en', 'pt-BR'] as const;

export function PreferencesTab(): React.JSX.Element {
  const s = usePreferences((p) => p.settings);
  const update = usePreferences((p) => p.update);
  const chooseDownloadFolder = usePreferences((p) => p.chooseDownloadFolder);
  return (
    <>
      <Section caption={l10n.options.tabs.preferences}>
        <SettingCheck
          label={l10n.options.runInBackground}
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
          <label htmlFor="auto-away">{l10n.options.autoAwayLabel}</label>
          <input
            className="text-input"
            type="number"
            min={1}
            max={99}
            style={{ width: 48 }}
            aria-label={l10n.options.minutes}
            value={s.autoAwayMinutes}
            disabled={!s.autoAwayEnabled}
            onChange={(e) => {
              const n = Math.round(Number(e.target.value));
              if (n >= 1 && n <= 99) void update({ autoAwayMinutes: n });
            }}
          />
          <span>{l10n.options.minutes}</span>
        </div>
      </Section>
      <Section caption={l10n.options.appearance}>
        <div className="field field--inline">
          <label htmlFor="p-theme">{l10n.options.themeLabel}</label>
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
                {l10n.options.themes[t]}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--inline">
          <label htmlFor="p-language">{l10n.options.languageLabel}</label>
          <select
            id="p-language"
            value={s.language}
            onChange={(e) => {
              const language = LANGUAGES.find((l) => l === e.target.value);
              if (language) void update({ language });
            }}
          >
            {LANGUAGES.map((l) => (
              // The language's own name is marked as written in it, for screen readers.
              <option key={l} value={l} lang={l === 'auto' ? undefined : l}>
                {l10n.options.languages[l]}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--inline">
          <label htmlFor="p-accounts-view">{l10n.accounts.viewLabel}</label>
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
                {l10n.accounts.views[v]}
              </option>
            ))}
          </select>
        </div>
      </Section>
      <Section caption={l10n.options.alerts}>
        <SettingCheck
          label={l10n.options.alertOnSignIn}
          checked={s.alertOnSignIn}
          onChange={(v) => void update({ alertOnSignIn: v })}
        />
        <SettingCheck
          label={l10n.options.alertOnMessage}
          checked={s.alertOnMessage}
          onChange={(v) => void update({ alertOnMessage: v })}
        />
        <SettingCheck
          label={l10n.options.alertOnMail}
          checked={s.alertOnMail}
          onChange={(v) => void update({ alertOnMail: v })}
        />
      </Section>
      <Section caption={l10n.options.tabs.history}>
        <SettingCheck
          label={l10n.options.keepHistory}
          checked={s.keepHistory}
          onChange={(v) => void update({ keepHistory: v })}
        />
      </Section>
      <Section caption={l10n.options.fileTransfer}>
        {/* Main chooses the folder (a native dialog): the page only shows it. */}
        <div className="field">
          <span id="p-download-folder">{l10n.options.downloadFolder}</span>
          <div className="options-folder">
            <input
              className="text-input"
              readOnly
              aria-labelledby="p-download-folder"
              value={s.downloadFolder || l10n.options.downloadFolderDefault}
            />
            <button type="button" className="button" onClick={() => void chooseDownloadFolder()}>
              {l10n.options.changeFolder}
            </button>
          </div>
        </div>
      </Section>
    </>
  );
}
