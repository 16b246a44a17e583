// The Authorization header carries the password: Passport redirects are followed only to the
// same host or to a host the network lists, and the network's CA/pin apply to its hosts only.
// reference: login.md §5.4 (redirects), §5.6 (certificate trust)
import { afterEach, describe, expect, it } from 'vitest';
import { SignInError } from '../../../main/msnp';
import { requestTicket } from '../../../main/msnp/passport/login';
import { PassportError } from '../../../main/msnp/passport/errors';
import { startNetwork } from '../../server';
import type { LocalNetwork } from '../../server';
import { clientFor, PASSWORD, rejectionOf, seed } from './harness';

const EMAIL = 'moved@tweener.test';
let net: LocalNetwork | null = null;

afterEach(async () => {
  await net?.stop();
  net = null;
});

const atAlternate = (n: LocalNetwork) =>
  n.passportRequests.filter((r) => r.path === '/login2-alt.srf');

describe('Passport redirect to another host', () => {
  it('is refused when the network does not list the host: the password never goes there', async () => {
    net = await startNetwork({
      accounts: [seed(EMAIL, { passportRedirect: true })],
      passportRedirectHost: 'localhost',
    });
    const client = clientFor(net);
    const { failure } = await rejectionOf(
      client.signIn({ email: EMAIL, password: PASSWORD, status: 'NLN' }),
      SignInError,
    );
    expect(failure.message).toContain('localhost');
    expect(failure.message).not.toContain(PASSWORD);
    expect(net.passportRequests.some((r) => r.path === '/login2.srf')).toBe(true);
    expect(atAlternate(net)).toEqual([]);
  });

  it('is followed (with the CA) when the network lists the host', async () => {
    net = await startNetwork({
      accounts: [seed(EMAIL, { passportRedirect: true })],
      passportRedirectHost: 'localhost',
    });
    const client = clientFor(net, {
      passport: {
        nexusUrl: net.nexusUrl,
        loginUrl: null,
        caCertPem: net.caCertPem,
        passportHosts: ['localhost'],
      },
    });
    await client.signIn({ email: EMAIL, password: PASSWORD, status: 'NLN' });
    expect(client.snapshot.session.phase).toBe('online');
    expect(atAlternate(net)).toHaveLength(1);
    await client.signOut();
  });

  it('is followed on the same host as before (the historical redirect)', async () => {
    net = await startNetwork({ accounts: [seed(EMAIL, { passportRedirect: true })] });
    const client = clientFor(net);
    await client.signIn({ email: EMAIL, password: PASSWORD, status: 'NLN' });
    expect(atAlternate(net)).toHaveLength(1);
    await client.signOut();
  });

  it("the network's CA does not apply to a host that is not the network's", async () => {
    net = await startNetwork({ accounts: [seed(EMAIL)] });
    const elsewhere = net.loginUrl.replace('127.0.0.1', 'localhost');
    const error = await requestTicket(
      elsewhere,
      EMAIL,
      PASSWORD,
      'lc=1033,id=507',
      { caCertPem: net.caCertPem, networkHosts: ['127.0.0.1'] },
      5_000,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PassportError);
    expect((error as PassportError).failure.kind).toBe('tlsRejected');
    expect(net.passportRequests).toEqual([]);
    // The same CA on the network's own host is trusted.
    const ticket = await requestTicket(
      net.loginUrl,
      EMAIL,
      PASSWORD,
      'lc=1033,id=507',
      { caCertPem: net.caCertPem, networkHosts: ['127.0.0.1'] },
      5_000,
    );
    expect(ticket).toMatch(/^t=/);
  });
});
