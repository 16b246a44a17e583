// msnp8/README.md §9.2 / notifications.md §7: an OUT reason this client does not know (MIG, TOU,
// RCT <minutes> of later versions) is treated like SSD: the shutdown message, then a sign-in
// again after the shutdown delay.
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { SessionState } from '@shared/domain';
import type { MsnClient } from '../../../main/msnp';
import { startNetwork } from '../../server';
import type { LocalNetwork } from '../../server';
import { clientFor, nextEvent, PASSWORD, seed } from '../signin/harness';

const ME = 'migrated@tweener.test';
let net: LocalNetwork;
let me: MsnClient;
beforeEach(async () => {
  net = await startNetwork({ accounts: [seed(ME)] });
  me = clientFor(net, {
    reconnect: { enabled: true, baseDelayMs: 10, maxDelayMs: 20, shutdownDelayMs: 200 },
  });
  await me.signIn({ email: ME, password: PASSWORD, status: 'NLN' });
});
afterEach(async () => {
  await me.signOut();
  await net.stop();
});

it.each(['MIG', 'RCT 5'])(
  'OUT %s: like SSD, back online after the shutdown delay',
  async (reason) => {
    const waiting = nextEvent<[SessionState]>(me, 'session', (s) => s.phase === 'reconnecting');
    const t0 = Date.now();
    net.faults.sendRaw(ME, `OUT ${reason}\r\n`);
    const [state] = await waiting;
    expect(state.failure?.kind).toBe('serverShutdown');
    expect(state.retryAt).toBeGreaterThanOrEqual(t0 + 200);
    await nextEvent(me, 'session', (s: SessionState) => s.phase === 'online');
  },
);
