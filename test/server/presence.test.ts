// Two (and three) accounts seeing each other's presence: CHG, ILN, NLN, FLN
// (presence.md §2, §4, §5).
import { describe, expect, it } from 'vitest';
import { useNetwork } from './helpers/network';
import { signIn } from './helpers/sign-in';

const net = useNetwork();

describe('presence', () => {
  it('delivers ILN on the first CHG and NLN/FLN on later changes', async () => {
    const alice = await signIn(net, 'alice@tweener.test');
    expect(alice.initial).toEqual([]); // nobody online yet

    const bob = await signIn(net, 'bob@tweener.test', { status: null });
    await bob.client.expectNothingPending(); // no presence before the first CHG
    bob.client.send('CHG 20 BSY 268435492');
    await bob.client.expectLine(/^CHG 20 BSY 268435492$/);
    await bob.client.expectLine(/^ILN 20 NLN alice@tweener\.test Alice 0$/);
    await alice.client.expectLine(/^NLN BSY bob@tweener\.test Bob 268435492$/);

    bob.client.send('CHG 21 AWY 0');
    await bob.client.expectLine(/^CHG 21 AWY 0$/);
    await alice.client.expectLine(/^NLN AWY bob@tweener\.test Bob 0$/);

    bob.client.send('CHG 22 HDN 0'); // appear offline: others see FLN
    await bob.client.expectLine(/^CHG 22 HDN 0$/);
    await alice.client.expectLine(/^FLN bob@tweener\.test$/);

    bob.client.send('CHG 23 NLN 0');
    await alice.client.expectLine(/^NLN NLN bob@tweener\.test Bob 0$/);
    bob.client.send('OUT');
    await bob.client.expectClose();
    await alice.client.expectLine(/^FLN bob@tweener\.test$/);
  });

  it('keeps presence from a hidden account: HDN on the first CHG yields no ILN for others', async () => {
    const alice = await signIn(net, 'alice@tweener.test', { status: 'HDN' });
    const bob = await signIn(net, 'bob@tweener.test');
    expect(bob.initial).toEqual([]);
    // A hidden user still receives presence (presence.md §5).
    await alice.client.expectLine(/^NLN NLN bob@tweener\.test Bob 0$/);
  });

  it('pushes a new friendly name set with REA to watchers as NLN', async () => {
    const alice = await signIn(net, 'alice@tweener.test');
    const bob = await signIn(net, 'bob@tweener.test');
    await alice.client.expectLine(/^NLN NLN bob@tweener\.test Bob 0$/);
    bob.client.send('REA 30 bob@tweener.test Bobby%20%E2%98%95');
    await bob.client.expectLine(/^REA 30 \d+ bob@tweener\.test Bobby%20%E2%98%95$/);
    await alice.client.expectLine(/^NLN NLN bob@tweener\.test Bobby%20%E2%98%95 0$/);
  });

  it('shows contacts only to people who have them on FL', async () => {
    const carol = await signIn(net, 'carol@tweener.test'); // alice on FL
    const alice = await signIn(net, 'alice@tweener.test'); // carol only on RL
    await carol.client.expectLine(/^NLN NLN alice@tweener\.test Alice 0$/);
    expect(alice.initial).toEqual([]);
    await alice.client.expectNothingPending();
  });

  it('refuses CHG FLN with 201, ignores a CHG without capabilities, closes on an unknown status', async () => {
    const { client } = await signIn(net, 'alice@tweener.test');
    client.send('CHG 40 FLN 0');
    await client.expectLine(/^201 40$/);
    client.send('CHG 41 BSY');
    await client.expectNothingPending();
    client.send('CHG 42 nln 0');
    await client.expectClose();
  });
});
