// PRP and the BPR it causes for contacts; URL, SND and PAG (contacts.md §6–7, §10.7;
// notifications.md §6; presence.md §7).
import { describe, expect, it } from 'vitest';
import { useNetwork } from './helpers/network';
import { signIn } from './helpers/sign-in';

const net = useNetwork();

describe('properties', () => {
  it('sets and clears own phone numbers, pushing BPR to allowed watchers only', async () => {
    const alice = await signIn(net, 'alice@tweener.test');
    const carol = await signIn(net, 'carol@tweener.test'); // watches alice but is not on her AL
    const bob = await signIn(net, 'bob@tweener.test');
    await alice.client.expectLine(/^NLN NLN bob@tweener\.test/);
    bob.client.send('PRP 20 PHM 1%20(555)%200123');
    await bob.client.expectLine(/^PRP 20 2 PHM 1%20\(555\)%200123$/);
    await alice.client.expectLine(/^BPR 2 bob@tweener\.test PHM 1%20\(555\)%200123$/);
    bob.client.send('PRP 21 PHM');
    await bob.client.expectLine(/^PRP 21 3 PHM$/);
    await alice.client.expectLine(/^BPR 3 bob@tweener\.test PHM$/);

    alice.client.send('PRP 30 PHH 555');
    await alice.client.expectLine(/^PRP 30 \d+ PHH 555$/);
    await bob.client.waitForLine(/^BPR \d+ alice@tweener\.test PHH 555$/);
    await carol.client.expectNothingPending();
  });

  it('answers 715 for an unknown property and closes on a long name or value', async () => {
    const { client } = await signIn(net, 'alice@tweener.test');
    client.send('PRP 20 MFN Alice');
    await client.expectLine(/^715 20$/);
    client.send(`PRP 21 PHH ${'1'.repeat(96)}`);
    await client.expectClose();
  });
});

describe('URL, SND, PAG', () => {
  it('answers URL with a redirect, the login URL and a site id', async () => {
    const { client } = await signIn(net, 'alice@tweener.test');
    client.send('URL 20 INBOX');
    await client.expectLine(
      /^URL 20 \/cgi-bin\/HoTMaiL https:\/\/127\.0\.0\.1:\d+\/ppsecure\/md5auth\.srf\?lc=1033 2$/,
    );
    client.send('URL 21 PROFILE 0x0409');
    await client.expectLine(/^URL 21 https:\/\/127\.0\.0\.1:\d+\/services\/profile \S+ 2$/);
    client.send('URL 22 NOSUCHSERVICE');
    await client.expectLine(/^201 22$/);
  });

  it('answers SND with OK and PAG to someone without pages with 220', async () => {
    const { client } = await signIn(net, 'alice@tweener.test');
    client.send('SND 20 friend@example.com 0x0409 MSMSGS MSMSGS');
    await client.expectLine(/^SND 20 OK$/);
    client.sendPayload('PAG 21 bob@tweener.test', '<TEXT xml:space="preserve">Hi</TEXT>');
    await client.expectLine(/^220 21$/);
    expect(client.closed).toBe(false);
  });
});
