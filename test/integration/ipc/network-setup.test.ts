// Setting up a network through the page's own bridge (the web harness, real services, the
// local network): trusting a certificate that does not verify; and what a compromised page
// cannot do with a remembered password (issue 14: it belongs to the account AND the Passport
// host it was saved for).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { NetworkProfile, SessionState } from '@shared/domain';
import type { AppEvent } from '@shared/ipc/events';
import { isBridgeError } from '@shared/ipc/bridge';
import { startNetwork } from '../../server';
import type { LocalNetwork } from '../../server';
import { minimalRendererDir, startPeer } from './support/harness-peer';
import type { HarnessPeer } from './support/harness-peer';

const EMAIL = 'alice@tweener.test';
const PASSWORD = 'tweener';
const seedAlice = { email: EMAIL, password: PASSWORD, friendlyName: 'Alice' };

const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const undo of cleanup.splice(0).reverse()) await undo().catch(() => undefined);
});

async function network(options: Parameters<typeof startNetwork>[0] = {}): Promise<LocalNetwork> {
  const net = await startNetwork({ accounts: [seedAlice], ...options });
  cleanup.push(() => net.stop());
  return net;
}

async function peer(net: LocalNetwork): Promise<HarnessPeer> {
  const dir = await mkdtemp(join(tmpdir(), 'tweener-netsetup-'));
  cleanup.push(() => rm(dir, { recursive: true, force: true }));
  const p = await startPeer(net, dir, await minimalRendererDir());
  cleanup.push(() => p.stop());
  return p;
}

const signIn = (profileId: string, password?: string) => ({
  email: EMAIL,
  ...(password ? { password } : {}),
  status: 'NLN' as const,
  profileId,
  rememberMe: true,
  rememberPassword: true,
  signInAutomatically: false,
});

const isSession =
  (match: (s: SessionState) => boolean) =>
  (e: AppEvent): boolean =>
    e.type === 'session' && match(e.session);

const passwordSentTo = (net: LocalNetwork): boolean =>
  net.passportRequests.some((r) => r.authorization?.includes(`pwd=${PASSWORD}`) ?? false);

describe('a certificate that does not verify, through the page', () => {
  it('stops the sign-in with the certificate; Trust pins it, signs in, and later sign-ins go straight through', async () => {
    const net = await network({ passportCertificate: 'notCa' });
    const alice = await peer(net);
    const refused = await alice.bridge
      .request('session:signIn', signIn('local-demo', PASSWORD))
      .catch((e: unknown) => e);
    expect(isBridgeError(refused)).toBe(true);
    const stopped = await alice.waitFor(isSession((s) => s.failure?.kind === 'tlsRejected'));
    const cert = stopped.type === 'session' ? stopped.session.failure?.certificate : undefined;
    expect(cert?.sha256).toBe(net.passportFingerprint);
    expect(cert?.problem).toBe('notCa');
    expect(net.passportRequests).toEqual([]);

    // Trust: the password is still in main, not in the page; the sign-in goes on.
    await alice.bridge.request('session:trustCertificate', {
      profileId: 'local-demo',
      sha256: cert!.sha256,
    });
    const snapshot = await alice.bridge.request('app:snapshot', undefined);
    expect(snapshot.session.phase).toBe('online');
    // The built-in network became an editable copy holding the pin, and the chosen one.
    const copy = snapshot.profiles.find((p) => !p.builtIn && p.pinnedCertSha256 === cert!.sha256);
    expect(copy).toBeDefined();
    expect(snapshot.settings.lastProfileId).toBe(copy!.id);
    expect(passwordSentTo(net)).toBe(true);

    await alice.bridge.request('session:signOut', undefined);
    const before = alice.events.length;
    await alice.bridge.request('session:signIn', signIn(copy!.id));
    const after = alice.events.slice(before);
    expect(after.some((e) => e.type === 'session' && e.session.failure)).toBe(false);
    expect((await alice.bridge.request('app:snapshot', undefined)).session.phase).toBe('online');
  });

  it('Trust for another fingerprint than the one shown does not sign in', async () => {
    const net = await network({ passportCertificate: 'expired' });
    const alice = await peer(net);
    await alice.bridge.request('session:signIn', signIn('local-demo', PASSWORD)).catch(() => null);
    await alice.bridge.request('session:trustCertificate', {
      profileId: 'local-demo',
      sha256: 'AB:'.repeat(31) + 'AB',
    });
    expect((await alice.bridge.request('app:snapshot', undefined)).session.phase).toBe('signedOut');
    expect(net.passportRequests).toEqual([]);
  });
});

describe('a compromised page and a remembered password', () => {
  async function rememberedOnHome(): Promise<{
    home: LocalNetwork;
    evil: LocalNetwork;
    page: HarnessPeer;
  }> {
    const home = await network();
    const evil = await network();
    const page = await peer(home);
    await page.bridge.request('session:signIn', signIn('local-demo', PASSWORD));
    await page.bridge.request('session:signOut', undefined);
    return { home, evil, page };
  }

  const evilProfile = (home: LocalNetwork, evil: LocalNetwork, id: string): NetworkProfile => ({
    id,
    name: 'Totally the same network',
    host: home.host,
    port: home.dispatchPort,
    nexusUrl: null,
    loginUrl: evil.loginUrl.replace('127.0.0.1', 'localhost'),
    caCertPem: evil.caCertPem,
    pinnedCertSha256: null,
    builtIn: false,
  });

  it('a new profile with another login URL and CA gets no password: it is asked for again', async () => {
    const { home, evil, page } = await rememberedOnHome();
    await page.bridge.request('profiles:save', evilProfile(home, evil, 'custom-evil'));
    const refused = await page.bridge
      .request('session:signIn', signIn('custom-evil'))
      .catch((e: unknown) => e);
    expect(isBridgeError(refused) && refused.message).toMatch(/password/i);
    expect(evil.passportRequests).toEqual([]);
    expect(passwordSentTo(evil)).toBe(false);
    // The same remembered password still works where it was saved.
    await page.bridge.request('session:signIn', signIn('local-demo'));
    expect((await page.bridge.request('app:snapshot', undefined)).session.phase).toBe('online');
    // Signing in chose that network again (written in the background: wait for it).
    await page.waitFor((e) => e.type === 'settings' && e.settings.lastProfileId === 'local-demo');
  });

  it('rewriting the profile the password was saved with does not move the password either', async () => {
    const home = await network();
    const evil = await network();
    const page = await peer(home);
    const mine: NetworkProfile = {
      ...evilProfile(home, home, 'custom-home'),
      name: 'Home',
      nexusUrl: home.nexusUrl,
      loginUrl: null,
    };
    await page.bridge.request('profiles:save', mine);
    await page.bridge.request('session:signIn', signIn('custom-home', PASSWORD));
    await page.bridge.request('session:signOut', undefined);
    const homeRequests = home.passportRequests.length;

    await page.bridge.request('profiles:save', evilProfile(home, evil, 'custom-home'));
    const refused = await page.bridge
      .request('session:signIn', signIn('custom-home'))
      .catch((e: unknown) => e);
    expect(isBridgeError(refused)).toBe(true);
    expect(evil.passportRequests).toEqual([]);
    expect(home.passportRequests.length).toBe(homeRequests);
  });
});
