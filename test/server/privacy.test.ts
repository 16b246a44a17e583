// BLP, AL/BL and appear-offline as others see them (presence.md §5, contacts.md §5, §10.5).
import { describe, expect, it } from 'vitest';
import { useNetwork } from './helpers/network';
import { signIn } from './helpers/sign-in';

const net = useNetwork();

describe('privacy', () => {
  it('shows a blocked user FLN at once and NLN again after unblocking', async () => {
    const alice = await signIn(net, 'alice@tweener.test');
    const bob = await signIn(net, 'bob@tweener.test');
    await alice.client.expectLine(/^NLN NLN bob@tweener\.test/);
    const a = alice.client;
    a.send('REM 20 AL bob@tweener.test'); // block = REM AL then ADD BL (contacts.md §10.5)
    await a.expectLine(/^REM 20 AL 2 bob@tweener\.test$/);
    // On neither list with BLP AL, bob still sees alice.
    await bob.client.expectNothingPending();
    a.send('ADD 21 BL bob@tweener.test Bob');
    await a.expectLine(/^ADD 21 BL 3 bob@tweener\.test Bob$/);
    await bob.client.expectLine(/^FLN alice@tweener\.test$/);
    a.send('CHG 22 AWY 0'); // a blocked user hears nothing about status changes
    await a.expectLine(/^CHG 22 AWY 0$/);
    await bob.client.expectNothingPending();

    a.send('REM 23 BL bob@tweener.test');
    await a.expectLine(/^REM 23 BL 4 bob@tweener\.test$/);
    await bob.client.expectLine(/^NLN AWY alice@tweener\.test Alice 0$/);
  });

  it('hides from people on no list when BLP is BL; 218 for the same value', async () => {
    const alice = await signIn(net, 'alice@tweener.test');
    const carol = await signIn(net, 'carol@tweener.test'); // alice has carol on RL only
    await carol.client.expectNothingPending();
    alice.client.send('BLP 20 BL');
    await alice.client.expectLine(/^BLP 20 2 BL$/);
    await carol.client.expectLine(/^FLN alice@tweener\.test$/);
    alice.client.send('BLP 21 BL');
    await alice.client.expectLine(/^218 21$/);
    alice.client.send('ADD 22 AL carol@tweener.test Carol'); // allowing her shows alice again
    await alice.client.expectLine(/^ADD 22 AL 3 carol@tweener\.test Carol$/);
    await carol.client.expectLine(/^NLN NLN alice@tweener\.test Alice 0$/);
  });

  it('sends no ILN for a contact who blocks the watcher', async () => {
    const bob = await signIn(net, 'bob@tweener.test');
    bob.client.send('REM 20 AL alice@tweener.test');
    await bob.client.expectLine(/^REM 20 AL/);
    bob.client.send('ADD 21 BL alice@tweener.test Alice');
    await bob.client.expectLine(/^ADD 21 BL/);
    const alice = await signIn(net, 'alice@tweener.test');
    expect(alice.initial).toEqual([]);
    // …but bob, who blocks alice, still sees her (blocking is one-way).
    await bob.client.expectLine(/^NLN NLN alice@tweener\.test Alice 0$/);
  });

  it('answers GTC and stores it (218 when unchanged)', async () => {
    const { client } = await signIn(net, 'alice@tweener.test');
    client.send('GTC 20 N');
    await client.expectLine(/^GTC 20 2 N$/);
    client.send('GTC 21 N');
    await client.expectLine(/^218 21$/);
  });
});
