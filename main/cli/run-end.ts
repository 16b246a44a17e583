// What ends a run from outside the command loop: the connection lost for good, or a signal.
import { SignInError } from '../msnp';
import type { MsnClient } from '../msnp';
import type { Failure } from '@shared/domain';
import { ExitCode } from './exit-codes';
import type { RunEnd } from './output';

export interface EndWatch {
  ended: Promise<RunEnd>;
  dispose(): void;
}

function lost(failure: Failure): RunEnd {
  return {
    code: ExitCode.connectionLost,
    reason: 'connectionLost',
    message: failure.message,
    failure,
  };
}

/**
 * Call once signed in. A session that ends signed out *with* a failure was lost (with
 * reconnection on, only once the core gave up); an own sign-out carries no failure.
 */
export function watchForEnd(client: MsnClient): EndWatch {
  let finish: (end: RunEnd) => void = () => undefined;
  const ended = new Promise<RunEnd>((resolve) => (finish = resolve));
  const onSession = (s: { phase: string; failure?: Failure }): void => {
    if (s.phase === 'signedOut' && s.failure) finish(lost(s.failure));
  };
  const onInt = (): void =>
    finish({ code: ExitCode.interrupted, reason: 'signal', message: 'interrupted' });
  const onTerm = (): void =>
    finish({ code: ExitCode.terminated, reason: 'signal', message: 'terminated' });
  client.on('session', onSession);
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  onSession(client.snapshot.session); // lost before this was called
  return {
    ended,
    dispose() {
      client.off('session', onSession);
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
    },
  };
}

export function signInFailed(error: unknown): RunEnd {
  const failure: Failure =
    error instanceof SignInError
      ? error.failure
      : { kind: 'protocol', message: error instanceof Error ? error.message : String(error) };
  return { code: ExitCode.signInFailed, reason: 'signInFailed', message: failure.message, failure };
}
