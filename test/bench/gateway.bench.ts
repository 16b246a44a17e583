// The HTTP gateway beside direct TCP, on the same machine in one run: messages per second and
// median/p99 latency through one switchboard, and how many requests an idle signed-in client
// makes per minute. The gateway runs with the reference's timings (fast polls after activity,
// ~2 s when idle: http-gateway.md §2).
import { setTimeout as sleep } from 'node:timers/promises';
import { startNetwork } from '../server';
import type { LocalNetwork } from '../server';
import { demoAccounts } from '../server/helpers/accounts';
import { ALICE, BOB, signInPeer } from '../integration/conversations/helpers/peers';
import type { Peer } from '../integration/conversations/helpers/peers';
import type { MsnClientOptions } from '../../main/msnp';
import { measureMessageFlow } from './support/message-flow';

const COUNT = 2_000;
const WINDOW = 64;
const IDLE_SECONDS = 20;

const gateway = (net: LocalNetwork): Partial<MsnClientOptions> => ({
  connection: { mode: 'gateway', gateway: { host: net.host, port: net.gatewayPort } },
});

async function pair(net: LocalNetwork, extra: Partial<MsnClientOptions>): Promise<[Peer, Peer]> {
  return [await signInPeer(net, ALICE, extra), await signInPeer(net, BOB, extra)];
}

export default async function run(): Promise<void> {
  const net = await startNetwork({ accounts: demoAccounts() });
  try {
    console.log(`messages: ${COUNT} per transport, window ${WINDOW} unacknowledged`);
    console.log('transport | messages/s | p50 ms | p99 ms | delivered/failed');
    for (const [name, extra] of [
      ['direct TCP', {}],
      ['HTTP gateway', gateway(net)],
    ] as const) {
      const [alice, bob] = await pair(net, extra);
      const flow = await measureMessageFlow(alice, bob, COUNT, WINDOW);
      console.log(
        `${name.padEnd(12)} | ${String(flow.messagesPerSecond).padStart(10)} | ` +
          `${flow.p50Ms.toFixed(1).padStart(6)} | ${flow.p99Ms.toFixed(1).padStart(6)} | ` +
          `${flow.delivered}/${flow.failed}`,
      );
      await Promise.all([alice.chat.signOut(), bob.chat.signOut()]);
    }

    const [alice, bob] = await pair(net, gateway(net));
    await sleep(3_000); // the fast polls after sign-in settle into the idle rhythm
    const before = net.gatewayStats().requests;
    await sleep(IDLE_SECONDS * 1000);
    const perMinute = ((net.gatewayStats().requests - before) / IDLE_SECONDS) * 60;
    console.log(
      `idle: ${perMinute.toFixed(0)} requests/min for 2 signed-in clients ` +
        `(${(perMinute / 2).toFixed(0)} per client; NS sessions only, no open conversation)`,
    );
    await Promise.all([alice.chat.signOut(), bob.chat.signOut()]);
  } finally {
    await net.stop();
  }
}
