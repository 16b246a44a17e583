// README.md §11: switchboard addresses come as host names from XFR SB and RNG, and a
// network profile may override them. Both peers here reach the switchboard only through a
// relay on another port, named by the override; the server's own address is never dialled.
import { createServer, connect } from 'node:net';
import type { Server, Socket } from 'node:net';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { LocalNetwork } from '../../server';
import { nextEvent } from './helpers/events';
import { ALICE, BOB, signInPeer, startDemoNetwork } from './helpers/peers';
import type { Peer } from './helpers/peers';

let net: LocalNetwork;
let relay: Server;
let relayed = 0;
const sockets: Socket[] = [];
let alice: Peer;
let bob: Peer;

beforeEach(async () => {
  net = await startDemoNetwork();
  relayed = 0;
  relay = createServer((inbound) => {
    relayed += 1;
    const outbound = connect(net.sbPort, '127.0.0.1');
    sockets.push(inbound, outbound);
    inbound.pipe(outbound).pipe(inbound);
    inbound.on('error', () => outbound.destroy());
    outbound.on('error', () => inbound.destroy());
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  const port = (relay.address() as { port: number }).port;
  const switchboardAddress = { host: '127.0.0.1', port };
  alice = await signInPeer(net, ALICE, { switchboardAddress });
  bob = await signInPeer(net, BOB, { switchboardAddress });
});
afterEach(async () => {
  alice.close();
  bob.close();
  for (const s of sockets) s.destroy();
  await new Promise((resolve) => relay.close(resolve));
  await net.stop();
});

it('XFR SB and RNG addresses are replaced by the override', async () => {
  const id = alice.chat.openConversation([BOB]);
  const received = nextEvent<{ text: string }>(bob.chat, 'message');
  const delivered = nextEvent(alice.chat, 'messageDelivered');
  alice.chat.sendMessage(id, 'through the relay', null);
  expect((await received).text).toBe('through the relay');
  await delivered;
  expect(relayed).toBe(2); // alice's XFR SB session and bob's RNG answer
});
