// Test connection against the local network: each step of a sign-in up to the password, timed;
// a failure says which step and why. No request with a password reaches Passport.
// reference: login.md §1–§5, §5.6
import { afterEach, describe, expect, it } from 'vitest';
import { testConnection } from '../../../main/msnp/probe/connection-test';
import { startNetwork } from '../../server';
import type { LocalNetwork, NetworkOptions } from '../../server';

let net: LocalNetwork | null = null;
afterEach(async () => {
  await net?.stop();
  net = null;
});

async function network(options: NetworkOptions = {}): Promise<LocalNetwork> {
  net = await startNetwork(options);
  return net;
}

describe('testConnection', () => {
  it('runs every step through a dispatch redirect, each with its time', async () => {
    const n = await network();
    const result = await testConnection({
      server: { host: n.host, port: n.dispatchPort },
      passport: { nexusUrl: n.nexusUrl, loginUrl: null, caCertPem: n.caCertPem },
      email: 'someone@tweener.test',
    });
    expect(result.ok).toBe(true);
    expect(result.steps.map((s) => s.step)).toEqual([
      'connect',
      'version',
      'account',
      'redirect',
      'connect',
      'version',
      'account',
      'nexus',
      'login',
    ]);
    expect(result.steps.every((s) => s.ok && s.ms >= 0)).toBe(true);
    expect(result.steps[3]?.detail).toBe(`127.0.0.1:${n.nsPort}`);
    expect(result.steps.at(-2)?.detail).toContain('/login2.srf');
    // The nexus was asked; the login server only shook hands.
    expect(n.passportRequests.map((r) => r.path)).toEqual(['/rdr/pprdr.asp']);
  });

  it('without a dispatch server there is no redirect step', async () => {
    const n = await network({ dispatch: false });
    const result = await testConnection({
      server: { host: n.host, port: n.nsPort },
      passport: { nexusUrl: null, loginUrl: n.loginUrl, caCertPem: n.caCertPem },
      email: 'someone@tweener.test',
    });
    expect(result.steps.map((s) => s.step)).toEqual([
      'connect',
      'version',
      'account',
      'nexus',
      'login',
    ]);
    expect(result.ok).toBe(true);
  });

  it('a certificate that does not verify fails the nexus step with the certificate', async () => {
    const n = await network({ passportCertificate: 'notCa' });
    const result = await testConnection({
      server: { host: n.host, port: n.dispatchPort },
      passport: { nexusUrl: n.nexusUrl, loginUrl: null, caCertPem: n.caCertPem },
      email: 'someone@tweener.test',
    });
    expect(result.ok).toBe(false);
    const last = result.steps.at(-1);
    expect(last).toMatchObject({ step: 'nexus', ok: false });
    expect(last?.certificate?.sha256).toBe(n.passportFingerprint);
    expect(last?.detail).toMatch(/not allowed to sign certificates/);
    expect(n.passportRequests).toEqual([]);
  });

  it('a login server whose certificate fails is caught at the login step, nothing sent', async () => {
    const n = await network({ passportCertificate: 'expired' });
    const result = await testConnection({
      server: { host: n.host, port: n.dispatchPort },
      // No nexus: the login server is the first HTTPS host, and its certificate is out of date.
      passport: {
        nexusUrl: null,
        loginUrl: n.loginUrl.replace('127.0.0.1', 'localhost'),
        caCertPem: n.caCertPem,
      },
      email: 'someone@tweener.test',
    });
    expect(result.steps.at(-1)).toMatchObject({ step: 'login', ok: false });
    expect(result.steps.at(-1)?.certificate?.problem).toBe('expired');
    expect(n.passportRequests).toEqual([]);
  });

  it('a refused connection fails the first step and says why', async () => {
    const n = await network();
    const port = n.dispatchPort;
    await n.stop();
    net = null;
    const result = await testConnection({
      server: { host: '127.0.0.1', port },
      passport: { nexusUrl: null, loginUrl: 'https://127.0.0.1:1/login2.srf' },
      email: 'someone@tweener.test',
      timeoutMs: 3_000,
    });
    expect(result.ok).toBe(false);
    expect(result.steps).toHaveLength(1);
    expect(result.steps[0]).toMatchObject({ step: 'connect', ok: false });
    expect(result.steps[0]?.detail).toMatch(/reach/i);
  });
});
