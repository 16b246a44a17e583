// How the network is reached (Options → Connection): automatic, direct only or the HTTP
// gateway only, the gateway's address, and a proxy (msnp8 http-gateway.md §4, §5). The proxy
// password is typed here and kept by main; it is never shown again.
import { l10n } from '../../strings';
import type { ProfileForm } from './profile-form';

interface Props {
  form: ProfileForm;
  setForm: (update: (form: ProfileForm) => ProfileForm) => void;
  /** A proxy password was kept for this network in this visit. */
  passwordKept: boolean;
}

const MODES = ['automatic', 'direct', 'gateway'] as const;
const KINDS = ['', 'socks5', 'socks4a', 'http'] as const;

export function ConnectionFields({ form, setForm, passwordKept }: Props): React.JSX.Element {
  const text = (key: keyof ProfileForm) => (e: React.ChangeEvent<HTMLInputElement>) => {
    const value = e.target.value;
    setForm((f) => ({ ...f, [key]: value }));
  };
  return (
    <div className="profile-form connection-fields">
      <label htmlFor="p-mode">{l10n.options.connectHow}</label>
      <select
        id="p-mode"
        value={form.connectionMode}
        onChange={(e) => {
          const mode = MODES.find((m) => m === e.target.value) ?? 'automatic';
          setForm((f) => ({ ...f, connectionMode: mode }));
        }}
      >
        {MODES.map((mode) => (
          <option key={mode} value={mode}>
            {l10n.options.modes[mode]}
          </option>
        ))}
      </select>
      <label htmlFor="p-gateway">{l10n.options.gateway}</label>
      <input
        id="p-gateway"
        className="text-input"
        value={form.gateway}
        onChange={text('gateway')}
      />
      <label htmlFor="p-proxy-kind">{l10n.options.proxyKind}</label>
      <select
        id="p-proxy-kind"
        value={form.proxyKind}
        onChange={(e) => {
          const kind = KINDS.find((k) => k === e.target.value) ?? '';
          setForm((f) => ({ ...f, proxyKind: kind }));
        }}
      >
        {KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {l10n.options.proxyKinds[kind === '' ? 'none' : kind]}
          </option>
        ))}
      </select>
      {form.proxyKind === '' ? null : (
        <>
          <label htmlFor="p-proxy-host">{l10n.options.proxyHost}</label>
          <input
            id="p-proxy-host"
            className="text-input"
            value={form.proxyHost}
            onChange={text('proxyHost')}
          />
          <label htmlFor="p-proxy-port">{l10n.options.proxyPort}</label>
          <input
            id="p-proxy-port"
            type="number"
            className="text-input"
            value={form.proxyPort}
            onChange={text('proxyPort')}
          />
          <label htmlFor="p-proxy-user">{l10n.options.proxyUser}</label>
          <input
            id="p-proxy-user"
            className="text-input"
            autoComplete="off"
            value={form.proxyUser}
            onChange={text('proxyUser')}
          />
          <label htmlFor="p-proxy-password">{l10n.options.proxyPassword}</label>
          <input
            id="p-proxy-password"
            type="password"
            className="text-input"
            autoComplete="new-password"
            value={form.proxyPassword}
            onChange={text('proxyPassword')}
          />
        </>
      )}
      <p className="muted connection-fields__note">
        {passwordKept ? l10n.options.proxyPasswordKept : l10n.options.gatewayNote}
      </p>
    </div>
  );
}
