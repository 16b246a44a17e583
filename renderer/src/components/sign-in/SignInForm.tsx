// The sign-in form in the main window (../shared/ui-spec.md §1.2): e-mail, password, initial
// status, remember options, network; failures in plain words under the form.
import { useEffect, useMemo, useState } from 'react';
import type { SettableStatus } from '@shared/domain';
import { AppMark } from '../../art/AppMark';
import { MENU_STATUSES } from '../../status/statusDisplay';
import { usePreferences } from '../../stores/preferences';
import { useSignInDraft } from '../../stores/networks';
import { useSession } from '../../stores/session';
import { useUi } from '../../stores/ui';
import { l10n } from '../../strings';
import { CertificateDialog } from './CertificateDialog';
import { FailureMessage } from './FailureMessage';
import { markAfterPaint, markStep } from '../../app/perfMarks';
import './SignInForm.css';

export function SignInForm(): React.JSX.Element {
  const accounts = useSession((s) => s.accounts);
  const profiles = useSession((s) => s.profiles);
  const failure = useSession((s) => s.session.failure);
  const signIn = useSession((s) => s.signIn);
  // The chosen network (Options → Connection, this form, the last sign-in): read live, never
  // copied into the form, so the screen always shows and uses the one chosen last.
  const chosenProfileId = usePreferences((s) => s.settings.lastProfileId);
  const choose = usePreferences((s) => s.update);
  const trustCertificate = useSession((s) => s.trustCertificate);
  const openDialog = useUi((s) => s.openDialog);
  const lastEmail = useSession((s) => s.lastEmail);
  // After a failed attempt the form comes back as it was sent (all but the password).
  const again = useSession((s) => s.lastAttempt);
  const first =
    accounts.find((a) => a.email.toLowerCase() === lastEmail.toLowerCase()) ?? accounts[0];
  const [email, setEmail] = useState(lastEmail || first?.email || '');
  const [password, setPassword] = useState('');
  const [status, setStatus] = useState<SettableStatus>(again?.status ?? asStatus(first?.status));
  const [rememberMe, setRememberMe] = useState(again?.rememberMe ?? first !== undefined);
  const [rememberPassword, setRememberPassword] = useState(
    again?.rememberPassword ?? first?.hasPassword ?? false,
  );
  const [auto, setAuto] = useState(
    again?.signInAutomatically ?? first?.signInAutomatically ?? false,
  );
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => useSignInDraft.setState({ email }), [email]);
  // The startup benchmark's "sign-in window ready": the form's first frame.
  useEffect(() => markAfterPaint('tweener:signIn:ready'), []);
  // The certificate dialog closed with Cancel (or Trust) for this fingerprint.
  const [settledCertificate, setSettledCertificate] = useState<string | null>(null);

  const remembered = useMemo(
    () => accounts.find((a) => a.email.toLowerCase() === email.trim().toLowerCase()),
    [accounts, email],
  );
  const profile = profiles.find((p) => p.id === chosenProfileId) ?? profiles[0];
  const setProfileId = (id: string): void => void choose({ lastProfileId: id });
  const certificate = failure?.kind === 'tlsRejected' ? failure.certificate : undefined;
  const stoppedAt = profiles.find((p) => p.id === again?.profileId) ?? profile;

  const pickAccount = (value: string): void => {
    setEmail(value);
    useSignInDraft.setState({ email: value });
    const account = accounts.find((a) => a.email.toLowerCase() === value.trim().toLowerCase());
    if (account) {
      setStatus(asStatus(account.status));
      setRememberMe(true);
      setRememberPassword(account.hasPassword);
      setAuto(account.signInAutomatically);
      if (account.profileId !== profile?.id && profiles.some((p) => p.id === account.profileId)) {
        setProfileId(account.profileId);
      }
    }
  };

  const submit = (event: React.FormEvent): void => {
    event.preventDefault();
    const address = email.trim();
    if (!address) return setProblem(l10n.signIn.missingEmail);
    const useSaved = password === '' && remembered?.hasPassword === true;
    if (!password && !useSaved) return setProblem(l10n.signIn.missingPassword);
    setProblem(null);
    markStep('tweener:signIn');
    void signIn({
      email: address,
      ...(useSaved ? {} : { password }),
      status,
      profileId: profile?.id ?? chosenProfileId,
      rememberMe,
      rememberPassword: rememberMe && rememberPassword,
      signInAutomatically: rememberMe && rememberPassword && auto,
    });
  };

  return (
    <form className="sign-in" onSubmit={submit} aria-labelledby="sign-in-intro">
      <div className="sign-in__mark">
        <AppMark size={88} />
      </div>
      <p id="sign-in-intro" className="sign-in__intro">
        {l10n.signIn.intro({ network: profile?.name ?? l10n.appName })}
      </p>
      <label className="field">
        <span>{l10n.signIn.email}</span>
        <input
          className="text-input"
          type="email"
          name="email"
          autoComplete="username"
          list="remembered-accounts"
          value={email}
          onChange={(e) => pickAccount(e.target.value)}
          autoFocus={!lastEmail}
        />
        <datalist id="remembered-accounts">
          {accounts.map((a) => (
            <option key={a.email} value={a.email} />
          ))}
        </datalist>
      </label>
      <label className="field">
        <span>{l10n.signIn.password}</span>
        <input
          className="text-input"
          type="password"
          name="password"
          autoComplete="current-password"
          placeholder={remembered?.hasPassword ? l10n.signIn.savedPassword : ''}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          // After a failed attempt the address is kept: the password is what to retype.
          autoFocus={lastEmail !== ''}
        />
      </label>
      <label className="field field--inline">
        <span>{l10n.signIn.status}</span>
        <select value={status} onChange={(e) => setStatus(e.target.value as SettableStatus)}>
          {MENU_STATUSES.map((code) => (
            <option key={code} value={code}>
              {l10n.status[code]}
            </option>
          ))}
        </select>
      </label>
      <Check
        label={l10n.signIn.rememberMe}
        checked={rememberMe}
        onChange={(on) => {
          setRememberMe(on);
          // Unticking Remember Me unticks both others (ui-spec §1.2).
          if (!on) {
            setRememberPassword(false);
            setAuto(false);
          }
        }}
      />
      <Check
        label={l10n.signIn.rememberPassword}
        checked={rememberPassword || auto}
        disabled={auto}
        onChange={(on) => {
          setRememberPassword(on);
          if (on) setRememberMe(true);
        }}
      />
      <Check
        label={l10n.signIn.signInAutomatically}
        checked={auto}
        onChange={(on) => {
          setAuto(on);
          // Signing in automatically needs the password (ui-spec §1.2).
          if (on) {
            setRememberPassword(true);
            setRememberMe(true);
          }
        }}
      />
      <div className="sign-in__actions">
        <button type="submit" className="button">
          {l10n.signIn.submit}
        </button>
      </div>
      {problem ? (
        <p className="sign-in__error" role="alert">
          {problem}
        </p>
      ) : failure ? (
        <FailureMessage failure={failure} />
      ) : null}
      {certificate && stoppedAt && settledCertificate !== certificate.sha256 ? (
        <CertificateDialog
          certificate={certificate}
          network={stoppedAt.name}
          onCancel={() => setSettledCertificate(certificate.sha256)}
          onTrust={() => {
            setSettledCertificate(certificate.sha256);
            void trustCertificate(stoppedAt.id, certificate.sha256);
          }}
        />
      ) : null}
      <div className="sign-in__server">
        <label className="field field--inline">
          <span>{l10n.signIn.server}</span>
          <select value={profile?.id ?? ''} onChange={(e) => setProfileId(e.target.value)}>
            {profiles.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="link-button"
          onClick={() => openDialog({ kind: 'options', tab: 'connection' })}
        >
          {l10n.signIn.changeServer}
        </button>
      </div>
    </form>
  );
}

function Check({
  label,
  checked,
  disabled = false,
  onChange,
}: {
  label: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
}): React.JSX.Element {
  return (
    <label className="check">
      <input
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.target.checked)}
      />
      {label}
    </label>
  );
}

function asStatus(value: string | undefined): SettableStatus {
  return (MENU_STATUSES as readonly string[]).includes(value ?? '')
    ? (value as SettableStatus)
    : 'NLN';
}
