// The result of Test connection: each step with its result and time; a failure says which
// step and why (and shows the certificate's fingerprint when that was the reason).
import type { ConnectionTestResult } from '@shared/domain';
import { l10n } from '../../strings';
import '../sign-in/CertificateDialog.css';

export function ConnectionTestSteps({
  result,
  placeholder,
}: {
  result: ConnectionTestResult;
  placeholder: boolean;
}): React.JSX.Element {
  const failed = result.steps.find((s) => !s.ok);
  return (
    <div className="connection-test" role="region" aria-label={l10n.connectionTest.caption}>
      <ol className="connection-test__steps">
        {result.steps.map((step, i) => (
          <li key={i} className={step.ok ? 'is-ok' : 'is-failed'}>
            <span className="connection-test__mark" aria-hidden="true">
              {step.ok ? '✓' : '✗'}
            </span>
            <span className="connection-test__name">{l10n.connectionTest.steps[step.step]}</span>
            <span className="connection-test__time">{l10n.connectionTest.ms({ ms: step.ms })}</span>
            <span className="connection-test__detail">
              <bdi>{step.detail}</bdi>
              {step.certificate ? (
                <>
                  {' '}
                  <span className="fingerprint">
                    {l10n.certificate.fingerprint} {step.certificate.sha256}
                  </span>
                </>
              ) : null}
            </span>
          </li>
        ))}
      </ol>
      <p
        role="status"
        className={failed ? 'connection-test__verdict is-failed' : 'connection-test__verdict'}
      >
        {failed
          ? l10n.connectionTest.failed({ step: l10n.connectionTest.steps[failed.step] })
          : l10n.connectionTest.ok}
      </p>
      {placeholder ? <p className="muted">{l10n.connectionTest.placeholder}</p> : null}
    </div>
  );
}
