import { describe, expect, it } from 'vitest';
import { DEFAULT_FORMAT } from '@shared/domain';
import { classifyPayload } from '../../../main/msnp/messages/incoming';
import { buildTextPayload, toWireLineBreaks } from '../../../main/msnp/messages/text';

// Fixtures from examples.md (Fixture table).
const P6 =
  'MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nX-MMS-IM-Format: FN=Segoe%20UI; EF=B; CO=ff; CS=0; PF=22\r\n\r\nHi Bob! Lunch at 12?';
const P8 =
  'MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nX-MMS-IM-Format: FN=Arial; EF=; CO=0; CS=0; PF=22\r\n\r\nSure! Café at noon ☕';
const P10 =
  'MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nX-MMS-IM-Format: FN=Arial; EF=I; CO=ff0000; CS=0; PF=22\r\n\r\nLine one\r\nLine two';
const P11 =
  'MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nX-MMS-IM-Format: FN=Times%20New%20Roman; EF=U; CO=8000; CS=0; PF=12\r\n\r\nHey both!';

describe('text/plain messages (§7)', () => {
  it('builds P6, P8 and P10 byte for byte', () => {
    const p6 = buildTextPayload('Hi Bob! Lunch at 12?', {
      ...DEFAULT_FORMAT,
      font: 'Segoe UI',
      bold: true,
      color: '#FF0000',
    });
    expect(p6.toString()).toBe(P6);
    expect(p6.length).toBe(140);
    const p8 = buildTextPayload('Sure! Café at noon ☕', { ...DEFAULT_FORMAT, font: 'Arial' });
    expect(p8.length).toBe(136);
    expect(p8.toString()).toBe(P8);
    const p10 = buildTextPayload(toWireLineBreaks('Line one\nLine two'), {
      ...DEFAULT_FORMAT,
      font: 'Arial',
      italic: true,
      color: '#0000FF',
    });
    expect(p10.toString()).toBe(P10);
    expect(p10.length).toBe(137);
  });

  it('parses P10 and P11 into text and format', () => {
    expect(classifyPayload(Buffer.from(P10))).toEqual({
      kind: 'text',
      text: 'Line one\nLine two',
      format: { ...DEFAULT_FORMAT, font: 'Arial', italic: true, color: '#0000FF' },
    });
    const p11 = classifyPayload(Buffer.from(P11));
    expect(p11).toMatchObject({
      kind: 'text',
      text: 'Hey both!',
      format: { font: 'Times New Roman', underline: true, color: '#008000', pitchFamily: 0x12 },
    });
  });

  it('without a format header the format is null; without a charset it reads Windows-1252', () => {
    const p = Buffer.concat([
      Buffer.from('MIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nCaf'),
      Buffer.from([0xe9, 0x0d, 0x0a, 0x0d, 0x78]),
    ]);
    expect(classifyPayload(p)).toEqual({ kind: 'text', text: 'Café\n\nx', format: null });
  });

  it('converts every kind of line break to CR LF on the way out', () => {
    expect(toWireLineBreaks('a\nb\r\nc\rd')).toBe('a\r\nb\r\nc\r\nd');
  });
});
