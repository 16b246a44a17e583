// The initial profile message (text/x-msmsgsprofile) sent right after USR OK.
// reference: login.md §7, msnp8/README.md §11 (Escargot's ClientPort is not byte-swapped)
import { intField, parseNsPayload } from './fields';

export interface InitialProfile {
  loginTime: number | null;
  emailEnabled: boolean;
  memberIdHigh: number | null;
  memberIdLow: number | null;
  languagePreference: number | null;
  preferredEmail: string;
  country: string;
  kid: boolean;
  sid: string;
  kv: string;
  /** Passport cookie for web single sign-on (notifications.md §6). */
  mspAuth: string;
  clientIp: string;
  /** The public source port as the server saw it, after the byte-order decision below. */
  clientPort: number | null;
  /** The number as sent. */
  clientPortRaw: number | null;
  /** Extra fields only Escargot sends (ABCHMigrated, MPOPEnabled). */
  escargot: boolean;
}

/** login.md §7: the historical server sent the port with its two bytes swapped. */
export function swapPortBytes(x: number): number {
  return ((x & 0xff) << 8) | ((x & 0xff00) >> 8);
}

/**
 * login.md §7 / msnp8/README.md §11: swap unless the server is Escargot (recognised by its extra
 * fields), or unless `localPort` tells which of the two readings is our real port.
 */
export function decideClientPort(raw: number, escargot: boolean, localPort?: number): number {
  if (localPort !== undefined) {
    if (raw === localPort) return raw;
    if (swapPortBytes(raw) === localPort) return swapPortBytes(raw);
  }
  return escargot ? raw : swapPortBytes(raw);
}

export function isProfileMessage(contentType: string): boolean {
  return contentType === 'text/x-msmsgsprofile';
}

export function parseProfile(payload: Buffer | string, localPort?: number): InitialProfile {
  const { fields } = parseNsPayload(payload);
  const text = (name: string) => fields.get(name.toLowerCase()) ?? '';
  const escargot = fields.has('abchmigrated') || fields.has('mpopenabled');
  const rawPort = intField(fields, 'ClientPort');
  const validRaw = rawPort !== null && rawPort >= 0 && rawPort <= 0xffff ? rawPort : null;
  return {
    loginTime: intField(fields, 'LoginTime'),
    emailEnabled: text('EmailEnabled') === '1',
    memberIdHigh: intField(fields, 'MemberIdHigh'),
    memberIdLow: intField(fields, 'MemberIdLow'),
    languagePreference: intField(fields, 'lang_preference'),
    preferredEmail: text('PreferredEmail'),
    country: text('country'),
    kid: text('Kid') === '1',
    sid: text('sid'),
    kv: text('kv'),
    mspAuth: text('MSPAuth'),
    clientIp: text('ClientIP'),
    clientPort: validRaw === null ? null : decideClientPort(validRaw, escargot, localPort),
    clientPortRaw: validRaw,
    escargot,
  };
}
