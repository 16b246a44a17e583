// Per-test fixtures for conversation and file-transfer tests: a fresh demo network with some
// of its people signed in (an MsnClient each), torn down after every test — network stopped,
// ports released, download folders removed — even when the test failed.
import { rmSync } from 'node:fs';
import { afterEach, beforeEach } from 'vitest';
import type { MsnClientOptions } from '../../../main/msnp';
import type { LocalNetwork, ProfileName } from '../../server';
import { forward } from '../../server/helpers/per-test';
import { ALICE, BOB, signInPeer, startDemoNetwork } from '../conversations/helpers/peers';
import type { Peer } from '../conversations/helpers/peers';

type Extra = Partial<Record<string, Partial<MsnClientOptions>>>;

export interface SignedIn {
  net: LocalNetwork;
  /** The signed-in person with that address (usable at module level, valid inside tests). */
  peer(email: string): Peer;
}

/**
 * Before each test: the demo network (playing `profile`, default 'spec') and `emails` signed
 * in (with `extra` client options).
 */
export function useSignedIn(
  emails: string[],
  extra: Extra = {},
  profile: ProfileName = 'spec',
): SignedIn {
  let net: LocalNetwork | null = null;
  const peers = new Map<string, Peer>();
  beforeEach(async () => {
    net = await startDemoNetwork(profile);
    const started = net;
    await Promise.all(
      emails.map(async (email) => peers.set(email, await signInPeer(started, email, extra[email]))),
    );
  });
  afterEach(async () => {
    for (const peer of peers.values()) peer.close();
    await net?.stop();
    for (const peer of peers.values()) rmSync(peer.downloadDir, { recursive: true, force: true });
    peers.clear();
    net = null;
  });
  return {
    net: forward(() => net, 'the local network'),
    peer: (email) => forward(() => peers.get(email), email),
  };
}

/** Alice and Bob signed in, the most common start of a conversation test. */
export function useSignedInPair(
  extra: { alice?: Partial<MsnClientOptions>; bob?: Partial<MsnClientOptions> } = {},
  profile: ProfileName = 'spec',
): {
  net: LocalNetwork;
  alice: Peer;
  bob: Peer;
} {
  const people = useSignedIn([ALICE, BOB], { [ALICE]: extra.alice, [BOB]: extra.bob }, profile);
  return { net: people.net, alice: people.peer(ALICE), bob: people.peer(BOB) };
}
