// 10,000 chat messages through one switchboard on loopback between two signed-in clients
// (ack mode A, switchboard.md §5): throughput, and latency from sendMessage to the peer's
// `message` event. At most WINDOW messages are unacknowledged at a time, as a fast typist
// pasting would never exceed; the figures say so.
import {
  ALICE,
  BOB,
  signInPeer,
  startDemoNetwork,
} from '../integration/conversations/helpers/peers';
import { measureMessageFlow } from './support/message-flow';

const COUNT = 10_000;
const WINDOW = 64;

export default async function run(): Promise<void> {
  const net = await startDemoNetwork();
  const alice = await signInPeer(net, ALICE);
  const bob = await signInPeer(net, BOB);
  try {
    const flow = await measureMessageFlow(alice, bob, COUNT, WINDOW);
    console.log(`messages:        ${COUNT} (ack mode A, window ${WINDOW} unacknowledged)`);
    console.log(`delivered/failed: ${flow.delivered}/${flow.failed}`);
    console.log(`throughput:      ${flow.messagesPerSecond} messages/s`);
    console.log(
      `latency (send → peer receipt): p50 ${flow.p50Ms.toFixed(2)} ms, ` +
        `p99 ${flow.p99Ms.toFixed(2)} ms`,
    );
  } finally {
    alice.close();
    bob.close();
    await net.stop();
  }
}
