// TLS for Passport: verified by default; a network with its own CA is trusted only through
// the CA certificate or a pinned fingerprint (DESIGN.md, Security).
import tls from 'node:tls';
import { describe, expect, it } from 'vitest';
import { SignInError } from '../../../main/msnp';
import { useAccounts } from '../support/accounts';
import { PASSWORD, rejectionOf, seed } from './harness';

function serverFingerprint(url: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    // Test-side probe only: reads the certificate the client will be asked to pin.
    const socket = tls.connect(
      { host: hostname, port: Number(port), rejectUnauthorized: false },
      () => {
        resolve(socket.getPeerCertificate().fingerprint256);
        socket.destroy();
      },
    );
    socket.once('error', reject);
  });
}

describe('Passport TLS trust', () => {
  const { net, client: clientFor } = useAccounts([seed('tls@tweener.test')], { shared: true });

  it('rejects the self-signed network without its CA, naming the TLS error', async () => {
    const client = clientFor({ passport: { nexusUrl: net.nexusUrl, loginUrl: null } });
    const { failure } = await rejectionOf(
      client.signIn({ email: 'tls@tweener.test', password: PASSWORD, status: 'NLN' }),
      SignInError,
    );
    expect(failure.kind).toBe('tlsRejected');
    expect(failure.message).toMatch(/could not be verified: .* \([A-Z_]+\)/);
    expect(failure.message).not.toContain(PASSWORD);
    expect(client.snapshot.session).toMatchObject({
      phase: 'signedOut',
      failure: { kind: 'tlsRejected' },
    });
  });

  it('accepts it with the CA certificate', async () => {
    const client = clientFor();
    await client.signIn({ email: 'tls@tweener.test', password: PASSWORD, status: 'NLN' });
    expect(client.snapshot.session.phase).toBe('online');
    await client.signOut();
  });

  it('accepts it with the pinned certificate fingerprint and no CA', async () => {
    const pin = await serverFingerprint(net.nexusUrl);
    const client = clientFor({
      passport: { nexusUrl: net.nexusUrl, loginUrl: null, pinnedCertSha256: pin },
    });
    await client.signIn({ email: 'tls@tweener.test', password: PASSWORD, status: 'NLN' });
    expect(client.snapshot.session.phase).toBe('online');
    await client.signOut();
  });

  it('rejects a wrong pin', async () => {
    const client = clientFor({
      passport: {
        nexusUrl: net.nexusUrl,
        loginUrl: null,
        pinnedCertSha256: 'AB:'.repeat(31) + 'AB',
      },
    });
    const error = await rejectionOf(
      client.signIn({ email: 'tls@tweener.test', password: PASSWORD, status: 'NLN' }),
      SignInError,
    );
    expect(error.failure.kind).toBe('certificateChanged');
    expect(error.failure.certificate?.code).toBe('CERT_PIN_MISMATCH');
  });
});
