// The two ways a command line can go wrong, told apart because they end a run with
// --exit-on-error with different codes (exit-codes.ts).

/** The line itself is wrong: unknown command, missing or malformed argument. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A reference (conversation, transfer) that names nothing there is now. */
export class UnknownReferenceError extends Error {
  override readonly name = 'UnknownReferenceError';
}

export type ErrorKind = 'usage' | 'failed';

export function errorKind(error: unknown): ErrorKind {
  return error instanceof UsageError ? 'usage' : 'failed';
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
