// The MSNP wire codec: bytes in, commands out, and back (DESIGN.md, protocol core step 1).
export type { MsnpCommand, ParseEvent } from './command';
export { MAX_LINE_BYTES, MAX_PAYLOAD_BYTES } from './command';
export { CommandParser } from './parser';
export { serializeCommand } from './serializer';
export { encodeParam, decodeParam } from './url-encoding';
export type { MsnpErrorInfo } from './error-codes';
export { describeError, isServiceErrorCode, KNOWN_ERROR_CODES } from './error-codes';
export type { MsnpProtocolErrorKind } from './protocol-error';
export { MsnpProtocolError } from './protocol-error';
