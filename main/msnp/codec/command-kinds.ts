// How the parser treats each command name: whether a TrID may lead its parameters, and
// whether a payload follows the line.
// reference: msnp8/README.md §3.2 (commands without a TrID), §3.4 (payload commands, server → client)

/** The first parameter is the TrID when it is all decimal digits. */
export const TRID_IF_NUMERIC = 0;
/** Never carries a TrID (msnp8/README.md §3.2). */
export const NO_TRID = 1;
/** Never carries a TrID and its last parameter is the payload length (msnp8/README.md §3.4). */
export const PAYLOAD = 2;

export type CommandKind = typeof TRID_IF_NUMERIC | typeof NO_TRID | typeof PAYLOAD;

// Server → client payload commands in MSNP8. QRY/PAG carry payloads only client → server, and
// later-version payload commands (UBX, GCF, …) never occur in an MSNP8 session.
const PAYLOAD_COMMANDS = ['MSG', 'NOT', 'IPG'];

// GTC, BLP and PRP are absent on purpose: they carry a TrID in a reply and none inside a SYN
// listing, so "first parameter all digits" (TRID_IF_NUMERIC) decides (msnp8/README.md §3.2).
const NO_TRID_COMMANDS = [
  'PNG',
  'QNG',
  'OUT',
  'NLN',
  'FLN',
  'RNG',
  'JOI',
  'BYE',
  'LSG',
  'LST',
  'BPR',
];

export function kindOf(name: string): CommandKind {
  if (PAYLOAD_COMMANDS.includes(name)) return PAYLOAD;
  if (NO_TRID_COMMANDS.includes(name)) return NO_TRID;
  return TRID_IF_NUMERIC;
}

/** True for a non-empty string of at most 15 decimal digits (a safe integer). */
export function isDecimal(text: string): boolean {
  const n = text.length;
  if (n === 0 || n > 15) return false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}
