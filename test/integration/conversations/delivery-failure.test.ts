// Every outgoing message ends delivered or failed; a failed one keeps its text and can be
// resent (switchboard.md §5 ACK/NAK, §1.3 CAL errors; errors.md §3).
import { afterEach, describe, expect, it } from 'vitest';
import type { ChatMessage, Conversation } from '@shared/domain';
import { collect, nextEvent, sleep, until } from './helpers/events';
import { RawBroker } from './helpers/raw-broker';
import { ALICE, BOB, CAROL, signInPeer } from './helpers/peers';
import type { Peer } from './helpers/peers';
import { useSignedInPair } from '../support/people';

type Failed = { conversationId: string; messageId: string; error: string };

const { net, alice, bob } = useSignedInPair();
const extra: (() => void)[] = [];
afterEach(() => {
  extra.splice(0).forEach((f) => f());
});

function messageOf(peer: Peer, id: string): ChatMessage | undefined {
  return peer.chat.conversations.messages.find((m) => m.id === id);
}

async function chatting(): Promise<{ aliceConv: string; bobConv: string }> {
  const aliceConv = alice.chat.openConversation([BOB]);
  const got = nextEvent<ChatMessage>(bob.chat, 'message');
  const delivered = nextEvent(alice.chat, 'messageDelivered');
  alice.chat.sendMessage(aliceConv, 'hello', null);
  await delivered;
  return { aliceConv, bobConv: (await got).conversationId };
}

describe('delivery failures', () => {
  it('NAK: Bob left just before Alice sent; the message fails, is kept, and resends', async () => {
    const { aliceConv, bobConv } = await chatting();
    net.faults.delayReplies(300); // Alice learns of Bob's BYE only after she sent
    bob.chat.leave(bobConv);
    // Bob's OUT must reach the server before Alice's MSG; nothing observable says when (the
    // BYE to Alice is held back on purpose), so this one wait is a deliberate head start.
    await sleep(100);
    const failed = nextEvent<Failed>(alice.chat, 'messageFailed');
    const id = alice.chat.sendMessage(aliceConv, 'are you there?', null);
    expect(await failed).toEqual({
      conversationId: aliceConv,
      messageId: id,
      error: 'This message could not be delivered to all recipients.',
    });
    expect(messageOf(alice, id)).toMatchObject({ text: 'are you there?', state: 'failed' });

    net.faults.delayReplies(0);
    const bobGets = nextEvent<ChatMessage>(bob.chat, 'message');
    const delivered = nextEvent<{ messageId: string }>(alice.chat, 'messageDelivered');
    alice.chat.resendMessage(aliceConv, id);
    expect((await delivered).messageId).toBe(id);
    expect(await bobGets).toMatchObject({ conversationId: bobConv, text: 'are you there?' });
    expect(messageOf(alice, id)?.state).toBe('delivered');
  });

  it('switchboard closed before the ACK: the message fails with the closing reason', async () => {
    const { aliceConv } = await chatting();
    net.faults.delayReplies(300);
    const failed = nextEvent<Failed>(alice.chat, 'messageFailed');
    const id = alice.chat.sendMessage(aliceConv, 'bye now', null);
    alice.chat.leave(aliceConv);
    expect(await failed).toMatchObject({
      messageId: id,
      error: 'The conversation was closed before this message was delivered.',
    });
    expect(messageOf(alice, id)).toMatchObject({ text: 'bye now', state: 'failed' });
  });

  it('contact offline (217): the conversation says so and queued messages fail', async () => {
    const conversation = nextEvent<Conversation>(alice.chat, 'conversation', (c) => !!c.error);
    const failures = collect<Failed>(alice.chat, 'messageFailed');
    const id = alice.chat.openConversation([CAROL]); // Carol is not signed in
    const first = alice.chat.sendMessage(id, 'one', null);
    const second = alice.chat.sendMessage(id, 'two', null);
    const c = await conversation;
    expect(c).toMatchObject({ id, state: 'idle', participants: [CAROL] });
    expect(c.error).toBe('Carol is offline or not accepting messages right now.');
    await until(() => failures.length >= 2, 5000, 'both queued messages to fail');
    expect(failures.map((f) => f.messageId)).toEqual([first, second]);
    expect(failures[0]?.error).toBe(c.error);
  });

  it('nobody answers the invitation: join timeout fails the queue', async () => {
    const carol = await RawBroker.signIn(net, CAROL); // online, but never answers RNG
    extra.push(() => carol.close());
    alice.close(); // one session per account: Alice again, with a short join timeout
    const impatient = await signInPeer(net, ALICE, { conversations: { joinTimeoutMs: 300 } });
    extra.push(() => impatient.close());
    const id = impatient.chat.openConversation([CAROL]);
    const failed = nextEvent<Failed>(impatient.chat, 'messageFailed');
    impatient.chat.sendMessage(id, 'hello?', null);
    expect((await failed).error).toBe('Carol did not answer the invitation to chat.');
    expect(impatient.chat.conversations.conversations.find((c) => c.id === id)?.state).toBe('idle');
  });

  it('the server cannot set up a switchboard (280): a plain-words failure, then recovery', async () => {
    net.faults.switchboardFailure(true);
    const id = alice.chat.openConversation([BOB]);
    const failed = nextEvent<Failed>(alice.chat, 'messageFailed');
    const messageId = alice.chat.sendMessage(id, 'try me', null);
    expect((await failed).error).toBe('The conversation could not be started. Please try again.');
    net.faults.switchboardFailure(false);
    const delivered = nextEvent<{ messageId: string }>(alice.chat, 'messageDelivered');
    alice.chat.resendMessage(id, messageId);
    expect((await delivered).messageId).toBe(messageId);
  });

  it('appearing offline: no switchboard is requested and the message fails clearly', async () => {
    await alice.chat.setStatus('HDN');
    const id = alice.chat.openConversation([BOB]);
    const failed = nextEvent<Failed>(alice.chat, 'messageFailed');
    alice.chat.sendMessage(id, 'hidden hello', null);
    expect((await failed).error).toBe("You can't start conversations while you appear offline.");
  });
});
