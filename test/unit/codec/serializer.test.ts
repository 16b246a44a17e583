// msnp8/README.md §3.1 / §3.4: one space between fields, CR LF, payload length in UTF-8 bytes,
// line and payload in one Buffer; invalid fields are refused rather than sent.
import { describe, expect, it } from 'vitest';
import { encodeParam, serializeCommand } from '../../../main/msnp/codec';

describe('serializer', () => {
  it('writes name, TrID and parameters separated by single spaces, ending in CR LF', () => {
    expect(
      serializeCommand('REA', 25, ['alice@example.com', encodeParam('Alice ☕')]).toString(),
    ).toBe('REA 25 alice@example.com Alice%20%E2%98%95\r\n');
    expect(serializeCommand('OUT', null, []).toString()).toBe('OUT\r\n');
  });

  it('appends the payload length and the payload in the same Buffer', () => {
    const out = serializeCommand(
      'MSG',
      5,
      ['N'],
      'MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nHello',
    );
    expect(out.toString()).toBe(
      'MSG 5 N 67\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nHello',
    );
    expect(serializeCommand('MSG', 6, ['U'], '').toString()).toBe('MSG 6 U 0\r\n');
  });

  it('refuses parameters that would break the framing', () => {
    for (const bad of ['a b', 'a\r\nOUT', '', 'tab\there', 'nul\u0000']) {
      expect(() => serializeCommand('REA', 1, ['me@example.com', bad])).toThrow(RangeError);
    }
  });

  it('refuses bad names and TrIDs', () => {
    expect(() => serializeCommand('msg', 1, [])).toThrow(RangeError);
    expect(() => serializeCommand('MSGS', 1, [])).toThrow(RangeError);
    expect(() => serializeCommand('CHG', -1, [])).toThrow(RangeError);
    expect(() => serializeCommand('CHG', 1.5, [])).toThrow(RangeError);
    expect(() => serializeCommand('CHG', 2 ** 31, [])).toThrow(RangeError);
  });

  it('does not put parameter values into its errors', () => {
    expect(() => serializeCommand('USR', 7, ['TWN', 'S', 't=secret ticket'])).toThrow(
      /^(?!.*secret)/,
    );
  });
});
