// passportTicket against a tiny local HTTPS Passport: nexus caching, redirects (relative,
// bounded), missing DALogin, and a certificate with the wrong purpose (INVALID_PURPOSE) that
// only a pin may accept. reference: login.md §5; DESIGN.md (Security)
import { X509Certificate } from 'node:crypto';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import tls from 'node:tls';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PassportError } from '../../../main/msnp/passport/errors';
import { NexusCache } from '../../../main/msnp/passport/nexus';
import { passportTicket } from '../../../main/msnp/passport/ticket';
import { certificateChain, type TlsMaterial } from '../../server/certificates';

function fingerprint(pem: string): string {
  return new X509Certificate(pem).fingerprint256;
}

interface FakePassport {
  url: string;
  hits: Record<string, number>;
  auth: string[];
  mode: { loop: boolean; noDaLogin: boolean };
  close(): Promise<void>;
}

async function fakePassport(material: TlsMaterial): Promise<FakePassport> {
  const hits: Record<string, number> = {};
  const auth: string[] = [];
  const mode = { loop: false, noDaLogin: false };
  const server = https.createServer(
    { cert: material.certPem, key: material.keyPem },
    (req, res) => {
      const path = (req.url ?? '').split('?')[0]!;
      hits[path] = (hits[path] ?? 0) + 1;
      if (path === '/rdr/pprdr.asp') {
        res.setHeader(
          'PassportURLs',
          mode.noDaLogin
            ? 'DARealm=Passport.Net'
            : `DARealm=Passport.Net,DALogin=127.0.0.1:${port}/login2.srf`,
        );
        res.end();
        return;
      }
      auth.push(String(req.headers.authorization ?? ''));
      if (path === '/login2.srf' || mode.loop) {
        res.statusCode = 302;
        res.setHeader('Authentication-Info', 'Passport1.4 da-status=redir');
        res.setHeader('Location', mode.loop ? '/again.srf' : '/other/login2.srf?lc=1033');
        res.end();
        return;
      }
      res.setHeader('Authentication-Info', "Passport1.4 da-status=success,from-PP='t=ok$$&p=1'");
      res.end();
    },
  );
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `https://127.0.0.1:${port}/rdr/pprdr.asp`,
    hits,
    auth,
    mode,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

const REQUEST = { account: 'alice@example.com', password: 'p@ss,word', policy: 'ct=1,id=1' };

describe('passportTicket', () => {
  let good: TlsMaterial;
  let wrongPurpose: TlsMaterial;
  let passport: FakePassport;
  beforeAll(async () => {
    good = await certificateChain('serverAuth');
    wrongPurpose = await certificateChain('clientAuth');
    passport = await fakePassport(good);
  });
  afterAll(async () => {
    await passport.close();
  });
  beforeEach(() => {
    passport.mode.loop = false;
    passport.mode.noDaLogin = false;
    for (const k of Object.keys(passport.hits)) delete passport.hits[k];
    passport.auth.length = 0;
  });

  it('asks the nexus once per nexus URL, follows a relative 302 with the same header', async () => {
    const cache = new NexusCache();
    const config = { nexusUrl: passport.url, loginUrl: null, caCertPem: good.caCertPem };
    expect(await passportTicket(config, { ...REQUEST, cache })).toBe('t=ok$$&p=1');
    expect(await passportTicket(config, { ...REQUEST, cache })).toBe('t=ok$$&p=1');
    expect(passport.hits['/rdr/pprdr.asp']).toBe(1);
    expect(passport.hits['/other/login2.srf']).toBe(2);
    expect(new Set(passport.auth).size).toBe(1);
    expect(passport.auth[0]).toContain('sign-in=alice%40example.com,pwd=p%40ss%2Cword,ct=1,id=1');
  });

  it('gives up after a bounded number of redirects', async () => {
    passport.mode.loop = true;
    const error = await passportTicket(
      { nexusUrl: passport.url, loginUrl: null, caCertPem: good.caCertPem },
      { ...REQUEST, cache: new NexusCache() },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PassportError);
    expect((error as PassportError).failure.message).toContain('too many redirects');
    expect(passport.hits['/again.srf']).toBeLessThanOrEqual(6);
  });

  it('a nexus without DALogin is a service error', async () => {
    passport.mode.noDaLogin = true;
    const error = (await passportTicket(
      { nexusUrl: passport.url, loginUrl: null, caCertPem: good.caCertPem },
      { ...REQUEST, cache: new NexusCache() },
    ).catch((e: unknown) => e)) as PassportError;
    expect(error.failure.kind).toBe('serverBusy');
  });

  it('INVALID_PURPOSE: rejected with only the CA, accepted with the exact pinned certificate', async () => {
    const odd = await fakePassport(wrongPurpose);
    try {
      const withCa = (await passportTicket(
        { nexusUrl: odd.url, loginUrl: null, caCertPem: wrongPurpose.caCertPem },
        { ...REQUEST, cache: new NexusCache() },
      ).catch((e: unknown) => e)) as PassportError;
      expect(withCa.failure.kind).toBe('tlsRejected');
      expect(withCa.failure.message).toContain('INVALID_PURPOSE');

      const pinned = await passportTicket(
        { nexusUrl: odd.url, loginUrl: null, pinnedCertSha256: fingerprint(wrongPurpose.certPem) },
        { ...REQUEST, cache: new NexusCache() },
      );
      expect(pinned).toBe('t=ok$$&p=1');
      // Nothing is sent to a server whose certificate is not the pinned one.
      const before = odd.auth.length;
      const wrongPin = (await passportTicket(
        { nexusUrl: odd.url, loginUrl: null, pinnedCertSha256: fingerprint(good.certPem) },
        { ...REQUEST, cache: new NexusCache() },
      ).catch((e: unknown) => e)) as PassportError;
      // login.md §5.6: a pin that no longer matches is a hard stop showing both fingerprints.
      expect(wrongPin.failure.kind).toBe('certificateChanged');
      expect(wrongPin.failure.certificate?.sha256.replace(/:/g, '')).toBe(
        fingerprint(wrongPurpose.certPem).replace(/:/g, ''),
      );
      expect(wrongPin.failure.pinnedSha256).toBe(fingerprint(good.certPem));
      expect(odd.auth.length).toBe(before);
    } finally {
      await odd.close();
    }
  });

  it('system roots alone do not trust a private CA (no silent acceptance)', async () => {
    expect(tls.rootCertificates.length).toBeGreaterThan(0);
    const error = (await passportTicket(
      { nexusUrl: passport.url, loginUrl: null },
      { ...REQUEST, cache: new NexusCache() },
    ).catch((e: unknown) => e)) as PassportError;
    expect(error.failure.kind).toBe('tlsRejected');
  });
});
