// SYN: full listing and the short answer for a current version (contacts.md §1.4, §2).
import { describe, expect, it } from 'vitest';
import { useNetwork } from './helpers/network';
import { signIn, sync } from './helpers/sign-in';

const net = useNetwork();

describe('SYN', () => {
  it('sends the full listing for version 0', async () => {
    const { listing } = await signIn(net, 'alice@tweener.test', { status: null });
    expect(listing).toEqual([
      expect.stringMatching(/^SYN \d+ 1 2 2$/),
      'GTC A',
      'BLP AL',
      'LSG 0 Other%20Contacts 0',
      'LSG 1 Friends 0',
      'LST bob@tweener.test Bob 11 1',
      'LST carol@tweener.test Carol 8',
    ]);
  });

  it('answers with just SYN <TrID> <version> when the version is current', async () => {
    const first = await signIn(net, 'alice@tweener.test', { status: null, syncVersion: null });
    const full = await sync(first.client, 0);
    const version = Number(full[0]?.split(' ')[2]);
    first.client.close();
    const again = await signIn(net, 'alice@tweener.test', { status: null, syncVersion: null });
    const short = await sync(again.client, version);
    expect(short).toEqual([expect.stringMatching(new RegExp(`^SYN \\d+ ${version}$`))]);
  });

  it('lists properties, groups and contacts changed during the session after a version bump', async () => {
    const alice = await signIn(net, 'alice@tweener.test', { status: null });
    const c = alice.client;
    c.send('PRP 50 PHH 1%20(555)%200100');
    await c.expectLine(/^PRP 50 2 PHH 1%20\(555\)%200100$/);
    c.send('ADG 51 Work%20Mates 0');
    await c.expectLine(/^ADG 51 3 Work%20Mates 2 0$/);
    c.send('ADD 52 FL carol@tweener.test Carol 2');
    await c.waitForLine(/^ADD 52 FL 4 carol@tweener\.test Carol 2$/);
    c.close();
    const again = await signIn(net, 'alice@tweener.test', { status: null, syncVersion: 1 });
    expect(again.listing).toEqual([
      expect.stringMatching(/^SYN \d+ 4 2 3$/),
      'GTC A',
      'BLP AL',
      'PRP PHH 1%20(555)%200100',
      'LSG 0 Other%20Contacts 0',
      'LSG 1 Friends 0',
      'LSG 2 Work%20Mates 0',
      'LST bob@tweener.test Bob 11 1',
      'LST carol@tweener.test Carol 9 2',
    ]);
  });

  it("follows an LST with the contact's phone numbers when the contact allows me", async () => {
    const bob = await signIn(net, 'bob@tweener.test', { status: null });
    bob.client.send('PRP 60 PHM 555%200199');
    await bob.client.expectLine(/^PRP 60 \d+ PHM 555%200199$/);
    const alice = await signIn(net, 'alice@tweener.test', { status: null });
    expect(alice.listing).toContain('BPR PHM 555%200199');
    const index = alice.listing.indexOf('LST bob@tweener.test Bob 11 1');
    expect(alice.listing[index + 1]).toBe('BPR PHM 555%200199');
  });
});
