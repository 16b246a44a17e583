// Passport 302 to a second login server, followed with the same Authorization header
// (login.md §5.4), and the Escargot shape: no dispatch, USR TWN S straight away (msnp8/README.md §11).
import { afterEach, describe, expect, it } from 'vitest';
import { startNetwork } from '../../server';
import type { LocalNetwork } from '../../server';
import type { MsnClient } from '../../../main/msnp';
import { clientFor, PASSWORD, seed } from './harness';

describe('Passport redirect and direct notification server', () => {
  let net: LocalNetwork | undefined;
  let client: MsnClient | undefined;

  afterEach(async () => {
    await client?.signOut();
    await net?.stop();
  });

  it('follows a 302 from login2.srf to the other login server', async () => {
    net = await startNetwork({
      accounts: [seed('redir@tweener.test', { passportRedirect: true })],
    });
    client = clientFor(net);
    await client.signIn({ email: 'redir@tweener.test', password: PASSWORD, status: 'BSY' });
    expect(client.snapshot.session.phase).toBe('online');
    expect(client.snapshot.self?.status).toBe('BSY');
  });

  it('accepts USR TWN S without a dispatch redirect (Escargot)', async () => {
    net = await startNetwork({ dispatch: false, accounts: [seed('direct@tweener.test')] });
    client = clientFor(net);
    await client.signIn({ email: 'direct@tweener.test', password: PASSWORD, status: 'NLN' });
    expect(client.snapshot.session.phase).toBe('online');
  });

  it('signs in with a fixed login URL when the network has no nexus', async () => {
    net = await startNetwork({ accounts: [seed('fixed@tweener.test')] });
    client = clientFor(net, {
      passport: { nexusUrl: null, loginUrl: net.loginUrl, caCertPem: net.caCertPem },
    });
    await client.signIn({ email: 'fixed@tweener.test', password: PASSWORD, status: 'NLN' });
    expect(client.snapshot.session.phase).toBe('online');
  });
});
