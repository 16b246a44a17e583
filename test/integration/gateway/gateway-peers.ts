// People on the local network who reach it through the HTTP gateway (or automatically), for
// the gateway suites. The network starts with its public TCP ports blocked unless asked not to.
import { rmSync } from 'node:fs';
import { afterEach, beforeEach } from 'vitest';
import type { MsnClientOptions } from '../../../main/msnp';
import type { ConnectionSetting } from '../../../main/msnp/gateway';
import { startNetwork } from '../../server';
import type { LocalNetwork } from '../../server';
import { demoAccounts } from '../../server/helpers/accounts';
import { forward } from '../../server/helpers/per-test';
import { signInPeer } from '../conversations/helpers/peers';
import type { Peer } from '../conversations/helpers/peers';

/** Fast polling keeps the tests quick; the defaults are the reference's (~2 s idle). */
export const TEST_GATEWAY_TIMINGS = { pollFastMs: 40, pollIdleMs: 250 } as const;

export function viaGateway(
  net: LocalNetwork,
  mode: ConnectionSetting['mode'] = 'gateway',
): Partial<MsnClientOptions> {
  return {
    connection: {
      mode,
      gateway: { host: net.host, port: net.gatewayPort },
      gatewayTimings: TEST_GATEWAY_TIMINGS,
      fallbackAfterMs: 2_000,
    },
  };
}

export interface GatewayPeople {
  net: LocalNetwork;
  signIn(email: string, extra?: Partial<MsnClientOptions>): Promise<Peer>;
}

export function useGatewayNetwork(opts: { tcpBlocked?: boolean } = {}): GatewayPeople {
  let net: LocalNetwork | null = null;
  const peers: Peer[] = [];
  beforeEach(async () => {
    net = await startNetwork({ accounts: demoAccounts(), tcpBlocked: opts.tcpBlocked ?? true });
  });
  afterEach(async () => {
    await Promise.allSettled(peers.map((peer) => peer.chat.signOut()));
    await net?.stop();
    for (const peer of peers.splice(0)) rmSync(peer.downloadDir, { recursive: true, force: true });
    net = null;
  });
  return {
    net: forward(() => net, 'the local network'),
    async signIn(email, extra) {
      const current = forward(() => net, 'the local network');
      const peer = await signInPeer(current, email, extra ?? viaGateway(current));
      peers.push(peer);
      return peer;
    },
  };
}
