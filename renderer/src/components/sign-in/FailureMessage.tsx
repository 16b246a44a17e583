// A sign-in or connection failure in plain words, with the server's code in small grey text.
import type { Failure } from '../../../../shared/domain';
import { en } from '../../strings/en';

export function FailureMessage({ failure }: { failure: Failure }): React.JSX.Element {
  return (
    <div className="sign-in__error" role="alert">
      <strong>{en.signIn.failedTitle}</strong>
      <p>
        {failure.message}{' '}
        {failure.code !== undefined ? (
          <span className="sign-in__code">{en.signIn.code(failure.code)}</span>
        ) : null}
      </p>
      {/* A wrong clock makes certificates look invalid, so that hint goes with TLS failures. */}
      {failure.kind === 'tlsRejected' ? <p className="muted">{en.signIn.clockHint}</p> : null}
      {failure.kind === 'badCredentials' ? (
        <p className="muted">{en.signIn.credentialsHint}</p>
      ) : null}
    </div>
  );
}
