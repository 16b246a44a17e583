// Percent-encoding of parameters (friendly names, group names, phone numbers).
// reference: msnp8/README.md §5

// The unreserved set of encodeURIComponent; everything else is encoded, which covers the
// required space, %, CR, LF, controls, bytes >= 0x80 and , & + (msnp8/README.md §5, sending rules).
const UNRESERVED = new Uint8Array(128);
for (const ch of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.!~*'()") {
  UNRESERVED[ch.charCodeAt(0)] = 1;
}
const HEX = '0123456789ABCDEF';

/**
 * Encodes text as percent-encoded UTF-8. Never throws: a lone surrogate (which would make
 * encodeURIComponent throw) becomes U+FFFD through Buffer's UTF-8 encoder.
 */
export function encodeParam(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  let out = '';
  for (const b of bytes) {
    if (b < 128 && UNRESERVED[b] === 1) out += String.fromCharCode(b);
    else out += '%' + HEX[b >> 4] + HEX[b & 15];
  }
  return out;
}

function hexValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x41 && code <= 0x46) return code - 0x41 + 10;
  if (code >= 0x61 && code <= 0x66) return code - 0x61 + 10;
  return -1;
}

/**
 * Decodes percent-encoded UTF-8 tolerantly (msnp8/README.md §5, receiving rules): `%XX` in either
 * case becomes a byte, a `%` not followed by two hex digits stays literal, invalid UTF-8
 * becomes U+FFFD. Raw (unencoded) non-ASCII text is kept as it is. Never throws.
 */
export function decodeParam(text: string): string {
  if (!text.includes('%')) return text;
  const parts: Buffer[] = [];
  let literalStart = 0;
  let bytes: number[] = [];
  const flushLiteral = (end: number): void => {
    if (end > literalStart) {
      if (bytes.length > 0) parts.push(Buffer.from(bytes));
      bytes = [];
      parts.push(Buffer.from(text.slice(literalStart, end), 'utf8'));
    }
  };
  let i = 0;
  while (i < text.length) {
    if (text.charCodeAt(i) === 0x25 && i + 2 < text.length) {
      const hi = hexValue(text.charCodeAt(i + 1));
      const lo = hexValue(text.charCodeAt(i + 2));
      if (hi >= 0 && lo >= 0) {
        flushLiteral(i);
        bytes.push((hi << 4) | lo);
        i += 3;
        literalStart = i;
        continue;
      }
    }
    i += 1;
  }
  flushLiteral(text.length);
  if (bytes.length > 0) parts.push(Buffer.from(bytes));
  // Decoding all bytes at once keeps a character whose bytes mix %XX and raw text intact;
  // Buffer's decoder replaces invalid sequences with U+FFFD.
  return Buffer.concat(parts).toString('utf8');
}
