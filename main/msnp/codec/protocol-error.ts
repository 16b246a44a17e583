// Bad bytes from the server are a typed event, never an exception out of the parser
// (DESIGN.md, Codec: "bounded and total"). Messages never quote the offending bytes: a
// server line can carry tickets or other secrets.
//
// A hostile server can send nothing but bad lines, so the parser must not build an Error
// (and capture a stack) per line: each kind has one frozen instance, made once, and every
// event of that kind carries it (test/bench/malformed.bench.ts measures the difference).

import { MAX_LINE_BYTES, MAX_PAYLOAD_BYTES } from './frame-limits';

export type MsnpProtocolErrorKind =
  'lineTooLong' | 'malformedLine' | 'badPayloadLength' | 'payloadTooLarge';

export class MsnpProtocolError extends Error {
  override readonly name = 'MsnpProtocolError';
  readonly kind: MsnpProtocolErrorKind;

  constructor(kind: MsnpProtocolErrorKind, message: string) {
    super(message);
    this.kind = kind;
  }
}

const shared = (kind: MsnpProtocolErrorKind, message: string): MsnpProtocolError =>
  Object.freeze(new MsnpProtocolError(kind, message));

/** The one instance of each kind the parser reports (frozen: listeners cannot alter it). */
export const PROTOCOL_ERRORS: Readonly<Record<MsnpProtocolErrorKind, MsnpProtocolError>> = {
  lineTooLong: shared('lineTooLong', `command line longer than ${MAX_LINE_BYTES} bytes`),
  malformedLine: shared(
    'malformedLine',
    'command line does not start with a three-character command name',
  ),
  badPayloadLength: shared('badPayloadLength', 'payload command without a valid payload length'),
  payloadTooLarge: shared('payloadTooLarge', `payload larger than ${MAX_PAYLOAD_BYTES} bytes`),
};
