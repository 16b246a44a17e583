// Passport 1.4 header building and parsing (login.md §5.1–§5.4).
import { describe, expect, it } from 'vitest';
import { daLoginUrl, parsePassportUrls } from '../../../main/msnp/passport/nexus';
import {
  daStatus,
  interpretLoginResponse,
  passportAuthorization,
  ticketFrom,
} from '../../../main/msnp/passport/login';
import { normalizeFingerprint, passportNetworkError } from '../../../main/msnp/passport/https';

describe('Passport headers', () => {
  it('builds the Authorization header of the login.md §5.3 test vector', () => {
    expect(
      passportAuthorization(
        'alice@example.com',
        'p@ss,word',
        'ct=1,rver=1,wp=FS_40SEC_0_COMPACT,lc=1,id=1',
      ),
    ).toBe(
      'Passport1.4 OrgVerb=GET,OrgURL=http%3A%2F%2Fmessenger%2Emsn%2Ecom,sign-in=alice%40example.com,pwd=p%40ss%2Cword,ct=1,rver=1,wp=FS_40SEC_0_COMPACT,lc=1,id=1',
    );
    // Quote, equals, percent and non-ASCII are all encoded (login.md §5.2).
    expect(passportAuthorization('a@b.c', "it's=100%é", 'x=1')).toContain(
      'pwd=it%27s%3D100%25%C3%A9,x=1',
    );
  });

  it('reads DALogin from PassportURLs, adding https:// when it has no scheme', () => {
    const historical =
      'DARealm=Passport.Net,DALogin=login.passport.com/login2.srf,DAReg=https://reg,ConfigVersion=15';
    expect(parsePassportUrls(historical).get('ConfigVersion')).toBe('15');
    expect(daLoginUrl(historical)).toBe('https://login.passport.com/login2.srf');
    expect(daLoginUrl('DALogin=https://m1.escargot.log1p.xyz/login')).toBe(
      'https://m1.escargot.log1p.xyz/login',
    );
    expect(daLoginUrl('DARealm=Passport.Net')).toBeNull();
    expect(daLoginUrl('')).toBeNull();
  });

  it('extracts the ticket from from-PP (quoted, with $ & ! * characters) or unquoted', () => {
    const info =
      "Passport1.4 da-status=success,tname=MSPAuth,tname=MSPProf,tname=MSPSec,from-PP='t=7Qa2bX9cL0dE4fG1hJ3k$$&p=Zm9vYmFyYmF6cXV4$$',ru=http://messenger.msn.com";
    expect(ticketFrom(info)).toBe('t=7Qa2bX9cL0dE4fG1hJ3k$$&p=Zm9vYmFyYmF6cXV4$$');
    expect(ticketFrom("Passport1.4 da-status=success,from-PP='Xk3v9QmL2pR7sT1wZ4yB'")).toBe(
      'Xk3v9QmL2pR7sT1wZ4yB',
    );
    expect(ticketFrom('Passport1.4 da-status=success,from-PP=abc123,ru=x')).toBe('abc123');
    expect(ticketFrom('Passport1.4 da-status=success')).toBeNull();
    expect(daStatus(info)).toBe('success');
  });

  it('classifies login responses: success, redirect, failed, failed-noretry, other', () => {
    expect(
      interpretLoginResponse(200, {
        'authentication-info': "Passport1.4 da-status=success,from-PP='T'",
      }),
    ).toEqual({ kind: 'ticket', ticket: 'T' });
    expect(
      interpretLoginResponse(302, {
        'authentication-info': 'Passport1.4 da-status=redir',
        location: 'https://loginnet.passport.com/login2.srf?lc=1033',
      }),
    ).toEqual({ kind: 'redirect', location: 'https://loginnet.passport.com/login2.srf?lc=1033' });
    expect(
      interpretLoginResponse(401, {
        'www-authenticate':
          'Passport1.4 da-status=failed,srealm=Passport.NET,ts=-3,prompt,cburl=http://x/,cbtxt=Invalid%20sign-in%20name%20or%20password.',
      }),
    ).toEqual({ kind: 'failed', noRetry: false });
    expect(
      interpretLoginResponse(401, { 'www-authenticate': 'Passport1.4 da-status=failed-noretry' }),
    ).toEqual({
      kind: 'failed',
      noRetry: true,
    });
    expect(interpretLoginResponse(500, {})).toEqual({ kind: 'unavailable', status: 500 });
    expect(
      interpretLoginResponse(200, { 'authentication-info': 'Passport1.4 da-status=success' }),
    ).toEqual({
      kind: 'unavailable',
      status: 200,
    });
  });

  it('normalises pinned fingerprints and names TLS errors', () => {
    const hex = 'ab'.repeat(32);
    expect(normalizeFingerprint(hex.match(/../g)!.join(':'))).toBe(hex.toUpperCase());
    expect(normalizeFingerprint('nope')).toBeNull();
    const tlsError = passportNetworkError(
      Object.assign(new Error('unsuitable certificate purpose'), { code: 'INVALID_PURPOSE' }),
    );
    expect(tlsError.failure.kind).toBe('tlsRejected');
    expect(tlsError.failure.message).toContain('INVALID_PURPOSE');
    expect(
      passportNetworkError(Object.assign(new Error('x'), { code: 'ECONNREFUSED' })).failure.kind,
    ).toBe('unreachable');
  });
});
