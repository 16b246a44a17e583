// Both people start writing at the same moment: two switchboards cross (XFR SB on each side,
// each gets the other's RNG). Each still sees one conversation with the other, and every
// message arrives once (switchboard.md §1, §2; one conversation per contact).
import { expect, it } from 'vitest';
import type { ChatMessage, Conversation } from '@shared/domain';
import { collect, sleep, until } from './helpers/events';
import { useSignedInPair } from '../support/people';
import { ALICE, BOB } from './helpers/peers';

const { alice, bob } = useSignedInPair();

it('crossing invitations still give one conversation per side and no lost message', async () => {
  const toAlice = collect<ChatMessage>(alice.chat, 'message');
  const toBob = collect<ChatMessage>(bob.chat, 'message');
  const aliceConvs = collect<Conversation>(alice.chat, 'conversation');
  const bobConvs = collect<Conversation>(bob.chat, 'conversation');
  const aliceConv = alice.chat.openConversation([BOB]);
  const bobConv = bob.chat.openConversation([ALICE]);
  alice.chat.sendMessage(aliceConv, 'hi from alice', null);
  bob.chat.sendMessage(bobConv, 'hi from bob', null);
  await until(
    () => toAlice.some((m) => m.direction === 'in') && toBob.some((m) => m.direction === 'in'),
  );
  await sleep(100); // room for a duplicate over the second switchboard to show up
  const incomingAlice = toAlice.filter((m) => m.direction === 'in');
  const incomingBob = toBob.filter((m) => m.direction === 'in');
  expect(incomingAlice.map((m) => [m.conversationId, m.text])).toEqual([
    [aliceConv, 'hi from bob'],
  ]);
  expect(incomingBob.map((m) => [m.conversationId, m.text])).toEqual([[bobConv, 'hi from alice']]);
  expect(new Set(aliceConvs.map((c) => c.id))).toEqual(new Set([aliceConv]));
  expect(new Set(bobConvs.map((c) => c.id))).toEqual(new Set([bobConv]));

  // Later messages flow both ways on whichever switchboard is current.
  alice.chat.sendMessage(aliceConv, 'second from alice', null);
  bob.chat.sendMessage(bobConv, 'second from bob', null);
  await until(() => toAlice.filter((m) => m.direction === 'in').length === 2);
  await until(() => toBob.filter((m) => m.direction === 'in').length === 2);
  expect(toAlice.filter((m) => m.direction === 'in').at(-1)?.text).toBe('second from bob');
  expect(toBob.filter((m) => m.direction === 'in').at(-1)?.text).toBe('second from alice');
});
