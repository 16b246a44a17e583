// Local nicknames through the real path: the page's WebSocket bridge, main's router and
// services, the user-data folder, against the local MSNP8 network (ui-spec §1.3.2 [ext]).
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isBridgeError } from '@shared/ipc/bridge';
import type { LocalNetwork } from '../../server';
import {
  demoSignIn,
  minimalRendererDir,
  startDemoAccountsNetwork,
  startPeer,
} from './support/harness-peer';
import type { HarnessPeer } from './support/harness-peer';

const ALICE = 'alice@tweener.test';
const BOB = 'bob@tweener.test';

let network: LocalNetwork | null = null;
const running: HarnessPeer[] = [];

afterEach(async () => {
  for (const p of running.splice(0)) await p.stop().catch(() => undefined);
  await network?.stop();
  network = null;
});

describe('web harness: names only I see', () => {
  it('a nickname set over the bridge names the contact in alerts and survives a restart', async () => {
    network = await startDemoAccountsNetwork();
    const rendererDir = await minimalRendererDir();
    const aliceDir = await mkdtemp(join(tmpdir(), 'tweener-nick-'));
    const alice = await startPeer(network, aliceDir, rendererDir);
    running.push(alice);
    await alice.bridge.request('session:signIn', demoSignIn(ALICE));

    await alice.bridge.request('contacts:setNickname', { email: BOB, nickname: 'Bobby' });
    await alice.waitFor((e) => e.type === 'nicknames' && e.nicknames[BOB] === 'Bobby');
    // A name that is too long is refused before it reaches a service.
    const refusal = await alice.bridge
      .request('contacts:setNickname', { email: BOB, nickname: 'x'.repeat(500) })
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(isBridgeError(refusal) && refusal.code).toBe('invalid');
    expect((await alice.bridge.request('app:snapshot', undefined)).nicknames).toEqual({
      [BOB]: 'Bobby',
    });

    // Bob signs in and writes: Alice's alerts use her name for him.
    const bob = await startPeer(network, await mkdtemp(join(tmpdir(), 'tweener-nb-')), rendererDir);
    running.push(bob);
    await bob.bridge.request('session:signIn', demoSignIn(BOB));
    await alice.waitFor(
      (e) => e.type === 'toast' && e.toast.text === '\u2068Bobby\u2069 has just signed in.',
    );
    const { conversationId } = await bob.bridge.request('conversations:open', {
      contacts: [ALICE],
    });
    await bob.bridge.request('conversations:send', {
      conversationId,
      clientId: 'b-1',
      text: 'hello',
      format: null,
    });
    await alice.waitFor(
      (e) =>
        e.type === 'toast' &&
        e.toast.kind === 'message' &&
        e.toast.title === '\u2068Bobby\u2069 says:',
    );

    // Alice quits and starts again: her name for Bob is back once she signs in.
    await alice.stop();
    running.splice(running.indexOf(alice), 1);
    const again = await startPeer(network, aliceDir, rendererDir);
    running.push(again);
    expect((await again.bridge.request('app:snapshot', undefined)).nicknames).toEqual({});
    await again.bridge.request('session:signIn', demoSignIn(ALICE));
    expect((await again.bridge.request('app:snapshot', undefined)).nicknames).toEqual({
      [BOB]: 'Bobby',
    });
  });
});
