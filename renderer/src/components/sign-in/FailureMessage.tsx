// A sign-in or connection failure in plain words, with the server's code in small grey text.
// Being signed out (elsewhere, service update) is headed as a sign-out, not a failed sign-in;
// a pinned certificate that changed is a hard stop showing both fingerprints.
import type { Failure } from '@shared/domain';
import { useUi } from '../../stores/ui';
import { l10n } from '../../strings';
import { Fingerprint } from './Fingerprint';
import './CertificateDialog.css';

function title(failure: Failure): string {
  switch (failure.kind) {
    case 'signedInElsewhere':
    case 'serverShutdown':
      return l10n.signIn.signedOutTitle;
    case 'certificateChanged':
      return l10n.signIn.certificateChangedTitle;
    default:
      return l10n.signIn.failedTitle;
  }
}

export function FailureMessage({ failure }: { failure: Failure }): React.JSX.Element {
  const openDialog = useUi((s) => s.openDialog);
  const problem = failure.certificate?.problem;
  return (
    <div className="sign-in__error" role="alert">
      <strong>{title(failure)}</strong>
      <p>
        {failure.reason ? l10n.failures[failure.reason] : failure.message}{' '}
        {failure.code !== undefined ? (
          <span className="sign-in__code">{l10n.signIn.code({ code: failure.code })}</span>
        ) : null}
      </p>
      {failure.kind === 'certificateChanged' ? (
        <>
          <dl className="fingerprints">
            <dt>{l10n.signIn.storedFingerprint}</dt>
            <dd>
              <Fingerprint value={failure.pinnedSha256 ?? ''} />
            </dd>
            <dt>{l10n.signIn.newFingerprint}</dt>
            <dd>
              <Fingerprint value={failure.certificate?.sha256 ?? ''} />
            </dd>
          </dl>
          <p className="muted">{l10n.signIn.certificateChangedNote}</p>
          <button
            type="button"
            className="link-button"
            onClick={() => openDialog({ kind: 'options', tab: 'connection' })}
          >
            {l10n.signIn.openConnection}
          </button>
        </>
      ) : null}
      {/* A wrong clock makes a certificate look expired or not yet valid: only then the hint. */}
      {problem === 'expired' || problem === 'notYetValid' ? (
        <p className="muted">{l10n.signIn.clockHint}</p>
      ) : null}
      {failure.kind === 'badCredentials' ? (
        <p className="muted">{l10n.signIn.credentialsHint}</p>
      ) : null}
    </div>
  );
}
