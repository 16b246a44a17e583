// Fault controls for client tests (LocalNetwork.faults).
import { describe, expect, it } from 'vitest';
import { startNetwork } from './index';
import { useNetwork } from './helpers/network';
import { RawClient } from './helpers/raw-client';
import { signIn } from './helpers/sign-in';

const net = useNetwork();

describe('faults', () => {
  it('drops the NS connection now, and watchers see FLN', async () => {
    const alice = await signIn(net, 'alice@tweener.test');
    const bob = await signIn(net, 'bob@tweener.test');
    await alice.client.expectLine(/^NLN NLN bob@tweener\.test/);
    net.faults.dropConnection('bob@tweener.test', 'now');
    await bob.client.expectClose();
    await alice.client.expectLine(/^FLN bob@tweener\.test$/);
  });

  it('drops after half a line', async () => {
    const { client } = await signIn(net, 'alice@tweener.test');
    net.faults.dropConnection('alice@tweener.test', 'midLine');
    await client.expectClose();
    expect(client.pending()).toEqual([]); // the half line never completes
  });

  it('drops in the middle of a MSG payload', async () => {
    const { client } = await signIn(net, 'alice@tweener.test');
    net.faults.dropConnection('alice@tweener.test', 'midPayload');
    await client.expectClose();
    expect(client.pending()).toEqual([]);
  });

  it('sends raw bytes to the NS connection', async () => {
    const { client } = await signIn(net, 'alice@tweener.test');
    const payload =
      'MIME-Version: 1.0\r\nContent-Type: application/x-msmsgssystemmessage\r\n\r\nType: 1\r\nArg1: 5\r\n';
    net.faults.sendRaw('alice@tweener.test', `MSG Hotmail Hotmail ${payload.length}\r\n${payload}`);
    const got = await client.expectLine(/^MSG Hotmail Hotmail 88$/);
    expect(got.payload?.toString()).toBe(payload);
  });

  it('delays replies, in order, until reset', async () => {
    const { client } = await signIn(net, 'alice@tweener.test');
    net.faults.delayReplies(300);
    const started = Date.now();
    client.send('PNG');
    client.send('URL 20 INBOX');
    await client.expectLine(/^QNG$/, 2000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
    await client.expectLine(/^URL 20 \/cgi-bin\/HoTMaiL https:\/\/127\.0\.0\.1:\d+\/\S+ 2$/, 2000);
    // A burst is delayed once, not once per line.
    const burst = Date.now();
    for (let trid = 21; trid < 31; trid++) client.send(`URL ${trid} INBOX`);
    for (let trid = 21; trid < 31; trid++)
      await client.expectLine(new RegExp(`^URL ${trid} `), 2000);
    expect(Date.now() - burst).toBeLessThan(1500);
    net.faults.delayReplies(0);
    const again = Date.now();
    client.send('PNG');
    await client.expectLine(/^QNG$/);
    expect(Date.now() - again).toBeLessThan(250); // under the 300 ms delay, with room for a busy CI
  });

  it('does nothing for accounts that are not signed in', () => {
    expect(() => {
      net.faults.dropConnection('bob@tweener.test', 'now');
      net.faults.sendRaw('bob@tweener.test', 'PNG\r\n');
      net.faults.signInElsewhere('nobody@tweener.test');
    }).not.toThrow();
  });
});

describe('instances', () => {
  it('runs several networks at once on different ports, each with its own accounts', async () => {
    const other = await startNetwork({
      accounts: [{ email: 'zed@tweener.test', password: 'secret' }],
    });
    try {
      const ports = new Set([
        net.dispatchPort,
        net.nsPort,
        net.sbPort,
        other.dispatchPort,
        other.nsPort,
        other.sbPort,
      ]);
      expect(ports.size).toBe(6);
      const zed = await signIn(other, 'zed@tweener.test', { password: 'secret' });
      expect(zed.listing[0]).toMatch(/^SYN \d+ 1 0 1$/);
      await expect(signIn(other, 'alice@tweener.test')).rejects.toThrow(/401/);
      other.addAccount({ email: 'alice@tweener.test', password: 'other' });
      await signIn(other, 'alice@tweener.test', { password: 'other' });
    } finally {
      await other.stop();
    }
  });

  it('stop() closes connections and listeners even with clients still connected', async () => {
    const { client } = await signIn(net, 'alice@tweener.test');
    const idle = await RawClient.connect(net.sbPort);
    await net.stop();
    await client.expectClose();
    await idle.expectClose();
    await expect(RawClient.connect(net.dispatchPort)).rejects.toThrow();
    await net.stop(); // idempotent
  });
});
