// Server-initiated sign-out: OUT OTH and OUT SSD (msnp8/README.md §9.2, notifications.md §7).
import { describe, expect, it } from 'vitest';
import { useNetwork } from './helpers/network';
import { signIn } from './helpers/sign-in';
import { createSwitchboard } from './helpers/switchboard';
import { RawClient } from './helpers/raw-client';

const net = useNetwork();

describe('sign-out by the server', () => {
  it('sends OUT OTH to the old session when the account signs in elsewhere', async () => {
    const bob = await signIn(net, 'bob@tweener.test');
    const first = await signIn(net, 'alice@tweener.test');
    await bob.client.expectLine(/^NLN NLN alice@tweener\.test/);
    const second = await signIn(net, 'alice@tweener.test');
    await first.client.expectLine(/^OUT OTH$/);
    await first.client.expectClose();
    expect(second.initial).toHaveLength(1);
    expect(second.initial[0]).toMatch(/^ILN \d+ NLN bob@tweener\.test Bob 0$/);
    second.client.send('PNG');
    await second.client.expectLine(/^QNG$/);
  });

  it('sends OUT OTH on the signInElsewhere fault', async () => {
    const { client } = await signIn(net, 'alice@tweener.test');
    net.faults.signInElsewhere('alice@tweener.test');
    await client.expectLine(/^OUT OTH$/);
    await client.expectClose();
  });

  it('sends OUT SSD to everyone on shutdown and closes every listener and connection', async () => {
    const alice = await signIn(net, 'alice@tweener.test');
    const bob = await signIn(net, 'bob@tweener.test');
    const sb = await createSwitchboard(net, alice.client, 'alice@tweener.test');
    await net.faults.shutdown();
    await alice.client.waitForLine(/^OUT SSD$/);
    await bob.client.waitForLine(/^OUT SSD$/);
    await alice.client.expectClose();
    await bob.client.expectClose();
    await sb.expectClose();
    await expect(RawClient.connect(net.nsPort)).rejects.toThrow();
    await expect(RawClient.connect(net.sbPort)).rejects.toThrow();
  });
});
