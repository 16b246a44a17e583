// One conversation's message flow between two signed-in peers: throughput, and latency from
// sendMessage to the peer's `message` event, with at most `window` messages unacknowledged.
import { performance } from 'node:perf_hooks';
import type { ChatMessage } from '@shared/domain';
import type { Peer } from '../../integration/conversations/helpers/peers';

export interface FlowFigures {
  count: number;
  delivered: number;
  failed: number;
  messagesPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

export async function measureMessageFlow(
  alice: Peer,
  bob: Peer,
  count: number,
  window: number,
): Promise<FlowFigures> {
  const conversationId = alice.chat.openConversation([bob.email]);
  // Warm-up: set up the switchboard so the figures measure messages, not XFR/CAL/JOI.
  await Promise.all([
    new Promise((resolve) => bob.chat.once('message', resolve)),
    new Promise((resolve) => alice.chat.once('messageDelivered', resolve)),
    alice.chat.sendMessage(conversationId, 'warm-up', null),
  ]);

  const sentAt = new Float64Array(count);
  const latencies: number[] = [];
  let received = 0;
  let acked = 0;
  let failed = 0;
  let next = 0;
  const pump = (): void => {
    while (next < count && next - acked - failed < window) {
      sentAt[next] = performance.now();
      alice.chat.sendMessage(conversationId, `m ${next}`, null);
      next++;
    }
  };
  const onMessage = (m: ChatMessage): void => {
    const i = Number(m.text.slice(2));
    latencies.push(performance.now() - (sentAt[i] ?? 0));
    received++;
  };
  const done = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('benchmark timed out')), 300_000);
    const check = (): void => {
      if (received === count && acked + failed === count) {
        clearTimeout(timer);
        resolve();
      }
    };
    bob.chat.on('message', (m: ChatMessage) => {
      onMessage(m);
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
  const start = performance.now();
  pump();
  await done;
  const seconds = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    count,
    delivered: acked,
    failed,
    messagesPerSecond: Math.round(count / seconds),
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
  };
}
