// Switchboard authentication and framing limits (switchboard.md §1.2, §2.1, §5, §12).
import { describe, expect, it } from 'vitest';
import { useNetwork } from './helpers/network';
import { RawClient } from './helpers/raw-client';
import { signIn } from './helpers/sign-in';
import { createSwitchboard, rawConversation } from './helpers/switchboard';

const net = useNetwork();

describe('switchboard errors', () => {
  it('answers a bad USR cookie with 911 and closes', async () => {
    const sb = await RawClient.connect(net.sbPort);
    sb.send('USR 1 alice@tweener.test 123.456.789');
    await sb.expectLine(/^911 1$/);
    await sb.expectClose();
  });

  it('accepts an XFR cookie once, and only for its own account', async () => {
    const alice = await signIn(net, 'alice@tweener.test');
    alice.client.send('XFR 20 SB');
    const { match } = await alice.client.expectLine(/^XFR 20 SB \S+ CKI (\S+)$/);
    const thief = await RawClient.connect(net.sbPort);
    thief.send(`USR 1 bob@tweener.test ${match[1]}`);
    await thief.expectLine(/^911 1$/);
    const late = await RawClient.connect(net.sbPort);
    late.send(`USR 1 alice@tweener.test ${match[1]}`); // already spent by the failed attempt
    await late.expectLine(/^911 1$/);
  });

  it('answers ANS with a wrong session id with 911', async () => {
    const alice = await signIn(net, 'alice@tweener.test');
    const bob = await signIn(net, 'bob@tweener.test');
    const sb = await createSwitchboard(net, alice.client, 'alice@tweener.test');
    sb.send('CAL 2 bob@tweener.test');
    await sb.expectLine(/^CAL 2 RINGING/);
    const ring = await bob.client.waitForLine(/^RNG (\S+) \S+ CKI (\S+) /);
    const sbB = await RawClient.connect(net.sbPort);
    sbB.send(`ANS 1 bob@tweener.test ${ring.match[2]} 999`);
    await sbB.expectLine(/^911 1$/);
    await sbB.expectClose();
  });

  it('closes on USR with extra parameters and on commands before authentication', async () => {
    const extra = await RawClient.connect(net.sbPort);
    extra.send('USR 1 alice@tweener.test cookie extra');
    await extra.expectClose();
    const early = await RawClient.connect(net.sbPort);
    early.send('CAL 1 bob@tweener.test');
    await early.expectClose();
  });

  it('closes without delivering when a MSG payload exceeds 1664 bytes', async () => {
    const { sbCaller: sbA, sbCallee: sbB } = await rawConversation(
      net,
      'alice@tweener.test',
      'bob@tweener.test',
    );

    const head = 'MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n';
    const exact = head + 'x'.repeat(1664 - Buffer.byteLength(head));
    sbA.sendPayload('MSG 3 A', exact); // exactly at the limit: delivered
    const got = await sbB.expectLine(/^MSG alice@tweener\.test Alice 1664$/);
    expect(got.payload?.length).toBe(1664);
    await sbA.expectLine(/^ACK 3$/);

    sbA.sendPayload('MSG 4 A', `${exact}x`);
    await sbA.expectClose();
    await sbB.expectLine(/^BYE alice@tweener\.test$/); // the message itself never arrives
  });

  it('closes the connection on an unknown acknowledgement mode', async () => {
    const alice = await signIn(net, 'alice@tweener.test');
    const sb = await createSwitchboard(net, alice.client, 'alice@tweener.test');
    sb.sendPayload('MSG 2 X', 'MIME-Version: 1.0\r\n\r\nhi');
    await sb.expectClose();
  });
});

describe('switchboard limits', () => {
  it('lets the caller invite again once the invitee signed out without answering', async () => {
    const alice = await signIn(net, 'alice@tweener.test');
    const bob = await signIn(net, 'bob@tweener.test');
    const sb = await createSwitchboard(net, alice.client, 'alice@tweener.test');
    sb.send('CAL 2 bob@tweener.test');
    await sb.expectLine(/^CAL 2 RINGING/);
    await bob.client.waitForLine(/^RNG /);
    bob.client.send('OUT');
    await bob.client.expectClose();
    sb.send('CAL 3 bob@tweener.test');
    await sb.expectLine(/^217 3$/);
    const back = await signIn(net, 'bob@tweener.test');
    sb.send('CAL 4 bob@tweener.test');
    await sb.expectLine(/^CAL 4 RINGING/);
    await back.client.waitForLine(/^RNG /);
  });
  it('answers CAL with 913 once the caller appears offline, and 713 when calling too rapidly', async () => {
    const alice = await signIn(net, 'alice@tweener.test');
    await signIn(net, 'bob@tweener.test');
    const sb = await createSwitchboard(net, alice.client, 'alice@tweener.test');
    alice.client.send('CHG 30 HDN 0');
    await alice.client.waitForLine(/^CHG 30 HDN 0$/);
    sb.send('CAL 2 bob@tweener.test');
    await sb.expectLine(/^913 2$/);
    alice.client.send('CHG 31 NLN 0');
    await alice.client.waitForLine(/^CHG 31 NLN 0$/);
    for (let trid = 3; trid < 12; trid++) {
      sb.send(`CAL ${trid} nobody${trid}@tweener.test`);
      await sb.expectLine(new RegExp(`^217 ${trid}$`));
    }
    sb.send('CAL 12 bob@tweener.test'); // the eleventh CAL within five seconds
    await sb.expectLine(/^713 12$/);
  });

  it('acknowledges mode D like A (MSNP9+ data; switchboard.md §5)', async () => {
    const { sbCaller: sbA, sbCallee: sbB } = await rawConversation(
      net,
      'alice@tweener.test',
      'bob@tweener.test',
    );
    sbA.sendPayload(
      'MSG 3 D',
      'MIME-Version: 1.0\r\nContent-Type: application/x-msnmsgrp2p\r\n\r\n',
    );
    await sbB.expectLine(/^MSG alice@tweener\.test Alice \d+$/);
    await sbA.expectLine(/^ACK 3$/);
  });
});
