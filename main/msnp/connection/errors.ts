// Errors a request on an MSNP connection can end with (DESIGN.md, Errors).

import type { MsnpErrorInfo } from '../codec';
import { describeError } from '../codec';

/** The server answered a request with a numeric error code (errors.md §1). */
export class MsnpError extends Error {
  override readonly name = 'MsnpError';
  readonly code: number;
  readonly info: MsnpErrorInfo;
  /** The command that failed, e.g. `ADD`. */
  readonly command: string;
  readonly trid: number;

  constructor(code: number, command: string, trid: number) {
    const info = describeError(code, command);
    super(info.message);
    this.code = code;
    this.info = info;
    this.command = command;
    this.trid = trid;
  }
}

/** No reply with the request's TrID arrived in time (msnp8/README.md §3.2). */
export class RequestTimeoutError extends Error {
  override readonly name = 'RequestTimeoutError';
  readonly command: string;

  constructor(command: string, timeoutMs: number) {
    super(`${command} got no reply within ${timeoutMs} ms`);
    this.command = command;
  }
}

/** The connection closed (or was never open) before the request was answered. */
export class DisconnectedError extends Error {
  override readonly name = 'DisconnectedError';

  constructor(message = 'The connection to the server was closed.', options?: ErrorOptions) {
    super(message, options);
  }
}

/** The TCP connection could not be opened (refused, unreachable or timed out). */
export class ConnectError extends Error {
  override readonly name = 'ConnectError';
  readonly host: string;
  readonly port: number;

  constructor(host: string, port: number, options?: ErrorOptions) {
    super(
      "Can't reach the Messenger server. Check your connection and the server address.",
      options,
    );
    this.host = host;
    this.port = port;
  }
}
