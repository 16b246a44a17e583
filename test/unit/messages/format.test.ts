import { describe, expect, it } from 'vitest';
import { DEFAULT_FORMAT } from '@shared/domain';
import { buildImFormat, coToCss, cssToCo, parseImFormat } from '../../../main/msnp/messages/format';

// reference: switchboard.md §7.2 — the colour table, both spellings.
const COLOURS: [css: string, official: string, padded: string][] = [
  ['#FF0000', 'ff', '0000ff'],
  ['#00FF00', 'ff00', '00ff00'],
  ['#0000FF', 'ff0000', 'ff0000'],
  ['#000000', '0', '000000'],
  ['#FFFFFF', 'ffffff', 'ffffff'],
  ['#12AB34', '34ab12', '34ab12'],
  ['#008000', '8000', '008000'],
  ['#808000', '8080', '008080'],
];

describe('colour byte order (§7.2)', () => {
  it.each(COLOURS)('%s ⇄ CO=%s / %s', (css, official, padded) => {
    expect(coToCss(official)).toBe(css);
    expect(coToCss(padded)).toBe(css);
    expect(coToCss(official.toUpperCase())).toBe(css);
    expect(cssToCo(css)).toBe(official);
    expect(cssToCo(css.toLowerCase())).toBe(official);
  });

  it('ff0000 is blue, not red', () => {
    expect(coToCss('ff0000')).toBe('#0000FF');
  });

  it('reads garbage as black and accepts #RGB', () => {
    expect(coToCss('zz')).toBe('#000000');
    expect(coToCss('')).toBe('#000000');
    expect(cssToCo('not a colour')).toBe('0');
    expect(cssToCo('#f00')).toBe('ff');
  });
});

describe('X-MMS-IM-Format', () => {
  it('parses the fixture P6 header', () => {
    expect(parseImFormat('FN=Segoe%20UI; EF=B; CO=ff; CS=0; PF=22')).toEqual({
      ...DEFAULT_FORMAT,
      font: 'Segoe UI',
      bold: true,
      color: '#FF0000',
      charset: 0,
      pitchFamily: 0x22,
    });
  });

  it('is tolerant: any order, any case, no spaces, unknown keys, effects in any order', () => {
    const f = parseImFormat('pf=31;co=8000;ef=SUIB;fn=Courier%20New;X=1;cs=80;RL=1');
    expect(f).toEqual({
      font: 'Courier New',
      bold: true,
      italic: true,
      underline: true,
      strikethrough: true,
      color: '#008000',
      charset: 0x80,
      pitchFamily: 0x31,
      rightToLeft: true,
    });
  });

  it('survives a malformed font escape', () => {
    expect(parseImFormat('FN=Bad%zzFont').font).toBe('Bad%zzFont');
  });

  it('builds FN EF CO CS PF in order, then RL', () => {
    expect(
      buildImFormat({
        ...DEFAULT_FORMAT,
        font: 'Times New Roman',
        underline: true,
        color: '#008000',
        pitchFamily: 0x12,
      }),
    ).toBe('FN=Times%20New%20Roman; EF=U; CO=8000; CS=0; PF=12');
    expect(
      buildImFormat({
        ...DEFAULT_FORMAT,
        font: 'Arial',
        italic: true,
        bold: true,
        rightToLeft: true,
        charset: 0xb1,
      }),
    ).toBe('FN=Arial; EF=BI; CO=0; CS=b1; PF=22; RL=1');
  });

  it('round-trips every field', () => {
    const format = {
      font: 'MS Sans Serif',
      bold: false,
      italic: true,
      underline: false,
      strikethrough: true,
      color: '#12AB34',
      charset: 0xcc,
      pitchFamily: 0x05,
      rightToLeft: true,
    };
    expect(parseImFormat(buildImFormat(format))).toEqual(format);
  });
});
