// A contact's file name is shown and saved: no bidi or invisible controls, no Windows device
// names, no trailing dots or spaces, at most MAX_FILE_NAME_BYTES of UTF-8 with the extension
// kept — the same on every OS (switchboard.md §11.1 step 1).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFileOffer } from '../../../main/msnp/messages/invite';
import {
  FALLBACK_FILE_NAME,
  MAX_FILE_NAME_BYTES,
  safeFileName,
} from '../../../main/msnp/messages/safe-file-name';

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');
const RESERVED_STEMS = /^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³]|CONIN\$|CONOUT\$)$/i;

/** What "safe" means, checked on any output. */
function expectSafe(name: string): void {
  expect(name.length).toBeGreaterThan(0);
  expect(bytes(name)).toBeLessThanOrEqual(255);
  expect(bytes(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES + 1);
  expect(name).not.toMatch(/[/\\<>:"|?*]/);
  expect(name).not.toMatch(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u);
  expect(name).not.toMatch(/^[. ]|[. ]$/);
  expect(RESERVED_STEMS.test(name.split('.')[0]!.trimEnd())).toBe(false);
}

describe('bidirectional and invisible controls', () => {
  it('drops the right-to-left override so the real extension shows', () => {
    expect(safeFileName('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
  });

  it('drops every bidi embedding, override, isolate and mark', () => {
    const controls = [
      ...'\u202A\u202B\u202C\u202D\u202E',
      ...'\u2066\u2067\u2068\u2069',
      ...'\u200E\u200F\u061C',
    ];
    for (const c of controls) expect(safeFileName(`a${c}b.txt`)).toBe('ab.txt');
  });

  it('drops zero-width and other invisible characters', () => {
    expect(safeFileName('pho\u200Bto\u200D\uFEFF\u00AD\u2060.jpg')).toBe('photo.jpg');
    expect(safeFileName('\u3164\u115F.exe')).toBe('exe');
  });

  it('collapses runs of spaces that would push the real extension out of sight', () => {
    expect(safeFileName(`report.pdf${'\u3000'.repeat(40)}  .exe`)).toBe('report.pdf .exe');
  });

  it('an offer shows and saves the cleaned name', () => {
    const offer = parseFileOffer({
      command: 'INVITE',
      cookie: '1',
      fields: [
        ['Application-GUID', '{5D3E02AB-6190-11d3-BBBB-00C04F795683}'],
        ['Application-File', 'invoice\u202Efdp.exe'],
        ['Application-FileSize', '3'],
      ],
    });
    expect(offer?.fileName).toBe('invoicefdp.exe');
  });
});

describe('Windows reserved names, on every OS', () => {
  it.each([
    ['CON', '_CON'],
    ['con', '_con'],
    ['NUL.txt', '_NUL.txt'],
    ['nul.tar.gz', '_nul.tar.gz'],
    ['Aux.', '_Aux'],
    ['PRN .log', '_PRN .log'],
    ['COM1', '_COM1'],
    ['com9.exe', '_com9.exe'],
    ['LPT1.txt', '_LPT1.txt'],
    ['lpt9', '_lpt9'],
    ['COM¹.txt', '_COM¹.txt'],
    ['CONOUT$', '_CONOUT$'],
  ])('%s → %s', (name, safe) => {
    expect(safeFileName(name)).toBe(safe);
  });

  it('leaves names that only start like a device alone', () => {
    expect(safeFileName('CONTRACT.pdf')).toBe('CONTRACT.pdf');
    expect(safeFileName('COM10.txt')).toBe('COM10.txt');
    expect(safeFileName('nullable.ts')).toBe('nullable.ts');
  });
});

describe('trailing dots and spaces', () => {
  it('are removed (Windows would drop them and open another file)', () => {
    expect(safeFileName('notes.txt. . ')).toBe('notes.txt');
    expect(safeFileName('...')).toBe(FALLBACK_FILE_NAME);
    expect(safeFileName(' . ')).toBe(FALLBACK_FILE_NAME);
  });
});

describe('byte limit', () => {
  it('200 × é (400 bytes) is cut by bytes, keeping the extension', () => {
    const name = safeFileName('é'.repeat(200) + '.pdf');
    expect(bytes(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(name.endsWith('.pdf')).toBe(true);
    expect(name).toBe('é'.repeat((MAX_FILE_NAME_BYTES - 4) / 2) + '.pdf');
  });

  it('never splits a character or a flag (two code points, one grapheme)', () => {
    const flag = '🇫🇷'; // 8 bytes, one grapheme: a cut between its halves shows another flag
    const name = safeFileName(flag.repeat(20) + '.png');
    expect(name.endsWith('.png')).toBe(true);
    const stem = name.slice(0, -4);
    expect(stem).toBe(flag.repeat(stem.length / flag.length));
    expect(bytes(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
  });

  it('a name that is all "extension" is cut as a whole', () => {
    const name = safeFileName('x.' + 'a'.repeat(400));
    expect(bytes(name)).toBe(MAX_FILE_NAME_BYTES);
    expect(name.startsWith('x.aaa')).toBe(true);
  });
});

describe('property: any input gives a safe, non-empty name', () => {
  const hostileChar = fc.constantFrom(
    ...'/\\.:*?"<>| \t\r\n\u0000\u001f\u007f\u0085\u00a0\u00ad\u061c\u200b\u200e\u200f',
    ...'\u2028\u2029\u202a\u202e\u2066\u2069\ufeff\u3000\u3164é',
    '\ud800',
    '👨‍👩‍👧',
  );
  const reserved = fc.constantFrom('CON', 'prn', 'Aux', 'nul', 'COM3', 'lpt1', 'COM²');
  const name = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 400 }),
    fc.string({ unit: hostileChar, maxLength: 300 }),
    fc
      .tuple(reserved, fc.string({ unit: hostileChar, maxLength: 10 }), fc.string())
      .map(([r, junk, ext]) => `${r}${junk}.${ext}`),
    fc
      .tuple(
        fc.string({ unit: fc.constantFrom('é', 'a', '漢', '😀'), maxLength: 600 }),
        fc.string({ maxLength: 8 }),
      )
      .map(([stem, ext]) => `${stem}.${ext}`),
  );

  it('safe, ≤ 255 bytes, no separators or controls, and stable when applied again', () => {
    fc.assert(
      fc.property(name, (raw) => {
        const safe = safeFileName(raw);
        expectSafe(safe);
        expect(safeFileName(safe)).toBe(safe);
      }),
      { numRuns: 3000 },
    );
  });

  it('a short extension survives the cut', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('é', 'x', '漢'), minLength: 130, maxLength: 400 }),
        fc.constantFrom('.pdf', '.tar', '.jpeg', '.docx'),
        (stem, ext) => {
          const safe = safeFileName(stem + ext);
          expectSafe(safe);
          expect(safe.endsWith(ext)).toBe(true);
        },
      ),
    );
  });
});
