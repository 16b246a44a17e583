// X-MMS-IM-Format ⇄ MessageFormat.
// reference: switchboard.md §7.1 (keys), §7.2 (colour byte order: CO is a COLORREF, 0xBBGGRR)
import { DEFAULT_FORMAT } from '@shared/domain';
import type { MessageFormat } from '@shared/domain';

/** `CO` value (hex COLORREF, any number of digits) → CSS `#RRGGBB`. Garbage reads as black. */
export function coToCss(co: string): string {
  const trimmed = co.trim();
  const v = /^[0-9a-f]{1,8}$/i.test(trimmed) ? parseInt(trimmed, 16) >>> 0 : 0;
  const r = v & 0xff;
  const g = (v >> 8) & 0xff;
  const b = (v >> 16) & 0xff;
  return (
    '#' +
    [r, g, b]
      .map((x) => x.toString(16).padStart(2, '0'))
      .join('')
      .toUpperCase()
  );
}

/** CSS `#RRGGBB` (or `#RGB`) → `CO` as the official client writes it: no leading zeros. */
export function cssToCo(css: string): string {
  let hex = css.trim().replace(/^#/, '');
  if (/^[0-9a-f]{3}$/i.test(hex)) hex = [...hex].map((c) => c + c).join('');
  if (!/^[0-9a-f]{6}$/i.test(hex)) return '0';
  const n = parseInt(hex, 16);
  const r = (n >> 16) & 0xff;
  const g = (n >> 8) & 0xff;
  const b = n & 0xff;
  return (((b << 16) | (g << 8) | r) >>> 0).toString(16);
}

function decodeFontName(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function parseHexByte(text: string, fallback: number): number {
  const t = text.trim();
  return /^[0-9a-f]{1,2}$/i.test(t) ? parseInt(t, 16) : fallback;
}

/**
 * Parses an X-MMS-IM-Format value tolerantly: split on `;`, trim, split at the first `=`,
 * keys case-insensitive, any order, unknown keys ignored (reference: switchboard.md §7.1).
 * Missing keys take the receiver's defaults, except the colour (black) and effects (none).
 */
export function parseImFormat(value: string): MessageFormat {
  const format: MessageFormat = { ...DEFAULT_FORMAT };
  for (const item of value.split(';')) {
    const eq = item.indexOf('=');
    if (eq < 0) continue;
    const key = item.slice(0, eq).trim().toUpperCase();
    const val = item.slice(eq + 1).trim();
    switch (key) {
      case 'FN':
        if (val !== '') format.font = decodeFontName(val);
        break;
      case 'EF': {
        const effects = val.toUpperCase();
        format.bold = effects.includes('B');
        format.italic = effects.includes('I');
        format.underline = effects.includes('U');
        format.strikethrough = effects.includes('S');
        break;
      }
      case 'CO':
        format.color = coToCss(val);
        break;
      case 'CS':
        format.charset = parseHexByte(val, DEFAULT_FORMAT.charset);
        break;
      case 'PF':
        format.pitchFamily = parseHexByte(val, DEFAULT_FORMAT.pitchFamily);
        break;
      case 'RL':
        format.rightToLeft = val === '1';
        break;
    }
  }
  return format;
}

/** Builds the value with keys upper-case in the order FN EF CO CS PF, then RL (§7.1). */
export function buildImFormat(format: MessageFormat): string {
  const effects =
    (format.bold ? 'B' : '') +
    (format.italic ? 'I' : '') +
    (format.underline ? 'U' : '') +
    (format.strikethrough ? 'S' : '');
  const font = format.font.trim() === '' ? DEFAULT_FORMAT.font : format.font.trim();
  const charset = Number.isInteger(format.charset) ? format.charset & 0xff : 0;
  const pf = Number.isInteger(format.pitchFamily) ? format.pitchFamily & 0xff : 0x22;
  let value =
    `FN=${encodeURIComponent(font)}; EF=${effects}; CO=${cssToCo(format.color)}; ` +
    `CS=${charset.toString(16)}; PF=${pf.toString(16).padStart(2, '0')}`;
  if (format.rightToLeft) value += '; RL=1';
  return value;
}
