// Nudges and other datacasts: text/x-msnmsgr-datacast, `ID: 1` is a nudge.
// reference: switchboard.md §10
import { buildMime, fieldValue, parseFieldLines } from './mime';
import type { MimeMessage } from './mime';

export const DATACAST_CONTENT_TYPE = 'text/x-msnmsgr-datacast';
export const NUDGE_ID = 1;
/** One nudge per few seconds (§10: rate-limit). */
export const NUDGE_INTERVAL_MS = 3_000;

/** Exactly the 69-byte payload of §10. */
export function buildNudgePayload(): Buffer {
  return buildMime(DATACAST_CONTENT_TYPE, [], `ID: ${NUDGE_ID}\r\n\r\n`);
}

/** The datacast ID from the body (or, tolerantly, the headers); null when absent or not a number. */
export function datacastId(message: MimeMessage): number | null {
  const raw =
    fieldValue(parseFieldLines(message.body.toString('utf8')), 'ID') ??
    fieldValue(message.headers, 'ID');
  if (raw === undefined || !/^\d+$/.test(raw.trim())) return null;
  return Number(raw.trim());
}
