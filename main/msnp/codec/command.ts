// The shape of one MSNP command as the codec hands it to the layers above.
// reference: msnp8/README.md §3.1 (command lines), §3.2 (TrIDs), §3.4 (payload commands)

import type { MsnpProtocolError } from './protocol-error';

export interface MsnpCommand {
  /** Three characters: upper-case letters, or three digits for an error (errors.md §1). */
  name: string;
  /** The transaction id, or null for commands that carry none (msnp8/README.md §3.2). */
  trid: number | null;
  /** The parameters after the TrID; for payload commands without the trailing length. */
  params: string[];
  /** The payload bytes of MSG / NOT / IPG, otherwise null (msnp8/README.md §3.4). */
  payload: Buffer | null;
}

export type ParseEvent =
  { kind: 'command'; command: MsnpCommand } | { kind: 'error'; error: MsnpProtocolError };

export { MAX_LINE_BYTES, MAX_PAYLOAD_BYTES } from './frame-limits';
