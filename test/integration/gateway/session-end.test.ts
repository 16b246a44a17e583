// A gateway session the server ends (`Session=close`, or a 400 to the next request) is a lost
// connection: the client says so and reconnects as it would after a dropped socket.
// reference: http-gateway.md §1 (Uncertain: treat both the same way)
import { describe, expect, it } from 'vitest';
import type { SessionState } from '@shared/domain';
import { nextEvent } from '../conversations/helpers/events';
import { ALICE } from '../conversations/helpers/peers';
import { useGatewayNetwork, viaGateway } from './gateway-peers';

const people = useGatewayNetwork({ tcpBlocked: true });

describe.each(['close', '400'] as const)('the gateway ends the session (%s)', (fault) => {
  it('reports a lost connection, then reconnects through the gateway', async () => {
    const alice = await people.signIn(ALICE, {
      ...viaGateway(people.net),
      reconnect: { enabled: true, baseDelayMs: 50, maxDelayMs: 200 },
    });
    const reconnecting = nextEvent<SessionState>(
      alice.chat,
      'session',
      (s) => s.phase === 'reconnecting',
    );
    const online = nextEvent<SessionState>(alice.chat, 'session', (s) => s.phase === 'online');
    people.net.faults.endGatewaySessions(fault);
    await reconnecting;
    await online;
    expect(alice.chat.connectedVia).toBe('gateway');
    expect(people.net.gatewayStats().overlaps).toBe(0);
  });
});
