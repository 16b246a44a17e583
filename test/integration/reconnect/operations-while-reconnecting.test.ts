// While the client reconnects, a contact operation fails with words that say so
// ("disconnected … try again once back online"), not "You are not signed in."
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { SessionState } from '@shared/domain';
import type { MsnClient } from '../../../main/msnp';
import { startNetwork } from '../../server';
import type { LocalNetwork } from '../../server';
import { clientFor, nextEvent, PASSWORD, seed } from '../signin/harness';

const ME = 'waiting@tweener.test';
let net: LocalNetwork;
let me: MsnClient;
beforeEach(async () => {
  net = await startNetwork({ accounts: [seed(ME)] });
  // A long first delay keeps the client in `reconnecting` while the test acts.
  me = clientFor(net, { reconnect: { enabled: true, baseDelayMs: 5_000, maxDelayMs: 5_000 } });
  await me.signIn({ email: ME, password: PASSWORD, status: 'NLN' });
});
afterEach(async () => {
  await me.signOut();
  await net.stop();
});

it('addContact during a reconnect says "disconnected", not "not signed in"', async () => {
  const reconnecting = nextEvent<[SessionState]>(me, 'session', (s) => s.phase === 'reconnecting');
  net.faults.dropConnection(ME, 'now');
  await reconnecting;
  await expect(me.addContact('pal@tweener.test')).rejects.toThrow(
    'You are disconnected right now. Try again once you are back online.',
  );
  await expect(me.setStatus('BSY')).rejects.toThrow(/disconnected/);
});
