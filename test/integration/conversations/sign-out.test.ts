// Signing out closes every conversation: switchboards are left (the peer sees BYE) and a
// message still waiting for its ACK fails visibly (msnp8/README.md §9.1; DESIGN.md, State and IPC).
import { expect, it } from 'vitest';
import type { ChatMessage, Conversation } from '@shared/domain';
import { nextEvent } from './helpers/events';
import { useSignedInPair } from '../support/people';
import { ALICE, BOB } from './helpers/peers';

const { net, alice, bob } = useSignedInPair();

it('signing out leaves the switchboards and fails what was not acknowledged', async () => {
  const aliceConv = alice.chat.openConversation([BOB]);
  const first = nextEvent<ChatMessage>(bob.chat, 'message');
  const firstDelivered = nextEvent(alice.chat, 'messageDelivered');
  alice.chat.sendMessage(aliceConv, 'hello', null);
  await Promise.all([first, firstDelivered]);

  net.faults.delayReplies(300); // the ACK of the next message comes too late
  const failed = nextEvent<{ messageId: string; error: string }>(alice.chat, 'messageFailed');
  const closed = nextEvent<Conversation>(alice.chat, 'conversation', (c) => c.state === 'closed');
  const bobSawLeave = nextEvent<{ email: string }>(bob.chat, 'participantLeft');
  const id = alice.chat.sendMessage(aliceConv, 'last words', null);
  await alice.chat.signOut();
  expect(await failed).toEqual({
    conversationId: aliceConv,
    messageId: id,
    error: 'You signed out before this message was delivered.',
  });
  expect((await closed).id).toBe(aliceConv);
  expect((await bobSawLeave).email).toBe(ALICE);
  expect(alice.chat.conversations.messages.find((m) => m.id === id)).toMatchObject({
    text: 'last words',
    state: 'failed',
  });
});
