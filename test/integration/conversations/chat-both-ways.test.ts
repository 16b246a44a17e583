// Two accounts chat both ways: Alice starts (XFR SB → USR → CAL → JOI), Bob is invited
// (RNG → ANS → IRO) and answers in the same conversation (switchboard.md §1, §2, §5).
// Against both server profiles: the revival one names the switchboard by host name, uses
// UUID session ids, sends the answerer a JOI for itself and never ACKs (msnp8/README.md §11, §11.1).
import { expect, it } from 'vitest';
import type { ChatMessage, Conversation } from '@shared/domain';
import { useSignedInPair } from '../support/people';
import { arrivalEvent, describeEachProfile, profileClientOptions } from '../support/profiles';
import { collect, nextEvent } from './helpers/events';
import { ALICE, BOB } from './helpers/peers';

describeEachProfile('a conversation between two accounts', (profile) => {
  const options = profileClientOptions(profile);
  const { alice, bob } = useSignedInPair({ alice: options, bob: options }, profile);
  const arrived = arrivalEvent(profile);

  it('Alice invites Bob, both send, each message is delivered exactly once', async () => {
    const aliceDelivered = collect<{ messageId: string }>(alice.chat, arrived);
    const aliceFailed = collect<{ messageId: string }>(alice.chat, 'messageFailed');
    const bobGets = nextEvent<ChatMessage>(bob.chat, 'message', (m) => m.direction === 'in');
    const conversationId = alice.chat.openConversation([BOB]);
    expect(alice.chat.openConversation(['Bob@Tweener.test'])).toBe(conversationId); // reused

    const ready = nextEvent<Conversation>(alice.chat, 'conversation', (c) => c.state === 'ready');
    const delivered = nextEvent(alice.chat, arrived);
    const messageId = alice.chat.sendMessage(conversationId, 'Hi Bob! Lunch at 12?', null, 'c-1');
    expect(messageId).toBe('c-1');
    expect(await ready).toMatchObject({ participants: [BOB], state: 'ready' });
    expect(await delivered).toEqual({ conversationId, messageId: 'c-1' });

    const incoming = await bobGets;
    expect(incoming).toMatchObject({
      from: ALICE,
      fromName: 'Alice',
      text: 'Hi Bob! Lunch at 12?',
    });

    // Bob answers in the conversation the RNG created; Alice receives it in hers.
    const aliceGets = nextEvent<ChatMessage>(alice.chat, 'message', (m) => m.direction === 'in');
    const bobDelivered = nextEvent<{ messageId: string }>(bob.chat, arrived);
    const reply = bob.chat.sendMessage(incoming.conversationId, 'Sure! Café at noon ☕', null);
    expect((await bobDelivered).messageId).toBe(reply);
    expect(await aliceGets).toMatchObject({
      conversationId,
      from: BOB,
      fromName: 'Bob',
      text: 'Sure! Café at noon ☕',
    });
    expect(bob.chat.openConversation([ALICE])).toBe(incoming.conversationId);
    expect(aliceDelivered).toHaveLength(1);
    expect(aliceFailed).toEqual([]);
    // msnp8/README.md §11: the answerer's own JOI never makes it a participant of its conversation.
    expect(bob.chat.conversations.conversations[0]?.participants).toEqual([ALICE]);
  });

  it('Bob starts the next conversation and Alice is the one invited', async () => {
    const aliceConversation = nextEvent<Conversation>(alice.chat, 'conversation');
    const aliceGets = nextEvent<ChatMessage>(alice.chat, 'message', (m) => m.direction === 'in');
    const id = bob.chat.openConversation([ALICE]);
    bob.chat.sendMessage(id, 'ping', null);
    const message = await aliceGets;
    expect(message).toMatchObject({ from: BOB, text: 'ping' });
    expect(await aliceConversation).toMatchObject({ participants: [BOB] });
    expect(alice.chat.openConversation([BOB])).toBe(message.conversationId);
  });

  it('a nudge goes both ways', async () => {
    const id = alice.chat.openConversation([BOB]);
    const bobNudged = nextEvent<{ email: string; conversationId: string }>(bob.chat, 'nudge');
    alice.chat.sendNudge(id);
    const nudge = await bobNudged;
    expect(nudge.email).toBe(ALICE);
    const aliceNudged = nextEvent<{ email: string }>(alice.chat, 'nudge');
    bob.chat.sendNudge(nudge.conversationId);
    expect((await aliceNudged).email).toBe(BOB);
  });
});
