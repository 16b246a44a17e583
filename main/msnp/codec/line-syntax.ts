// Constants and the name cache shared by the parser and the command-line syntax.
// reference: msnp8/README.md §3.1 (command lines), §3.2 (TrIDs)

import type { CommandKind } from './command-kinds';
import { kindOf } from './command-kinds';
import type { MsnpProtocolError } from './protocol-error';
import { PROTOCOL_ERRORS } from './protocol-error';

export const LF = 0x0a;

/**
 * Bytes decoded to one latin1 string at a time by the parser's text path. Parameters sliced
 * from it may keep the whole string alive (V8 sliced strings), so this also bounds what one
 * retained parameter can pin; it must not exceed MAX_LINE_BYTES (longer lines take the byte
 * path).
 */
export const TEXT_WINDOW = 4096;

export interface NameInfo {
  name: string;
  kind: CommandKind;
}

/** Upper-case letter or digit: the characters of a command name. */
export function isNameCode(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}

// Names are interned per 3-character key so a busy stream creates no name strings; there are
// at most 36^3 distinct valid names, so the cache is bounded.
const nameCache = new Map<number, NameInfo>();

/** The interned name for three name characters (already checked with isNameCode). */
export function nameOf(c0: number, c1: number, c2: number): NameInfo {
  const key = (c0 << 16) | (c1 << 8) | c2;
  let info = nameCache.get(key);
  if (info === undefined) {
    const name = String.fromCharCode(c0, c1, c2);
    info = { name, kind: kindOf(name) };
    nameCache.set(key, info);
  }
  return info;
}

export const malformedLine = (): MsnpProtocolError => PROTOCOL_ERRORS.malformedLine;
