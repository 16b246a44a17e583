// Client capabilities into named flags (presence.md §3).
import { describe, expect, it } from 'vitest';
import {
  OWN_CAPABILITIES,
  parseCapabilities,
  toUint32,
} from '../../../main/msnp/presence/capabilities';

describe('capabilities', () => {
  it('we claim nothing', () => {
    expect(OWN_CAPABILITIES).toBe(0);
  });
  it('decodes the reference examples', () => {
    expect(parseCapabilities(268435492)).toMatchObject({
      msncVersion: 1,
      multiPacket: true,
      inkGif: true,
      webcam: false,
    });
    expect(parseCapabilities(28)).toMatchObject({
      inkGif: true,
      inkIsf: true,
      webcam: true,
      msncVersion: 0,
    });
    expect(parseCapabilities(1073741824).msncVersion).toBe(4);
    expect(parseCapabilities('1')).toMatchObject({ mobile: true });
    expect(parseCapabilities(0x200).webClient).toBe(true);
  });
  it('unparsable numbers count as 0', () => {
    expect(toUint32(undefined)).toBe(0);
    expect(toUint32('-1')).toBe(0);
    expect(toUint32('99999999999')).toBe(0);
    expect(toUint32('4294967295')).toBe(4294967295);
  });
});
