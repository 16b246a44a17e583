// The initial profile (login.md §7): fixtures P1 (historical) and P3 (Escargot).
import { describe, expect, it } from 'vitest';
import {
  decideClientPort,
  parseProfile,
  swapPortBytes,
} from '../../../main/msnp/notification/profile';

const P1 =
  'MIME-Version: 1.0\r\nContent-Type: text/x-msmsgsprofile; charset=UTF-8\r\nLoginTime: 1735689600\r\nEmailEnabled: 1\r\nMemberIdHigh: 12345\r\nMemberIdLow: -1727032768\r\nlang_preference: 1033\r\nPreferredEmail: alice@example.com\r\ncountry: US\r\nPostalCode: \r\nGender: \r\nKid: 0\r\nAge: \r\nBDayPre: \r\nBirthday: \r\nWallet: \r\nFlags: 1027\r\nsid: 507\r\nkv: 7\r\nMSPAuth: 7Qa2bX9cL0dE4fG1hJ3k$$\r\nClientIP: 203.0.113.45\r\nClientPort: 18183\r\n\r\n';
const P3 =
  'MIME-Version: 1.0\r\nContent-Type: text/x-msmsgsprofile; charset=UTF-8\r\nLoginTime: 1735689600\r\nEmailEnabled: 0\r\nMemberIdHigh: 12345\r\nMemberIdLow: 2568281600\r\nlang_preference: 1033\r\npreferredEmail:\r\ncountry:\r\nPostalCode:\r\nGender:\r\nKid: 0\r\nAge:\r\nBDayPre:\r\nBirthday:\r\nWallet:\r\nFlags: 536872513\r\nsid: 507\r\nMSPAuth: Xk3v9QmL2pR7sT1wZ4yBQ2xL0&p=\r\nClientIP: 203.0.113.45\r\nClientPort: 51234\r\nABCHMigrated: 1\r\nMPOPEnabled: 0\r\n\r\n';

describe('initial profile', () => {
  it('fixtures have the byte lengths the reference gives', () => {
    expect(Buffer.byteLength(P1)).toBe(408);
    expect(Buffer.byteLength(P3)).toBe(417);
  });

  it('P1 (historical): fields, and ClientPort byte-swapped 18183 → 1863', () => {
    const p = parseProfile(Buffer.from(P1));
    expect(p).toMatchObject({
      loginTime: 1735689600,
      emailEnabled: true,
      memberIdHigh: 12345,
      memberIdLow: -1727032768,
      languagePreference: 1033,
      preferredEmail: 'alice@example.com',
      country: 'US',
      sid: '507',
      kv: '7',
      mspAuth: '7Qa2bX9cL0dE4fG1hJ3k$$',
      clientIp: '203.0.113.45',
      clientPortRaw: 18183,
      clientPort: 1863,
      escargot: false,
    });
  });

  it('P3 (Escargot): lower-case preferredEmail, empty values, port not swapped', () => {
    const p = parseProfile(P3);
    expect(p).toMatchObject({
      escargot: true,
      preferredEmail: '',
      clientPort: 51234,
      emailEnabled: false,
    });
    expect(p.mspAuth).toBe('Xk3v9QmL2pR7sT1wZ4yBQ2xL0&p=');
  });

  it('the local port decides when it matches one reading', () => {
    expect(swapPortBytes(18183)).toBe(1863);
    expect(swapPortBytes(1863)).toBe(18183);
    expect(decideClientPort(18183, false, 18183)).toBe(18183);
    expect(decideClientPort(51234, true, swapPortBytes(51234))).toBe(swapPortBytes(51234));
  });

  it('garbage never throws', () => {
    expect(parseProfile('nonsense').clientPort).toBeNull();
    expect(parseProfile(Buffer.from([0xff, 0xfe, 0x00])).loginTime).toBeNull();
  });
});
