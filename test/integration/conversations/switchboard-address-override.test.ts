// msnp8/README.md §11: switchboard addresses come as host names from XFR SB and RNG, and a
// network profile may override them. Both peers here reach the switchboard only through a
// relay on another port, named by the override; the server's own address is never dialled.
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { LocalNetwork } from '../../server';
import { startRelay } from './helpers/relay';
import type { Relay } from './helpers/relay';
import { nextEvent } from './helpers/events';
import { ALICE, BOB, signInPeer, startDemoNetwork } from './helpers/peers';
import type { Peer } from './helpers/peers';

let net: LocalNetwork;
let relay: Relay;
let alice: Peer;
let bob: Peer;

beforeEach(async () => {
  net = await startDemoNetwork();
  relay = await startRelay(net.sbPort);
  const switchboardAddress = { host: '127.0.0.1', port: relay.port };
  alice = await signInPeer(net, ALICE, { switchboardAddress });
  bob = await signInPeer(net, BOB, { switchboardAddress });
});
afterEach(async () => {
  alice.close();
  bob.close();
  await relay.close();
  await net.stop();
});

it('XFR SB and RNG addresses are replaced by the override', async () => {
  const id = alice.chat.openConversation([BOB]);
  const received = nextEvent<{ text: string }>(bob.chat, 'message');
  const delivered = nextEvent(alice.chat, 'messageDelivered');
  alice.chat.sendMessage(id, 'through the relay', null);
  expect((await received).text).toBe('through the relay');
  await delivered;
  expect(relay.connections).toBe(2); // alice's XFR SB session and bob's RNG answer
});
