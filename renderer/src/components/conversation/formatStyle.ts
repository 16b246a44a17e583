// A message format (X-MMS-IM-Format, already decoded by the core) as CSS. The size is never
// sent, each side picks its own (ui-spec §1.4.5), so it is not part of this.
import type { CSSProperties } from 'react';
import type { MessageFormat } from '@shared/domain';
import { DARK_PANEL_BACKGROUND, readableOn } from '../../app/contrast';
import type { AppliedTheme } from '../../app/theme';

const FALLBACK = "Tahoma, Verdana, 'Segoe UI', 'DejaVu Sans', sans-serif";

/** Quotes a font name for CSS; anything odd from the wire just falls back. */
function fontFamily(name: string): string {
  const clean = name.replace(/["\\;{}<>]/g, '').trim();
  return clean ? `"${clean}", ${FALLBACK}` : FALLBACK;
}

/**
 * On the dark theme a sender's colour too dark to read is lightened, for display only; against
 * the lightest dark surface, so it reads on the transcript (darker) as well.
 */
export function formatStyle(
  format: MessageFormat | null,
  theme: AppliedTheme = 'light',
): CSSProperties {
  if (!format) return { fontFamily: FALLBACK };
  const lines = [format.underline ? 'underline' : '', format.strikethrough ? 'line-through' : '']
    .filter(Boolean)
    .join(' ');
  return {
    fontFamily: fontFamily(format.font),
    fontWeight: format.bold ? 'bold' : 'normal',
    fontStyle: format.italic ? 'italic' : 'normal',
    textDecoration: lines || 'none',
    color: /^#[0-9a-fA-F]{6}$/.test(format.color)
      ? theme === 'dark'
        ? readableOn(format.color, DARK_PANEL_BACKGROUND)
        : format.color
      : undefined,
    direction: format.rightToLeft ? 'rtl' : undefined,
  };
}
