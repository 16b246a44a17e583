// Certificate trust on the local network (login.md §5.6): a Passport chain that does not
// verify stops the sign-in with the certificate's details before any password is sent; a pin
// of exactly that certificate signs in; a pin that no longer matches is a hard stop.
import { afterEach, describe, expect, it } from 'vitest';
import { SignInError } from '../../../main/msnp';
import type { CertificateProblem } from '@shared/domain';
import { startNetwork } from '../../server';
import type { LocalNetwork, NetworkOptions } from '../../server';
import { clientFor, PASSWORD, rejectionOf, seed } from './harness';

const EMAIL = 'cert@tweener.test';
let net: LocalNetwork | null = null;

afterEach(async () => {
  await net?.stop();
  net = null;
});

async function network(passportCertificate: NetworkOptions['passportCertificate']) {
  net = await startNetwork({ accounts: [seed(EMAIL)], passportCertificate });
  return net;
}

/** True when some request the Passport server received carried the password. */
const passwordReached = (n: LocalNetwork): boolean =>
  n.passportRequests.some((r) => r.authorization?.includes(`pwd=${PASSWORD}`) ?? false);

const cases: [NetworkOptions['passportCertificate'], CertificateProblem, RegExp][] = [
  ['unknownAuthority', 'unknownAuthority', /UNABLE_TO|SELF_SIGNED/],
  ['notCa', 'notCa', /INVALID_CA|INVALID_PURPOSE/],
  ['expired', 'expired', /CERT_HAS_EXPIRED/],
  ['wrongHost', 'wrongHost', /ERR_TLS_CERT_ALTNAME_INVALID/],
];

describe('certificate trust', () => {
  it.each(cases)(
    '%s: typed failure with the certificate, no password sent, then a pin signs in',
    async (kind, problem, code) => {
      const n = await network(kind);
      // The person added the network's CA, as the user did: it does not help.
      const client = clientFor(n, {
        passport: { nexusUrl: null, loginUrl: n.loginUrl, caCertPem: n.caCertPem },
      });
      const { failure } = await rejectionOf(
        client.signIn({ email: EMAIL, password: PASSWORD, status: 'NLN' }),
        SignInError,
      );
      expect(failure.kind).toBe('tlsRejected');
      const cert = failure.certificate;
      expect(cert).toBeDefined();
      expect(cert?.problem).toBe(problem);
      expect(cert?.code).toMatch(code);
      expect(cert?.host).toBe('127.0.0.1');
      expect(cert?.subject).toMatch(/CN=localhost/);
      expect(cert?.issuer).toMatch(/CN=/);
      expect(Date.parse(cert?.validFrom ?? '')).not.toBeNaN();
      expect(Date.parse(cert?.validTo ?? '')).not.toBeNaN();
      expect(cert?.sha256).toBe(n.passportFingerprint);
      expect(failure.message).not.toContain(PASSWORD);
      // What the server received: not one request, so not one byte of the password.
      expect(n.passportRequests).toEqual([]);

      const pinned = clientFor(n, {
        passport: { nexusUrl: null, loginUrl: n.loginUrl, pinnedCertSha256: cert?.sha256 },
      });
      await pinned.signIn({ email: EMAIL, password: PASSWORD, status: 'NLN' });
      expect(pinned.snapshot.session.phase).toBe('online');
      expect(passwordReached(n)).toBe(true);
      await pinned.signOut();
    },
  );

  it('the nexus is checked too: a failure there names the nexus host and sends nothing', async () => {
    const n = await network('unknownAuthority');
    const client = clientFor(n, { passport: { nexusUrl: n.nexusUrl, loginUrl: null } });
    const { failure } = await rejectionOf(
      client.signIn({ email: EMAIL, password: PASSWORD, status: 'NLN' }),
      SignInError,
    );
    expect(failure.certificate?.sha256).toBe(n.passportFingerprint);
    expect(n.passportRequests).toEqual([]);
  });

  it('a pinned certificate that changed is a hard stop showing both fingerprints', async () => {
    const old = await network('expired');
    const stalePin = old.passportFingerprint;
    await old.stop();
    const n = await network('notCa');
    const client = clientFor(n, {
      passport: { nexusUrl: null, loginUrl: n.loginUrl, pinnedCertSha256: stalePin },
    });
    const { failure } = await rejectionOf(
      client.signIn({ email: EMAIL, password: PASSWORD, status: 'NLN' }),
      SignInError,
    );
    expect(failure.kind).toBe('certificateChanged');
    expect(failure.pinnedSha256).toBe(stalePin);
    expect(failure.certificate?.sha256).toBe(n.passportFingerprint);
    expect(failure.certificate?.problem).toBe('pinChanged');
    expect(n.passportRequests).toEqual([]);
    // A hard stop is not retried behind the person's back.
    expect(client.snapshot.session.phase).toBe('signedOut');
  });
});
