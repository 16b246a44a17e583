// While signing in: the mark (gently turning), "Signing in...", the current step, Cancel.
import { useEffect, useState } from 'react';
import { AppMark } from '../../art/AppMark';
import { useSession } from '../../stores/session';
import { l10n } from '../../strings';
import { FailureMessage } from './FailureMessage';
import './SignInForm.css';

export function SigningIn(): React.JSX.Element {
  const session = useSession((s) => s.session);
  const cancel = useSession((s) => s.cancelSignIn);
  const [now, setNow] = useState(() => Date.now());
  const reconnecting = session.phase === 'reconnecting';
  useEffect(() => {
    if (!reconnecting) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [reconnecting]);
  const seconds = session.retryAt ? Math.max(0, Math.ceil((session.retryAt - now) / 1000)) : null;
  return (
    // The steps are spoken by the app's live region (it exists before the sign-in starts).
    <div className="sign-in sign-in--progress">
      <div className="sign-in__mark">
        <AppMark size={88} spinning />
      </div>
      <p className="sign-in__progress-title">
        {reconnecting ? l10n.signIn.reconnecting : l10n.signIn.signingIn}
      </p>
      {session.step ? <p className="muted">{session.step}</p> : null}
      {reconnecting && session.failure ? <FailureMessage failure={session.failure} /> : null}
      {reconnecting && seconds !== null ? (
        <p className="muted">{l10n.signIn.retryIn({ seconds })}</p>
      ) : null}
      <div className="sign-in__actions">
        <button type="button" className="button" onClick={() => void cancel()}>
          {l10n.signIn.cancel}
        </button>
      </div>
    </div>
  );
}
