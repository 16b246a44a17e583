// 10,000 chat messages through one switchboard on loopback between two signed-in clients
// (ack mode A, switchboard.md §5): throughput, and latency from sendMessage to the peer's
// `message` event. At most WINDOW messages are unacknowledged at a time, as a fast typist
// pasting would never exceed; the figures say so.
import { performance } from 'node:perf_hooks';
import type { ChatMessage } from '../../shared/domain';
import {
  ALICE,
  BOB,
  signInPeer,
  startDemoNetwork,
} from '../integration/conversations/helpers/peers';

const COUNT = 10_000;
const WINDOW = 64;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

export default async function run(): Promise<void> {
  const net = await startDemoNetwork();
  const alice = await signInPeer(net, ALICE);
  const bob = await signInPeer(net, BOB);
  try {
    const conversationId = alice.chat.openConversation([BOB]);
    // Warm-up: set up the switchboard so the figures measure messages, not XFR/CAL/JOI.
    await Promise.all([
      new Promise((resolve) => bob.chat.once('message', resolve)),
      new Promise((resolve) => alice.chat.once('messageDelivered', resolve)),
      alice.chat.sendMessage(conversationId, 'warm-up', null),
    ]);

    const sentAt = new Float64Array(COUNT);
    const latencies: number[] = [];
    let received = 0;
    let acked = 0;
    let failed = 0;
    let next = 0;
    const done = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('benchmark timed out')), 120_000);
      const check = (): void => {
        if (received === COUNT && acked + failed === COUNT) {
          clearTimeout(timer);
          resolve();
        }
      };
      bob.chat.on('message', (m: ChatMessage) => {
        const i = Number(m.text.slice(2));
        latencies.push(performance.now() - (sentAt[i] ?? 0));
        received++;
        check();
      });
      const settled = (): void => {
        pump();
        check();
      };
      alice.chat.on('messageDelivered', () => {
        acked++;
        settled();
      });
      alice.chat.on('messageFailed', () => {
        failed++;
        settled();
      });
    });
    const pump = (): void => {
      while (next < COUNT && next - acked - failed < WINDOW) {
        sentAt[next] = performance.now();
        alice.chat.sendMessage(conversationId, `m ${next}`, null);
        next++;
      }
    };
    const start = performance.now();
    pump();
    await done;
    const seconds = (performance.now() - start) / 1000;
    latencies.sort((a, b) => a - b);
    console.log(`messages:        ${COUNT} (ack mode A, window ${WINDOW} unacknowledged)`);
    console.log(`delivered/failed: ${acked}/${failed}`);
    console.log(`throughput:      ${Math.round(COUNT / seconds)} messages/s`);
    console.log(
      `latency (send → peer receipt): p50 ${percentile(latencies, 50).toFixed(2)} ms, ` +
        `p99 ${percentile(latencies, 99).toFixed(2)} ms`,
    );
  } finally {
    alice.close();
    bob.close();
    await net.stop();
  }
}
