// The server variations on the wire, one switch at a time (test/server/README.md), and the
// profiles as named sets of switches. reference: msnp8/README.md §11, §11.1
import { describe, expect, it } from 'vitest';
import { demoAccounts } from './helpers/accounts';
import { signIn, sync } from './helpers/sign-in';
import { startNetwork } from './network';
import type { NetworkOptions } from './types';
import { PROFILES, resolveVariations, VARIATION_NAMES } from './variations';

async function withNetwork(
  options: NetworkOptions,
  body: (net: Awaited<ReturnType<typeof startNetwork>>) => Promise<void>,
) {
  const net = await startNetwork({ accounts: demoAccounts(), ...options });
  try {
    await body(net);
  } finally {
    await net.stop();
  }
}

describe('profiles', () => {
  it("'spec' turns nothing on, 'revival' everything; single switches go over a profile", () => {
    expect(Object.values(resolveVariations({})).some(Boolean)).toBe(false);
    const revival = resolveVariations({ profile: 'revival' });
    expect(VARIATION_NAMES.every((name) => revival[name])).toBe(true);
    expect(Object.keys(PROFILES.revival)).toEqual([...VARIATION_NAMES]);
    const one = resolveVariations({ profile: 'revival', variations: { noAck: false } });
    expect(one.noAck).toBe(false);
    expect(one.bareOut).toBe(true);
    expect(resolveVariations({ dispatch: false }).noDispatch).toBe(true);
  });
});

describe('variations on the wire', () => {
  it('legacyListFormat: SYN without counts, then GTC/BLP/LSG/LST with the TrID, per list', async () => {
    await withNetwork({ variations: { legacyListFormat: true } }, async (net) => {
      const { client } = await signIn(net, 'alice@tweener.test', {
        syncVersion: null,
        status: null,
      });
      const [head] = await sync(client, 0);
      const match = /^SYN (\d+) (\d+)$/.exec(head ?? '');
      expect(match).not.toBeNull();
      const [, trid, version] = match!;
      const lines = (await client.drain()).map((r) => r.line);
      expect(lines).toEqual([
        `GTC ${trid} ${version} A`,
        `BLP ${trid} ${version} AL`,
        `LSG ${trid} ${version} 1 2 0 Other%20Contacts 0`,
        `LSG ${trid} ${version} 2 2 1 Friends 0`,
        `LST ${trid} FL ${version} 1 1 bob@tweener.test Bob 1`,
        `LST ${trid} AL ${version} 1 1 bob@tweener.test Bob`,
        `LST ${trid} BL ${version} 0 0`,
        `LST ${trid} RL ${version} 1 2 bob@tweener.test Bob`,
        `LST ${trid} RL ${version} 2 2 carol@tweener.test Carol`,
      ]);
      client.close();
    });
  });

  it('fullSyn: the whole list every time, as version = client version + 1', async () => {
    await withNetwork({ variations: { fullSyn: true } }, async (net) => {
      const { client } = await signIn(net, 'bob@tweener.test', { syncVersion: null, status: null });
      for (const version of [0, 41]) {
        const listing = await sync(client, version);
        expect(listing[0]).toMatch(new RegExp(`^SYN \\d+ ${version + 1} 1 2$`));
        expect(listing).toContain('LST alice@tweener.test Alice 11 1');
      }
      client.close();
    });
  });

  it('bareOut: the older session gets OUT with no reason', async () => {
    await withNetwork({ variations: { bareOut: true } }, async (net) => {
      const first = await signIn(net, 'carol@tweener.test');
      const second = await signIn(net, 'carol@tweener.test');
      await first.client.waitForLine(/^OUT$/, 5_000);
      await first.client.expectClose();
      expect(net.counters.signIns('carol@tweener.test')).toBe(2);
      expect(net.counters.passportLogins('Carol@Tweener.test')).toBe(2);
      second.client.close();
    });
  });

  it('addRlWithoutVersion and error207OnAdd: ADD 0 RL <email> <name>; 207 for no account', async () => {
    await withNetwork(
      { variations: { addRlWithoutVersion: true, error207OnAdd: true } },
      async (net) => {
        const carol = await signIn(net, 'carol@tweener.test');
        const bob = await signIn(net, 'bob@tweener.test');
        carol.client.send(`ADD ${carol.client.nextTrid()} FL nobody@tweener.test nobody`);
        await carol.client.expectLine(/^207 \d+$/);
        carol.client.send(`ADD ${carol.client.nextTrid()} FL bob@tweener.test Bob 0`);
        await bob.client.waitForLine(/^ADD 0 RL carol@tweener\.test Carol$/, 5_000);
        carol.client.close();
        bob.client.close();
      },
    );
  });
});
