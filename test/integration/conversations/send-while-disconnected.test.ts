// A message typed while signed out or while the connection is being re-established fails
// with words that say so (not "you appear offline", which would send the person to the
// status menu for nothing); the text is kept, and it goes out once resent after sign-in.
import { expect, it } from 'vitest';
import { useSignedInPair } from '../support/people';
import { nextEvent } from './helpers/events';
import { ALICE, BOB } from './helpers/peers';

type Failed = { conversationId: string; messageId: string; error: string };

const { alice, bob } = useSignedInPair();

it('signed out: the message fails as "not connected", keeps its text and can be resent', async () => {
  const id = alice.chat.openConversation([BOB]);
  await alice.chat.signOut();
  const failed = nextEvent<Failed>(alice.chat, 'messageFailed');
  const messageId = alice.chat.sendMessage(id, 'typed while away', null);
  const { error } = await failed;
  expect(error).not.toMatch(/appear offline/);
  expect(error).toMatch(/not connected/i);
  const kept = alice.chat.conversations.messages.find((m) => m.id === messageId);
  expect(kept?.text).toBe('typed while away');
  expect(kept?.state).toBe('failed');

  await alice.chat.signIn({ email: ALICE, password: 'tweener', status: 'NLN' });
  const received = nextEvent<{ text: string }>(bob.chat, 'message');
  alice.chat.resendMessage(id, messageId);
  expect((await received).text).toBe('typed while away');
});
