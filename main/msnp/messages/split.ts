// Splitting long texts into several MSGs, each payload ≤ 1664 bytes, at character boundaries.
// reference: switchboard.md §5 (maximum payload), §7 (CR LF line breaks)
import type { MessageFormat } from '@shared/domain';
import { textHeaderBytes, toWireLineBreaks } from './text';

export const MAX_MSG_PAYLOAD_BYTES = 1664;

/** Prefer to cut after a space or line break when one lies in the last part of a chunk. */
const SOFT_BREAK_WINDOW = 0.25;

function isBreak(unit: string): boolean {
  return unit === ' ' || unit === '\r\n' || unit === '\t';
}

/**
 * Returns the wire bodies (CR LF line breaks) of one or more text messages whose payloads,
 * with the header block for `format`, are each at most `maxPayloadBytes`. Never cuts inside
 * a code point or between CR and LF; joining the bodies gives the whole text back.
 */
export function splitForWire(
  text: string,
  format: MessageFormat | null,
  maxPayloadBytes: number = MAX_MSG_PAYLOAD_BYTES,
): string[] {
  const wire = toWireLineBreaks(text);
  const budget = maxPayloadBytes - textHeaderBytes(format);
  if (budget < 8) throw new RangeError('format header leaves no room for text');
  if (Buffer.byteLength(wire, 'utf8') <= budget) return [wire];

  const units = wire.match(/\r\n|[\s\S]/gu) ?? [];
  const chunks: string[] = [];
  let current: string[] = [];
  let bytes = 0;
  let lastBreak = -1; // index in `current` just after a space / line break
  for (const unit of units) {
    const size = Buffer.byteLength(unit, 'utf8');
    if (bytes + size > budget) {
      const cut =
        lastBreak >= current.length * (1 - SOFT_BREAK_WINDOW) ? lastBreak : current.length;
      chunks.push(current.slice(0, cut).join(''));
      current = current.slice(cut);
      bytes = Buffer.byteLength(current.join(''), 'utf8');
      lastBreak = current.findLastIndex(isBreak) + 1 || -1;
    }
    current.push(unit);
    bytes += size;
    if (isBreak(unit)) lastBreak = current.length;
  }
  if (current.length > 0) chunks.push(current.join(''));
  return chunks;
}
