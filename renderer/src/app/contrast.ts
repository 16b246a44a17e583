// Contrast between colours (WCAG 2 relative luminance), and the display-only lightening of a
// sender's message colour that would be hard to read on the dark theme (ui-spec §3.5 [ext]).
// What is sent is never changed: this only picks the colour a message is drawn in.

type Rgb = [number, number, number];

function parseHex(color: string): Rgb | null {
  const m = /^#([0-9a-fA-F]{2})([0-9a-fA-F]{2})([0-9a-fA-F]{2})$/.exec(color);
  if (!m) return null;
  return [parseInt(m[1] ?? '0', 16), parseInt(m[2] ?? '0', 16), parseInt(m[3] ?? '0', 16)];
}

const toHex = ([r, g, b]: Rgb): string =>
  `#${[r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

function luminance([r, g, b]: Rgb): number {
  const channel = (v: number): number => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The WCAG contrast ratio of two #rrggbb colours (1 to 21); null if either is not one. */
export function contrastRatio(a: string, b: string): number | null {
  const x = parseHex(a);
  const y = parseHex(b);
  if (!x || !y) return null;
  const [hi, lo] = [luminance(x), luminance(y)].sort((p, q) => q - p) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The dark theme's transcript background (ui-spec §3.5 window-bg). */
export const DARK_BACKGROUND = '#1e1f22';
/** The dark theme's lightest surface a sender's colour is drawn on (the Options font sample). */
export const DARK_PANEL_BACKGROUND = '#26282c';
// WCAG AA for text of normal size (the audit in test/e2e/accessibility.test.ts holds to it).
export const MIN_MESSAGE_CONTRAST = 4.5;

/**
 * `color` if it reads on `background` at `min`:1 or better, else the least lightening of it
 * (mixed towards white, keeping its hue) that does. Anything not #rrggbb comes back unchanged.
 */
export function readableOn(
  color: string,
  background: string = DARK_BACKGROUND,
  min: number = MIN_MESSAGE_CONTRAST,
): string {
  const rgb = parseHex(color);
  const ratio = contrastRatio(color, background);
  if (!rgb || ratio === null || ratio >= min) return color;
  // Binary search on the share of white: 12 steps is finer than one 8-bit channel step.
  let low = 0;
  let high = 1;
  for (let i = 0; i < 12; i += 1) {
    const mid = (low + high) / 2;
    const mixed = toHex(rgb.map((v) => v + (255 - v) * mid) as Rgb);
    if ((contrastRatio(mixed, background) ?? 0) >= min) high = mid;
    else low = mid;
  }
  return toHex(rgb.map((v) => v + (255 - v) * high) as Rgb);
}
