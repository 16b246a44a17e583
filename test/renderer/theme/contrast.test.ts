// The contrast function behind the dark theme's display-only lightening (ui-spec §3.5 [ext]).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  DARK_BACKGROUND,
  MIN_MESSAGE_CONTRAST,
  readableOn,
} from '../../../renderer/src/app/contrast';

const hex = fc
  .tuple(
    fc.integer({ min: 0, max: 255 }),
    fc.integer({ min: 0, max: 255 }),
    fc.integer({ min: 0, max: 255 }),
  )
  .map(([r, g, b]) => `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`);

const channels = (color: string): number[] =>
  [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));

describe('contrast', () => {
  it('gives the WCAG ratios: black on white 21:1, a colour on itself 1:1, either order', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#336699', '#336699')).toBeCloseTo(1, 5);
    // A known pair: #777777 on white is about 4.48:1.
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('refuses anything that is not #rrggbb', () => {
    expect(contrastRatio('red', '#000000')).toBeNull();
    expect(contrastRatio('#fff', '#000000')).toBeNull();
    expect(readableOn('url(x)')).toBe('url(x)');
  });

  it('leaves a colour that already reads on the dark background alone', () => {
    expect(readableOn('#ffcc00')).toBe('#ffcc00');
    expect(readableOn('#e6e6e6')).toBe('#e6e6e6');
  });

  it('lightens dark colours just enough: navy and black become readable', () => {
    expect(contrastRatio('#000080', DARK_BACKGROUND)).toBeLessThan(MIN_MESSAGE_CONTRAST);
    const navy = readableOn('#000080');
    expect(contrastRatio(navy, DARK_BACKGROUND)).toBeGreaterThanOrEqual(MIN_MESSAGE_CONTRAST);
    // Still bluish (blue channel highest) and not pushed all the way to white.
    const [r, g, b] = channels(navy);
    expect(b).toBeGreaterThan(r ?? 0);
    expect(b).toBeGreaterThan(g ?? 0);
    expect(contrastRatio(navy, DARK_BACKGROUND)).toBeLessThan(MIN_MESSAGE_CONTRAST + 0.2);
    expect(contrastRatio(readableOn('#000000'), DARK_BACKGROUND)).toBeGreaterThanOrEqual(3);
  });

  it('for any colour the result reads at 3:1 and no channel gets darker', () => {
    fc.assert(
      fc.property(hex, (color) => {
        const shown = readableOn(color);
        expect(contrastRatio(shown, DARK_BACKGROUND)).toBeGreaterThanOrEqual(MIN_MESSAGE_CONTRAST);
        const before = channels(color);
        channels(shown).forEach((v, i) => expect(v).toBeGreaterThanOrEqual(before[i] ?? 0));
      }),
    );
  });
});
