// A multi-party conversation: Alice brings Carol into her chat with Bob; Carol leaves and
// the two others carry on (switchboard.md §3, §4; examples.md §8).
import { expect, it } from 'vitest';
import type { ChatMessage, Conversation } from '@shared/domain';
import { useSignedIn } from '../support/people';
import { collect, nextEvent } from './helpers/events';
import { ALICE, BOB, CAROL } from './helpers/peers';

const people = useSignedIn([ALICE, BOB, CAROL]);
const { net } = people;
const alice = people.peer(ALICE);
const bob = people.peer(BOB);
const carol = people.peer(CAROL);

it('three people talk, one leaves, the other two carry on', async () => {
  const aliceConv = alice.chat.openConversation([BOB]);
  const bobFirst = nextEvent<ChatMessage>(bob.chat, 'message');
  alice.chat.sendMessage(aliceConv, 'hi Bob', null);
  const bobConv = (await bobFirst).conversationId;

  const aliceJoined = nextEvent<{ email: string }>(alice.chat, 'participantJoined');
  const bobJoined = nextEvent<{ email: string; conversationId: string }>(
    bob.chat,
    'participantJoined',
  );
  const carolConversation = nextEvent<Conversation>(
    carol.chat,
    'conversation',
    (c) => c.state === 'ready',
  );
  alice.chat.invite(aliceConv, CAROL);
  expect((await aliceJoined).email).toBe(CAROL);
  expect(await bobJoined).toMatchObject({ email: CAROL, conversationId: bobConv });
  const carolConv = await carolConversation;
  expect([...carolConv.participants].sort()).toEqual([ALICE, BOB]);

  // Carol's message reaches both others.
  const toAlice = nextEvent<ChatMessage>(alice.chat, 'message');
  const toBob = nextEvent<ChatMessage>(bob.chat, 'message');
  carol.chat.sendMessage(carolConv.id, 'Hey both!', null);
  expect(await toAlice).toMatchObject({
    conversationId: aliceConv,
    from: CAROL,
    text: 'Hey both!',
  });
  expect(await toBob).toMatchObject({ conversationId: bobConv, from: CAROL, text: 'Hey both!' });

  // Carol leaves: both see it and the conversation goes on between Alice and Bob.
  const aliceLeft = nextEvent<{ email: string }>(alice.chat, 'participantLeft');
  const bobLeft = nextEvent<{ email: string }>(bob.chat, 'participantLeft');
  carol.chat.leave(carolConv.id);
  expect((await aliceLeft).email).toBe(CAROL);
  expect((await bobLeft).email).toBe(CAROL);
  const aliceStates = collect<Conversation>(alice.chat, 'conversation');
  const bobGets = nextEvent<ChatMessage>(bob.chat, 'message');
  alice.chat.sendMessage(aliceConv, 'just us now', null);
  expect(await bobGets).toMatchObject({ conversationId: bobConv, text: 'just us now' });
  expect(aliceStates.filter((c) => c.state !== 'ready')).toEqual([]);
  expect(alice.chat.conversations.conversations.find((c) => c.id === aliceConv)).toMatchObject({
    participants: [BOB],
    state: 'ready',
  });
});

it('a contact invited while the switchboard is still being set up is called once it is ready', async () => {
  net.faults.delayReplies(30);
  const aliceConv = alice.chat.openConversation([BOB]);
  alice.chat.sendMessage(aliceConv, 'hi Bob', null); // starts the setup
  await new Promise((resolve) => setTimeout(resolve, 20)); // XFR SB is on its way
  const carolReady = nextEvent<Conversation>(
    carol.chat,
    'conversation',
    (c) => c.state === 'ready',
  );
  alice.chat.invite(aliceConv, CAROL);
  const carolConv = await carolReady;
  net.faults.delayReplies(0);
  expect([...carolConv.participants].sort()).toEqual([ALICE, BOB]);
  const toCarol = nextEvent<ChatMessage>(carol.chat, 'message');
  alice.chat.sendMessage(aliceConv, 'welcome Carol', null);
  expect(await toCarol).toMatchObject({ conversationId: carolConv.id, text: 'welcome Carol' });
});
