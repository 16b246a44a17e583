// login.md §4.1: an unsolicited `XFR 0 NS <host:port> …` after sign-in asks for a new
// sign-in on the named server. The client follows it at once (even with automatic
// reconnection off: it is protocol, not recovery) and signs in there, keeping its status.
import { createServer, connect } from 'node:net';
import type { Server, Socket } from 'node:net';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { SessionState } from '../../../shared/domain';
import { startNetwork } from '../../server';
import type { LocalNetwork } from '../../server';
import { clientFor, nextEvent, PASSWORD, seed } from '../signin/harness';

const ME = 'moved@tweener.test';

let net: LocalNetwork;
let relay: Server;
let relayPort = 0;
let relayed = 0;
const sockets: Socket[] = [];

beforeEach(async () => {
  net = await startNetwork({ accounts: [seed(ME)] });
  relayed = 0;
  // "Another NS": a relay in front of the local NS, reachable only through the redirect.
  relay = createServer((inbound) => {
    relayed += 1;
    const outbound = connect(net.nsPort, '127.0.0.1');
    sockets.push(inbound, outbound);
    inbound.pipe(outbound).pipe(inbound);
    inbound.on('error', () => outbound.destroy());
    outbound.on('error', () => inbound.destroy());
  });
  await new Promise<void>((r) => relay.listen(0, '127.0.0.1', r));
  relayPort = (relay.address() as { port: number }).port;
});
afterEach(async () => {
  for (const s of sockets) s.destroy();
  await new Promise((r) => relay.close(r));
  await net.stop();
});

it('signs in again on the server named by XFR 0 NS, at once', async () => {
  const me = clientFor(net); // reconnect: { enabled: false }
  await me.signIn({ email: ME, password: PASSWORD, status: 'BSY' });
  const states: SessionState[] = [];
  me.on('session', (s) => states.push(s));
  const back = nextEvent<[SessionState]>(me, 'session', (s) => s.phase === 'online');
  net.faults.sendRaw(ME, `XFR 0 NS 127.0.0.1:${relayPort} 0 127.0.0.1:${net.nsPort}\r\n`);
  await back;
  expect(relayed).toBe(1);
  expect(me.snapshot.self?.status).toBe('BSY');
  expect(states.some((s) => s.phase === 'signedOut')).toBe(false);
  await me.signOut();
});
