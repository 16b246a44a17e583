// A failure a service reports on purpose, with words for a person. The router turns it into a
// BridgeErrorShape; any other error becomes a generic 'failed' without internal details.
import type { BridgeErrorShape } from '@shared/ipc/bridge';

export class ServiceError extends Error {
  readonly code: BridgeErrorShape['code'];

  constructor(code: BridgeErrorShape['code'], message: string) {
    super(message);
    this.name = 'ServiceError';
    this.code = code;
  }
}

/** Errors thrown by the protocol core carry a person-facing failure (SignInError) or message. */
export function toBridgeError(error: unknown): BridgeErrorShape {
  if (error instanceof ServiceError) return { code: error.code, message: error.message };
  if (typeof error === 'object' && error !== null) {
    const failure = (error as { failure?: unknown }).failure;
    if (typeof failure === 'object' && failure !== null) {
      const message = (failure as { message?: unknown }).message;
      if (typeof message === 'string') return { code: 'failed', message };
    }
    const info = (error as { info?: unknown }).info;
    if (typeof info === 'object' && info !== null) {
      const message = (info as { message?: unknown }).message;
      if (typeof message === 'string') return { code: 'failed', message };
    }
  }
  if (error instanceof Error && error.name !== 'Error' && error.message.length < 300) {
    return { code: 'failed', message: error.message };
  }
  return { code: 'failed', message: 'That did not work. Please try again.' };
}
