// login.md §4.1: an unsolicited `XFR 0 NS <host:port> …` after sign-in asks for a new
// sign-in on the named server. The client follows it at once (even with automatic
// reconnection off: it is protocol, not recovery) and signs in there, keeping its status.
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { SessionState } from '@shared/domain';
import { startNetwork } from '../../server';
import type { LocalNetwork } from '../../server';
import { clientFor, nextEvent, PASSWORD, seed } from '../signin/harness';
import { startRelay } from '../conversations/helpers/relay';
import type { Relay } from '../conversations/helpers/relay';

const ME = 'moved@tweener.test';

let net: LocalNetwork;
let relay: Relay;

beforeEach(async () => {
  net = await startNetwork({ accounts: [seed(ME)] });
  // "Another NS": a relay in front of the local NS, reachable only through the redirect.
  relay = await startRelay(net.nsPort);
});
afterEach(async () => {
  await relay.close();
  await net.stop();
});

it('signs in again on the server named by XFR 0 NS, at once', async () => {
  const me = clientFor(net); // reconnect: { enabled: false }
  await me.signIn({ email: ME, password: PASSWORD, status: 'BSY' });
  const states: SessionState[] = [];
  me.on('session', (s) => states.push(s));
  const back = nextEvent<[SessionState]>(me, 'session', (s) => s.phase === 'online');
  net.faults.sendRaw(ME, `XFR 0 NS 127.0.0.1:${relay.port} 0 127.0.0.1:${net.nsPort}\r\n`);
  await back;
  expect(relay.connections).toBe(1);
  expect(me.snapshot.self?.status).toBe('BSY');
  expect(states.some((s) => s.phase === 'signedOut')).toBe(false);
  await me.signOut();
});
