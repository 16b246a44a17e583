// Sign-in on the local network with raw lines (login.md §2–§7).
import { describe, expect, it, vi } from 'vitest';
import { startNetwork } from './index';
import { demoAccounts } from './helpers/accounts';
import { useNetwork } from './helpers/network';
import { RawClient } from './helpers/raw-client';
import { openNs, signIn, ticketFor } from './helpers/sign-in';

const net = useNetwork();

describe('dispatch server', () => {
  it('redirects USR TWN I to the notification server with XFR NS and closes', async () => {
    const client = await RawClient.connect(net.dispatchPort);
    client.send('VER 1 MSNP8 CVR0');
    await client.expectLine(/^VER 1 MSNP8 CVR0$/);
    client.send('CVR 2 0x0409 winnt 5.1 i386 MSNMSGR 5.0.0544 MSMSGS alice@tweener.test');
    await client.expectLine(/^CVR 2 /);
    client.send('USR 3 TWN I alice@tweener.test');
    const { line } = await client.expectLine(/^XFR 3 NS /);
    expect(line).toBe(`XFR 3 NS 127.0.0.1:${net.nsPort} 0 127.0.0.1:${net.dispatchPort}`);
    await client.expectClose();
  });

  it('answers VER without MSNP8 with VER n 0 and closes', async () => {
    const client = await RawClient.connect(net.dispatchPort);
    client.send('VER 1 MSNP9 CVR0');
    await client.expectLine(/^VER 1 0$/);
    await client.expectClose();
  });

  it('rejects a malformed account name with 911', async () => {
    const client = await RawClient.connect(net.dispatchPort);
    client.send('VER 1 MSNP8 CVR0');
    await client.expectLine(/^VER 1 /);
    client.send('CVR 2 0x0409 winnt 5.1 i386 MSNMSGR 5.0.0544 MSMSGS nobody');
    await client.expectLine(/^CVR 2 /);
    client.send('USR 3 TWN I not-an-address');
    await client.expectLine(/^911 3$/);
    await client.expectClose();
  });
});

describe('notification server login', () => {
  it('signs in with a Passport ticket: USR OK, profile, mail state', async () => {
    const { client, policy } = await openNs(net, 'alice@tweener.test');
    expect(policy).toMatch(/^lc=1033,id=507,.*ct=\d+.*,tpf=[0-9a-f]{32}$/);
    const ticket = await ticketFor(net, 'alice@tweener.test', policy);
    client.send(`USR 4 TWN S ${ticket}`);
    await client.expectLine(/^USR 4 OK alice@tweener\.test Alice 1 0$/);
    const profile = await client.expectLine(/^MSG Hotmail Hotmail (\d+)$/);
    const text = profile.payload?.toString('utf8') ?? '';
    expect(profile.payload?.length).toBe(Number(profile.match[1]));
    expect(text).toMatch(
      /^MIME-Version: 1\.0\r\nContent-Type: text\/x-msmsgsprofile; charset=UTF-8\r\n/,
    );
    expect(text).toContain('\r\nPreferredEmail: alice@tweener.test\r\n');
    expect(text).toContain('\r\nPostalCode: \r\n');
    expect(text).toContain('\r\nClientIP: 127.0.0.1\r\n');
    expect(text).toMatch(/\r\nMSPAuth: [^\r]+\r\n/);
    expect(text.endsWith('\r\n\r\n')).toBe(true);
    const mail = await client.expectLine(/^MSG Hotmail Hotmail \d+$/);
    expect(mail.payload?.toString()).toContain('text/x-msmsgsinitialemailnotification');
    client.close();
  });

  it('sends ClientPort byte-swapped like the historical service (login.md §7)', async () => {
    const { client, policy } = await openNs(net, 'bob@tweener.test');
    const ticket = await ticketFor(net, 'bob@tweener.test', policy);
    client.send(`USR 4 TWN S ${ticket}`);
    await client.expectLine(/^USR 4 OK /);
    const profile = await client.expectLine(/^MSG Hotmail Hotmail \d+$/);
    const port = Number(/ClientPort: (\d+)/.exec(profile.payload?.toString() ?? '')?.[1]);
    expect(((port & 0xff) << 8) | ((port & 0xff00) >> 8)).toBe(client.localPort);
    client.close();
  });

  it('answers PNG with QNG (msnp8/README.md §8)', async () => {
    const { client } = await signIn(net, 'bob@tweener.test', { status: null, syncVersion: null });
    client.send('PNG');
    await client.expectLine(/^QNG$/);
    client.close();
  });

  it('rejects a reused ticket with 911 and closes', async () => {
    const first = await openNs(net, 'alice@tweener.test');
    const ticket = await ticketFor(net, 'alice@tweener.test', first.policy);
    first.client.send(`USR 4 TWN S ${ticket}`);
    await first.client.expectLine(/^USR 4 OK /);
    const second = await openNs(net, 'alice@tweener.test');
    second.client.send(`USR 4 TWN S ${ticket}`);
    await second.client.expectLine(/^911 4$/);
    await second.client.expectClose();
  });

  it('rejects a ticket older than 30 seconds with 911 (login.md §5.5)', async () => {
    const { client, policy } = await openNs(net, 'alice@tweener.test');
    const ticket = await ticketFor(net, 'alice@tweener.test', policy);
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 31_000 });
    try {
      client.send(`USR 4 TWN S ${ticket}`);
      await client.expectLine(/^911 4$/);
    } finally {
      vi.useRealTimers();
    }
  });

  it("rejects another account's ticket with 911", async () => {
    const { client, policy } = await openNs(net, 'alice@tweener.test');
    const ticket = await ticketFor(net, 'bob@tweener.test', policy);
    client.send(`USR 4 TWN S ${ticket}`);
    await client.expectLine(/^911 4$/);
    await client.expectClose();
  });

  it('answers commands sent before USR OK with 715', async () => {
    const client = await RawClient.connect(net.nsPort);
    client.send('VER 1 MSNP8 CVR0');
    await client.expectLine(/^VER 1 /);
    client.send('SYN 2 0');
    await client.expectLine(/^715 2$/);
    client.send('CVR 3 0x0409 winnt 5.1 i386 MSNMSGR 5.0.0544 MSMSGS alice@tweener.test');
    await client.expectLine(/^CVR 3 /);
    client.send('USR 4 TWN S made-up');
    await client.expectLine(/^715 4$/);
    client.close();
  });

  it('lets the NS answer USR TWN I directly when there is no dispatch server', async () => {
    const escargot = await startNetwork({ accounts: demoAccounts(), dispatch: false });
    try {
      expect(escargot.dispatchPort).toBe(escargot.nsPort);
      const { client, listing } = await signIn(escargot, 'alice@tweener.test', { status: null });
      expect(listing[0]).toMatch(/^SYN \d+ \d+ 2 2$/);
      client.close();
    } finally {
      await escargot.stop();
    }
  });

  it('answers USR on a signed-in session with 207', async () => {
    const { client } = await signIn(net, 'alice@tweener.test', { status: null, syncVersion: null });
    client.send('USR 10 TWN I alice@tweener.test');
    await client.expectLine(/^207 10$/);
    client.close();
  });
});
