// ADD/REM on FL/AL/BL, the RL pushes they cause, and their errors
// (contacts.md §3, §3.1, §4, §4.1; examples.md §4–§5).
import { describe, expect, it } from 'vitest';
import { demoAccounts } from './helpers/accounts';
import { useNetwork } from './helpers/network';
import { signIn } from './helpers/sign-in';

const net = useNetwork(() => ({
  accounts: [
    ...demoAccounts(),
    { email: 'grace@tweener.test', password: 'tweener', friendlyName: 'Grace' },
  ],
}));

describe('ADD and REM', () => {
  it('adds to FL with BPR and ILN, pushing ADD 0 RL to the other account', async () => {
    const grace = await signIn(net, 'grace@tweener.test');
    grace.client.send('PRP 20 PHM 555%200123');
    await grace.client.expectLine(/^PRP 20 2 PHM 555%200123$/);
    const alice = await signIn(net, 'alice@tweener.test');
    const c = alice.client;

    // Grace lets Alice see her first (BLP AL would allow anyway; AL also shares her phones).
    grace.client.send('ADD 21 AL alice@tweener.test Alice');
    await grace.client.expectLine(/^ADD 21 AL 3 alice@tweener\.test Alice$/);

    c.send('ADD 30 FL grace@tweener.test grace@tweener.test 1');
    await c.expectLine(/^ADD 30 FL 2 grace@tweener\.test grace@tweener\.test 1$/);
    await c.expectLine(/^BPR 2 grace@tweener\.test PHH$/);
    await c.expectLine(/^BPR 2 grace@tweener\.test PHW$/);
    await c.expectLine(/^BPR 2 grace@tweener\.test PHM 555%200123$/);
    await c.expectLine(/^BPR 2 grace@tweener\.test MOB N$/);
    await c.expectLine(/^ILN 30 NLN grace@tweener\.test Grace 0$/);
    await grace.client.expectLine(/^ADD 0 RL 4 alice@tweener\.test Alice$/);

    c.send('ADD 31 FL grace@tweener.test grace@tweener.test 0'); // another group: no follow-ups
    await c.expectLine(/^ADD 31 FL 3 grace@tweener\.test grace@tweener\.test 0$/);
    c.send('ADD 32 FL grace@tweener.test grace@tweener.test 0');
    await c.expectLine(/^215 32$/);
    c.send('REM 33 FL grace@tweener.test 1');
    await c.expectLine(/^REM 33 FL 4 grace@tweener\.test 1$/);
    c.send('REM 34 FL grace@tweener.test 1');
    await c.expectLine(/^225 34$/);

    c.send('REM 35 FL grace@tweener.test');
    await c.expectLine(/^REM 35 FL 5 grace@tweener\.test$/);
    await grace.client.expectLine(/^REM 0 RL 5 alice@tweener\.test$/);
    c.send('REM 36 FL grace@tweener.test');
    await c.expectLine(/^216 36$/);
  });

  it('stores ADD 0 RL for an offline account, seen at its next SYN', async () => {
    const carol = await signIn(net, 'carol@tweener.test');
    carol.client.send('ADD 20 FL grace@tweener.test grace@tweener.test');
    await carol.client.expectLine(/^ADD 20 FL \d+ grace@tweener\.test grace@tweener\.test 0$/);
    const grace = await signIn(net, 'grace@tweener.test', { status: null });
    expect(grace.listing[0]).toMatch(/^SYN \d+ 2 1 1$/);
    expect(grace.listing).toContain('LST carol@tweener.test Carol 8');
  });

  it('answers errors in the documented order (examples.md §5)', async () => {
    const { client: c } = await signIn(net, 'alice@tweener.test');
    c.send('ADD 20 FL nobody@tweener.test nobody@tweener.test 0');
    await c.expectLine(/^205 20$/);
    c.send('ADD 21 FL a@b a@b 0');
    await c.expectLine(/^201 21$/);
    c.send('ADD 22 FL nodomain nodomain 0');
    await c.expectLine(/^206 22$/);
    c.send('ADD 23 FL grace@tweener.test grace@tweener.test 9');
    await c.expectLine(/^224 23$/);
    c.send('ADD 24 FL bob@tweener.test Bob 1');
    await c.expectLine(/^215 24$/);
    c.send('ADD 25 BL bob@tweener.test Bob'); // bob is on AL
    await c.expectLine(/^219 25$/);
    c.send('REM 26 FL bob@tweener.test 9');
    await c.expectLine(/^224 26$/);
    c.send('REM 27 AL grace@tweener.test');
    await c.expectLine(/^216 27$/);
    c.send('REM 28 AL nobody@tweener.test');
    await c.expectLine(/^205 28$/);
  });

  it('closes the connection when a client touches RL or an unknown list', async () => {
    const alice = await signIn(net, 'alice@tweener.test');
    alice.client.send('ADD 20 RL bob@tweener.test Bob');
    await alice.client.expectClose();
    const again = await signIn(net, 'alice@tweener.test');
    again.client.send('REM 20 XL bob@tweener.test');
    await again.client.expectClose();
  });

  it('changes a stored name with REA and refuses unknown contacts (216) and long names (209)', async () => {
    const { client: c } = await signIn(net, 'alice@tweener.test');
    c.send('REA 20 bob@tweener.test Bobby');
    await c.expectLine(/^REA 20 2 bob@tweener\.test Bobby$/);
    c.send('REA 21 grace@tweener.test Grace');
    await c.expectLine(/^216 21$/);
    c.send(`REA 22 alice@tweener.test ${'%E2%98%95'.repeat(44)}`);
    await c.expectLine(/^209 22$/);
  });
});
