// Passport 1.4 over HTTPS with the network's CA (login.md §5).
import { describe, expect, it } from 'vitest';
import { demoAccounts } from './helpers/accounts';
import { useNetwork } from './helpers/network';
import { authorizationHeader, httpsGet, passportTicket } from './helpers/passport-client';

const POLICY = 'ct=1,rver=1,wp=FS_40SEC_0_COMPACT,lc=1,id=1';
const net = useNetwork(() => ({
  accounts: [
    ...demoAccounts(),
    { email: 'dave@tweener.test', password: 'p@ss,word', passportRedirect: true },
  ],
}));

const login = (email: string, password: string, url = net.loginUrl) =>
  httpsGet(url, net.caCertPem, { Authorization: authorizationHeader(email, password, POLICY) });

describe('Passport nexus', () => {
  it('advertises DALogin in PassportURLs over verified TLS', async () => {
    const answer = await httpsGet(net.nexusUrl, net.caCertPem);
    expect(answer.status).toBe(200);
    const urls = String(answer.headers['passporturls']);
    expect(urls).toMatch(/^DARealm=Passport\.Net,DALogin=127\.0\.0\.1:\d+\/login2\.srf,/);
    expect(`https://${/DALogin=([^,]+)/.exec(urls)?.[1]}`).toBe(net.loginUrl);
  });

  it('is refused by a client that does not trust the CA', async () => {
    await expect(httpsGet(net.nexusUrl, '')).rejects.toThrow();
  });
});

describe('Passport login server', () => {
  it('returns a ticket in Authentication-Info on success', async () => {
    const answer = await login('alice@tweener.test', 'tweener');
    expect(answer.status).toBe(200);
    expect(String(answer.headers['authentication-info'])).toMatch(
      /^Passport1\.4 da-status=success,tname=MSPAuth,tname=MSPProf,tname=MSPSec,from-PP='t=[^']+&p=[^']+',ru=http:\/\/messenger\.msn\.com$/,
    );
  });

  it('answers a wrong password with 401 da-status=failed', async () => {
    const answer = await login('alice@tweener.test', 'wrong');
    expect(answer.status).toBe(401);
    expect(String(answer.headers['www-authenticate'])).toMatch(/^Passport1\.4 da-status=failed,/);
    expect(answer.headers['authentication-info']).toBeUndefined();
  });

  it('answers an unknown account with 401 as well', async () => {
    const answer = await login('nobody@tweener.test', 'tweener');
    expect(answer.status).toBe(401);
    expect(String(answer.headers['www-authenticate'])).toMatch(/da-status=failed/);
  });

  it('refuses a header without the Passport1.4 prefix', async () => {
    const answer = await httpsGet(net.loginUrl, net.caCertPem, {
      Authorization: authorizationHeader('alice@tweener.test', 'tweener', POLICY).replace(
        'Passport1.4 ',
        '',
      ),
    });
    expect(answer.status).toBe(401);
  });

  it('redirects passportRedirect accounts with 302 to a second endpoint that succeeds', async () => {
    const first = await login('dave@tweener.test', 'p@ss,word');
    expect(first.status).toBe(302);
    expect(first.headers['authentication-info']).toBe('Passport1.4 da-status=redir');
    const location = String(first.headers.location);
    expect(location).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/login2-alt\.srf/);
    const second = await login('dave@tweener.test', 'p@ss,word', location);
    expect(second.status).toBe(200);
    expect(String(second.headers['authentication-info'])).toMatch(/da-status=success/);
    // The whole flow, as a client does it: decoded credentials with `@` and `,` work.
    await expect(
      passportTicket(net.nexusUrl, net.caCertPem, 'dave@tweener.test', 'p@ss,word', POLICY),
    ).resolves.toMatch(/^t=/);
  });

  it('answers 500 while the passportStatus fault is set, then recovers', async () => {
    net.faults.passportStatus(500);
    expect((await login('alice@tweener.test', 'tweener')).status).toBe(500);
    expect((await httpsGet(net.nexusUrl, net.caCertPem)).status).toBe(500);
    net.faults.passportStatus(null);
    expect((await login('alice@tweener.test', 'tweener')).status).toBe(200);
  });
});
