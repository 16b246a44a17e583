// Messages typed while the switchboard is being set up wait and go out in order once the
// contact joined (switchboard.md §1.3: queue until the first JOI).
import { expect, it } from 'vitest';
import type { ChatMessage, Conversation } from '@shared/domain';
import { collect, until } from './helpers/events';
import { useSignedInPair } from '../support/people';
import { ALICE, BOB } from './helpers/peers';

const { net, alice, bob } = useSignedInPair();

it('twenty messages sent during a slow setup arrive in order, all delivered', async () => {
  net.faults.delayReplies(40); // every server line is late: XFR, USR, CAL, JOI, ACK
  const states = collect<Conversation>(alice.chat, 'conversation');
  const received = collect<ChatMessage>(bob.chat, 'message');
  const delivered = collect<{ messageId: string }>(alice.chat, 'messageDelivered');
  const id = alice.chat.openConversation([BOB]);
  const sent = Array.from({ length: 20 }, (_, i) =>
    alice.chat.sendMessage(id, `message ${i}`, null),
  );
  expect(states.at(-1)?.state).toBe('connecting');
  await until(() => delivered.length === 20, 10_000, 'all deliveries');
  await until(() => received.length === 20, 5_000, 'all receipts'); // ACK may beat the relay
  expect(received.map((m) => m.text)).toEqual(sent.map((_, i) => `message ${i}`));
  expect(delivered.map((d) => d.messageId).sort()).toEqual([...sent].sort());
  expect(states.map((s) => s.state)).toContain('ready');
});

it('Bob answers while Alice is still queueing: nothing is lost or reordered', async () => {
  const id = alice.chat.openConversation([BOB]);
  const received = collect<ChatMessage>(bob.chat, 'message');
  alice.chat.sendMessage(id, 'one', null);
  await until(() => received.length === 1);
  alice.chat.sendMessage(id, 'two', null);
  alice.chat.sendMessage(id, 'three', null);
  await until(() => received.length === 3);
  expect(received.map((m) => m.text)).toEqual(['one', 'two', 'three']);
  expect(new Set(received.map((m) => m.conversationId)).size).toBe(1);
  expect(received[0]?.from).toBe(ALICE);
});
