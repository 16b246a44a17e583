// The fault controls the fault matrix adds (test/integration/faults/fault-matrix.test.ts):
// a switchboard that drops a sender on MSG, a SYN listing cut halfway, Passport that loops
// or never answers. Each is off again once reset.
import { describe, expect, it } from 'vitest';
import { useNetwork } from './helpers/network';
import { authorizationHeader, httpsGet } from './helpers/passport-client';
import { signIn } from './helpers/sign-in';
import { rawConversation } from './helpers/switchboard';

const net = useNetwork();
const login = (email = 'alice@tweener.test') =>
  httpsGet(net.loginUrl, net.caCertPem, {
    Authorization: authorizationHeader(email, 'tweener', 'lc=1033,id=507'),
  });

describe('fault matrix controls', () => {
  it('switchboardDropOnMessage: the sender is dropped, nothing is relayed or acknowledged', async () => {
    const { sbCaller, sbCallee } = await rawConversation(
      net,
      'alice@tweener.test',
      'bob@tweener.test',
    );
    net.faults.switchboardDropOnMessage(true);
    const payload = 'MIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nhi';
    sbCaller.send(`MSG 3 A ${payload.length}\r\n${payload}`);
    await sbCaller.expectClose();
    expect(sbCaller.pending()).toEqual([]);
    await sbCallee.expectLine(/^BYE alice@tweener\.test$/);
  });

  it('dropNextSync: half the listing, then the connection closes; the next SYN is whole', async () => {
    const cut = await signIn(net, 'alice@tweener.test', { syncVersion: null, status: null });
    net.faults.dropNextSync();
    cut.client.send('SYN 10 0');
    await cut.client.expectLine(/^SYN 10 \d+ \d+ \d+$/);
    await cut.client.expectClose();
    const whole = await signIn(net, 'alice@tweener.test', { status: null });
    const header = /^SYN \d+ \d+ (\d+) (\d+)$/.exec(whole.listing[0] ?? '');
    expect(header).not.toBeNull();
  });

  it('passportMisbehaves: 302 to itself while redirectLoop, no answer while hang', async () => {
    net.faults.passportMisbehaves('redirectLoop');
    const looped = await login();
    expect(looped.status).toBe(302);
    expect(String(looped.headers.location)).toContain('/login2.srf');
    net.faults.passportMisbehaves('hang');
    await expect(login()).rejects.toThrow(/https timeout/);
    net.faults.passportMisbehaves(null);
    expect((await login()).status).toBe(200);
  });
});
