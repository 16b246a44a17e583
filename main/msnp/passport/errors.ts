// Passport outcomes that end a sign-in, each carrying its Failure (errors.md §3).
// Messages never contain the password, the Authorization header or a ticket.
import type { Failure } from '@shared/domain';
import { FAILURE_MESSAGES } from '@shared/failure-messages';

export class PassportError extends Error {
  override readonly name = 'PassportError';
  readonly failure: Failure;
  /** The HTTP status, when the server answered. */
  readonly status: number | undefined;
  constructor(failure: Failure, status?: number, options?: ErrorOptions) {
    super(failure.message, options);
    this.failure = failure;
    this.status = status;
  }
}

/**
 * login.md §5.4 `da-status=failed-noretry`: the request (its policy) was refused, not the
 * password; the sign-in restarts from VER once, with a fresh policy, then gives up.
 */
export class PassportPolicyRefused extends PassportError {
  constructor() {
    super(
      {
        kind: 'protocol',
        message: FAILURE_MESSAGES.passportRefused,
        reason: 'passportRefused',
      },
      401,
    );
  }
}

export const PASSPORT_UNAVAILABLE = FAILURE_MESSAGES.passportUnavailable;
