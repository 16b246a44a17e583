// A conversation whose last other participant left is idle; sending into it opens a new
// switchboard transparently and the peer's idle conversation is reused (switchboard.md §4).
import { expect, it } from 'vitest';
import type { ChatMessage, Conversation } from '@shared/domain';
import { collect, nextEvent } from './helpers/events';
import { useSignedInPair } from '../support/people';
import { ALICE, BOB } from './helpers/peers';

const { alice, bob } = useSignedInPair();

it('Bob closes his window; Alice writes again in the same conversation and Bob gets it in his', async () => {
  const aliceConv = alice.chat.openConversation([BOB]);
  const first = nextEvent<ChatMessage>(bob.chat, 'message');
  alice.chat.sendMessage(aliceConv, 'first', null);
  const bobConv = (await first).conversationId;

  const idle = nextEvent<Conversation>(alice.chat, 'conversation', (c) => c.state === 'idle');
  const left = nextEvent<{ email: string }>(alice.chat, 'participantLeft');
  bob.chat.leave(bobConv);
  expect((await left).email).toBe(BOB);
  expect(await idle).toMatchObject({ id: aliceConv, participants: [BOB], state: 'idle' });

  const joined = collect(alice.chat, 'participantJoined');
  const again = nextEvent<ChatMessage>(bob.chat, 'message');
  const delivered = nextEvent<{ messageId: string }>(alice.chat, 'messageDelivered');
  const id = alice.chat.sendMessage(aliceConv, 'second', null);
  expect((await delivered).messageId).toBe(id);
  expect(await again).toMatchObject({ conversationId: bobConv, text: 'second' });
  expect(joined).toEqual([]); // Bob was already a participant: no "joined" noise
  expect(alice.chat.openConversation([BOB])).toBe(aliceConv);
});

it('the server closing the switchboard makes the conversation idle, not failed', async () => {
  const aliceConv = alice.chat.openConversation([BOB]);
  const first = nextEvent<ChatMessage>(bob.chat, 'message');
  alice.chat.sendMessage(aliceConv, 'first', null);
  const bobConv = (await first).conversationId;
  // Alice leaves: Bob's switchboard is left with only him and closes.
  const bobIdle = nextEvent<Conversation>(bob.chat, 'conversation', (c) => c.state === 'idle');
  alice.chat.leave(aliceConv);
  expect(await bobIdle).toMatchObject({ id: bobConv, participants: [ALICE] });
  expect((await bobIdle).error).toBeUndefined();
  // Bob writes back: Alice's closed conversation with Bob is reused.
  const aliceGets = nextEvent<ChatMessage>(alice.chat, 'message');
  bob.chat.sendMessage(bobConv, 'you left?', null);
  expect(await aliceGets).toMatchObject({ conversationId: aliceConv, text: 'you left?' });
});
