// Every way a sign-in or a session can end, as a typed Failure with words for a person.
// reference: errors.md §2 (codes), §3 (failures that are not MSNP codes), login.md §8
// Never put a password or a Passport ticket in these messages.
import type { Failure, FailureKind, FailureReason } from '@shared/domain';
import { FAILURE_MESSAGES } from '@shared/failure-messages';
import { describeError } from './codec';
import { ConnectError, DisconnectedError, MsnpError, RequestTimeoutError } from './connection';
import { PassportError } from './passport/errors';
import { GatewayError } from './gateway/gateway-transport';
import { ProxyError } from './proxy/proxy-setting';

/** signIn() rejects with this; `failure` says what happened. */
export class SignInError extends Error {
  override readonly name = 'SignInError';
  readonly failure: Failure;
  constructor(failure: Failure, options?: ErrorOptions) {
    super(failure.message, options);
    this.failure = failure;
  }
}

/** A contact/group/status operation the server refused (or that could not be sent). */
export class OperationError extends Error {
  override readonly name = 'OperationError';
  /** MSNP error code, when the server sent one. */
  readonly code: number | undefined;
  constructor(message: string, code?: number, options?: ErrorOptions) {
    super(message, options);
    this.code = code;
  }
}

/** The fixed sentences (English); the renderer has them in every language (Failure.reason). */
export const MESSAGES = FAILURE_MESSAGES;

/** A failure in one of the fixed sentences, named so a renderer can say it in its language. */
export function fixedFailure(kind: FailureKind, reason: FailureReason): Failure {
  return { kind, message: MESSAGES[reason], reason };
}

/** errors.md §2, 5xx/6xx/9xx: the service is busy or unavailable; retry later. */
const BUSY_CODES = new Set([
  500, 501, 503, 600, 601, 602, 603, 604, 605, 707, 711, 910, 912, 914, 915, 916, 918, 919, 920,
  921, 922,
]);
/** errors.md §2 / login.md §6: the ticket or password was refused. */
const AUTH_CODES = new Set([911, 917, 928]);

/**
 * A server error code during sign-in. `stage` tells `USR TWN I` (911 = bad sign-in name,
 * login.md §4.3) from `USR TWN S` (911 = ticket refused, login.md §6).
 */
export function failureFromCode(code: number, command = 'USR', stage?: 'initial'): Failure {
  const info = describeError(code, command);
  if (BUSY_CODES.has(code)) return { kind: 'serverBusy', message: info.message, code };
  if (AUTH_CODES.has(code)) {
    return stage === 'initial'
      ? { ...fixedFailure('unknownAccount', 'badSignInName'), code }
      : { ...fixedFailure('badCredentials', 'badCredentials'), code };
  }
  if (code === 205 || code === 206 || code === 208 || code === 931) {
    return { kind: 'unknownAccount', message: info.message, code };
  }
  return { kind: 'protocol', message: `${info.message} (error ${code})`, code };
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EHOSTDOWN',
  'EPIPE',
  'ECONNABORTED',
]);

/** Any error thrown while signing in, as a Failure. */
export function toFailure(error: unknown): Failure {
  if (error instanceof SignInError) return error.failure;
  if (error instanceof PassportError) return error.failure;
  if (error instanceof MsnpError) return failureFromCode(error.code, error.command);
  if (error instanceof ConnectError) {
    // A proxy that failed says so itself (http-gateway.md §5), without any credential.
    return error.cause instanceof ProxyError
      ? { kind: 'unreachable', message: error.cause.message }
      : fixedFailure('unreachable', 'unreachable');
  }
  if (error instanceof DisconnectedError && error.cause instanceof GatewayError) {
    return { kind: 'unreachable', message: error.cause.message };
  }
  if (error instanceof RequestTimeoutError) return fixedFailure('timeout', 'timeout');
  if (error instanceof DisconnectedError) {
    return fixedFailure('connectionLost', 'closedDuringSignIn');
  }
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && NETWORK_CODES.has(code)) {
    return fixedFailure('unreachable', 'unreachable');
  }
  return {
    kind: 'protocol',
    message: 'Something went wrong talking to the server. Please try again.',
  };
}

/** Failures worth an automatic retry (DESIGN.md, Errors: network kinds retry with backoff). */
export function isRetryable(failure: Failure): boolean {
  return (
    failure.kind === 'unreachable' ||
    failure.kind === 'connectionLost' ||
    failure.kind === 'timeout' ||
    failure.kind === 'serverBusy' ||
    failure.kind === 'serverShutdown'
  );
}

/** A refused operation (ADD, REM, ...) as an OperationError with the reference's words. */
export function toOperationError(error: unknown, command: string): OperationError {
  if (error instanceof OperationError) return error;
  if (error instanceof MsnpError) {
    return new OperationError(describeError(error.code, command).message, error.code, {
      cause: error,
    });
  }
  if (error instanceof RequestTimeoutError) return new OperationError(MESSAGES.timeout);
  if (error instanceof DisconnectedError) return new OperationError(MESSAGES.notSignedIn);
  return new OperationError('Something went wrong talking to the server. Please try again.');
}

/** The failure that goes with a session ending (msnp8/README.md §9.2, errors.md §3). */
export function endFailure(
  reason:
    | 'signedOut'
    | 'failed'
    | 'signedInElsewhere'
    | 'serverShutdown'
    | 'connectionLost'
    | 'redirected',
): Failure | undefined {
  switch (reason) {
    case 'redirected':
      return fixedFailure('connectionLost', 'redirected');
    case 'signedInElsewhere':
      return fixedFailure('signedInElsewhere', 'signedInElsewhere');
    case 'serverShutdown':
      return fixedFailure('serverShutdown', 'serverShutdown');
    case 'connectionLost':
      return fixedFailure('connectionLost', 'connectionLost');
    default:
      return undefined;
  }
}
