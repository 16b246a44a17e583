// errors.md §2: every code has a name and plain words for a person; unknown codes get a
// generic entry.
import { describe, expect, it } from 'vitest';
import { describeError, isServiceErrorCode, KNOWN_ERROR_CODES } from '../../../main/msnp/codec';

describe('error table', () => {
  it('knows the codes of errors.md', () => {
    const sample = [
      200, 201, 205, 206, 207, 208, 209, 210, 215, 216, 217, 218, 219, 223, 224, 225, 226, 227, 228,
      229, 230, 231, 232, 234, 240, 241, 280, 281, 282, 300, 302, 402, 403, 413, 420, 500, 501, 502,
      511, 540, 600, 601, 604, 606, 707, 710, 711, 712, 713, 714, 715, 717, 731, 800, 910, 911, 913,
      917, 920, 923, 924, 927, 928, 930, 931, 933, 934,
    ];
    for (const code of sample) expect(KNOWN_ERROR_CODES, String(code)).toContain(code);
    expect(KNOWN_ERROR_CODES.length).toBeGreaterThanOrEqual(100);
  });

  it('gives the table’s words', () => {
    expect(describeError(205)).toEqual({
      code: 205,
      name: 'invalid user',
      message: 'There is no Messenger account for that e-mail address.',
    });
    expect(describeError(230).message).toBe("This group can't be deleted.");
    expect(describeError(913).message).toBe(
      "You can't start conversations while you appear offline.",
    );
    expect(describeError(540).name).toBe('challenge response failed');
  });

  it('resolves "same as" rows to the referenced text', () => {
    expect(describeError(501).message).toBe(describeError(500).message);
    expect(describeError(917).message).toBe(describeError(911).message);
    expect(describeError(928).message).toBe(describeError(911).message);
    expect(describeError(605).message).toBe(describeError(601).message);
    expect(describeError(912).message).toBe(describeError(910).message);
  });

  it('uses the command-specific text where the table has one', () => {
    expect(describeError(201, 'ADD').message).toBe('That is not a valid e-mail address.');
    expect(describeError(201, 'CHG').message).toBe(describeError(201).message);
    expect(describeError(911, 'ANS').message).toBe('The conversation could not be joined.');
  });

  it('every message is plain words for a person', () => {
    for (const code of KNOWN_ERROR_CODES) {
      const { message, name } = describeError(code);
      expect(name.length, String(code)).toBeGreaterThan(0);
      expect(message, String(code)).toMatch(/^[A-Z].*[.]$/);
      expect(message, String(code)).not.toMatch(/\b(TrID|USR|XFR|CAL|ADD|generic)\b/);
    }
  });

  it('gives unknown codes a generic entry', () => {
    expect(describeError(299)).toEqual({
      code: 299,
      name: 'unknown error',
      message: describeError(200).message,
    });
    expect(describeError(699).message).toBe(describeError(500).message);
  });

  it('marks 5xx, 6xx and 9xx as service codes', () => {
    expect([500, 601, 911].every(isServiceErrorCode)).toBe(true);
    expect([201, 715, 800].some(isServiceErrorCode)).toBe(false);
  });
});
