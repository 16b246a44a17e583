// The options of `say` → the app's MessageFormat (shared/domain.ts); no option, no format
// (the core then sends its default).
import { DEFAULT_FORMAT } from '@shared/domain';
import type { MessageFormat } from '@shared/domain';
import { UsageError } from './errors';

/** The same bound the app's IPC schema puts on a font name (shared/ipc/requests.ts). */
const MAX_FONT_CHARS = 100;

export const FORMAT_FLAGS = {
  '--font': 'NAME',
  '--color': '#RRGGBB',
  '--bold': null,
  '--italic': null,
  '--underline': null,
  '--strike': null,
} as const satisfies Record<string, string | null>;

export function formatFromFlags(flags: Record<string, string | true>): MessageFormat | null {
  if (!Object.keys(FORMAT_FLAGS).some((flag) => flag in flags)) return null;
  const font = flags['--font'];
  const color = flags['--color'];
  if (typeof font === 'string' && (font.trim() === '' || font.length > MAX_FONT_CHARS))
    throw new UsageError(`--font must be a font name of 1 to ${MAX_FONT_CHARS} characters`);
  if (typeof color === 'string' && !/^#[0-9a-fA-F]{6}$/.test(color))
    throw new UsageError(`--color must be #RRGGBB, not '${color}'`);
  return {
    ...DEFAULT_FORMAT,
    ...(typeof font === 'string' ? { font: font.trim() } : {}),
    ...(typeof color === 'string' ? { color: color.toUpperCase() } : {}),
    bold: flags['--bold'] === true,
    italic: flags['--italic'] === true,
    underline: flags['--underline'] === true,
    strikethrough: flags['--strike'] === true,
  };
}
