// Command-line syntax on decoded text. The parser's fast path hands in a latin1 window of a
// run of bytes known to be ASCII (string offsets are byte offsets, no per-line decode call);
// its byte path hands in one line decoded as UTF-8.
// reference: msnp8/README.md §3.1 (command lines), §3.2 (TrIDs), §5 (params are ASCII, URL-encoded)

import type { ParseEvent } from './command';
import { MAX_LINE_BYTES } from './command';
import { NO_TRID, PAYLOAD } from './command-kinds';
import type { NameInfo } from './line-syntax';
import { isNameCode, malformedLine, nameOf } from './line-syntax';

const CR_CODE = 13;
const SPACE_CODE = 32;

/** parseTextLine's answer for a payload command, whose line it leaves to the caller. */
export const PAYLOAD_LINE = 1;
/** parseTextLine's answer when it has pushed the line's event (or skipped a blank line). */
export const LINE_DONE = 0;

// Field bounds of the line being split: a line is at most MAX_LINE_BYTES long, so it has at
// most half as many fields. Numbers only: nothing is retained between lines.
const bounds = new Int32Array(MAX_LINE_BYTES + 2);

/**
 * The space-separated fields of text[from, end), dropping empty fields, so runs of spaces and
 * leading or trailing spaces are tolerated (msnp8/README.md §3.1). The bounds are found first and
 * the array is made at its exact size: growing an empty array by push() costs more.
 */
export function fieldsOf(text: string, from: number, end: number): string[] {
  let n = 0;
  while (from < end) {
    let space = text.indexOf(' ', from);
    if (space < 0 || space > end) space = end;
    if (space > from) {
      bounds[n] = from;
      bounds[n + 1] = space;
      n += 2;
    }
    from = space + 1;
  }
  switch (n >> 1) {
    case 0:
      return [];
    case 1:
      return [field(text, 0)];
    case 2:
      return [field(text, 0), field(text, 2)];
    case 3:
      return [field(text, 0), field(text, 2), field(text, 4)];
    case 4:
      return [field(text, 0), field(text, 2), field(text, 4), field(text, 6)];
    case 5:
      return [field(text, 0), field(text, 2), field(text, 4), field(text, 6), field(text, 8)];
  }
  const fields = new Array<string>(n >> 1);
  for (let i = 0; i < n; i += 2) fields[i >> 1] = field(text, i);
  return fields;
}

function field(text: string, i: number): string {
  return text.slice(bounds[i]!, bounds[i + 1]!);
}

/** The value of text[from, to) when it is 1 to 15 decimal digits (a safe integer), else -1. */
function decimalAt(text: string, from: number, to: number): number {
  const n = to - from;
  if (n <= 0 || n > 15) return -1;
  let value = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 0x30;
    if (c < 0 || c > 9) return -1;
    value = value * 10 + c;
  }
  return value;
}

/** The interned name when text[a, e) starts with a valid command name, else null. */
function nameInfoAt(text: string, a: number, e: number): NameInfo | null {
  if (
    e - a < 3 ||
    !isNameCode(text.charCodeAt(a)) ||
    !isNameCode(text.charCodeAt(a + 1)) ||
    !isNameCode(text.charCodeAt(a + 2)) ||
    (e > a + 3 && text.charCodeAt(a + 3) !== SPACE_CODE)
  ) {
    return null;
  }
  return nameOf(text.charCodeAt(a), text.charCodeAt(a + 1), text.charCodeAt(a + 2));
}

function lineEnd(text: string, a: number, lf: number): number {
  return lf > a && text.charCodeAt(lf - 1) === CR_CODE ? lf - 1 : lf;
}

function lineStart(text: string, a: number, e: number): number {
  while (a < e && text.charCodeAt(a) === SPACE_CODE) a += 1;
  return a;
}

/**
 * Parses the line text[a, lf) (LF excluded) and pushes its command or error; a payload
 * command is left untouched and answered with PAYLOAD_LINE (see textPayloadHead).
 */
export function parseTextLine(text: string, a: number, lf: number, events: ParseEvent[]): number {
  const e = lineEnd(text, a, lf);
  a = lineStart(text, a, e);
  if (a === e) return LINE_DONE; // stray blank line (msnp8/README.md §3.1)
  const info = nameInfoAt(text, a, e);
  if (info === null) {
    events.push({ kind: 'error', error: malformedLine() });
    return LINE_DONE;
  }
  if (info.kind === PAYLOAD) return PAYLOAD_LINE;

  let from = a + 4;
  let trid: number | null = null;
  if (info.kind !== NO_TRID) {
    // The TrID is the first field when it is all digits (msnp8/README.md §3.2).
    from = lineStart(text, from, e);
    let to = text.indexOf(' ', from);
    if (to < 0 || to > e) to = e;
    const value = decimalAt(text, from, to);
    if (value >= 0) {
      trid = value;
      from = to + 1;
    }
  }
  const params = fieldsOf(text, from, e);
  events.push({ kind: 'command', command: { name: info.name, trid, params, payload: null } });
  return LINE_DONE;
}

/** The name and every field (the length last) of a line parseTextLine answered PAYLOAD_LINE. */
export function textPayloadHead(
  text: string,
  a: number,
  lf: number,
): { name: string; params: string[] } {
  const e = lineEnd(text, a, lf);
  a = lineStart(text, a, e);
  const { name } = nameOf(text.charCodeAt(a), text.charCodeAt(a + 1), text.charCodeAt(a + 2));
  return { name, params: fieldsOf(text, a + 4, e) };
}
