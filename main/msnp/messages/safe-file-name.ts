// A file name a contact chose, made safe to show and to save on every OS (whatever OS this
// runs on). reference: switchboard.md §11.1 step 1 ("receivers must sanitise the name")

/**
 * UTF-8 bytes a name may take. File systems allow 255; the margin leaves room for the
 * ` (n)` a received file gets beside a namesake.
 */
export const MAX_FILE_NAME_BYTES = 240;
/** A longer "extension" is not one: it is cut with the rest of the name. */
const MAX_EXTENSION_BYTES = 32;
export const FALLBACK_FILE_NAME = 'received-file';

// Invisible and format characters (bidi embeddings, overrides and isolates U+202A–U+202E,
// U+2066–U+2069, marks U+200E/F and U+061C, zero-width characters, soft hyphen, BOM…) are
// dropped: they can make `invoice[U+202E]fdp.exe` read "invoiceexe.pdf". Hangul fillers and
// the combining grapheme joiner and variation selectors draw nothing either.
const INVISIBLE = /\p{Cf}|\p{Variation_Selector}|\u034f|[\u115f\u1160\u3164\uffa0]/gu;
// Controls, line/paragraph separators, lone surrogates and what Windows refuses in a name.
const REFUSED = /[\p{Cc}\p{Zl}\p{Zp}\p{Cs}<>:"|?*]/gu;
const SPACES = /[\p{Zs}\t]+/gu;
// Windows device names, with or without an extension, any case (COM¹–³ and LPT¹–³ too).
const RESERVED = /^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³]|CONIN\$|CONOUT\$)$/i;

const utf8Bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

/** The last path segment, without invisible controls, reserved names or a byte overflow. */
export function safeFileName(name: string): string {
  const lastSegment = name.split(/[/\\]/).pop() ?? '';
  let cleaned = lastSegment
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(REFUSED, '_')
    .replace(SPACES, ' ');
  cleaned = trimEnds(cleaned);
  cleaned = capBytes(cleaned, MAX_FILE_NAME_BYTES);
  cleaned = trimEnds(cleaned);
  if (cleaned === '') return FALLBACK_FILE_NAME;
  const stem = cleaned.split('.')[0]!.trimEnd();
  return RESERVED.test(stem) ? `_${cleaned}` : cleaned;
}

/** Leading dots (hidden files, `..`) and spaces; trailing dots and spaces (Windows drops them). */
function trimEnds(name: string): string {
  return name.replace(/^[. ]+/, '').replace(/[. ]+$/, '');
}

/** At most `max` UTF-8 bytes, cut between graphemes, keeping a short extension whole. */
export function capBytes(name: string, max: number): string {
  if (utf8Bytes(name) <= max) return name;
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot) : '';
  const keepExt = ext !== '' && utf8Bytes(ext) <= MAX_EXTENSION_BYTES && !ext.includes(' ');
  const stem = keepExt ? name.slice(0, dot) : name;
  const room = max - (keepExt ? utf8Bytes(ext) : 0);
  let out = '';
  let used = 0;
  for (const { segment } of new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(stem)) {
    const size = utf8Bytes(segment);
    if (used + size > room) break;
    out += segment;
    used += size;
  }
  return (keepExt ? out.replace(/[. ]+$/, '') : out) + (keepExt ? ext : '');
}
