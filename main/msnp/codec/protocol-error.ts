// Bad bytes from the server are a typed event, never an exception out of the parser
// (DESIGN.md, Codec: "bounded and total"). Messages never quote the offending bytes: a
// server line can carry tickets or other secrets.

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
