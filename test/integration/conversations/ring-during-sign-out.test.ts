// Signing out while an invitation (RNG) is being answered: the switchboard that finishes
// joining afterwards is left at once, instead of living on in a signed-out client
// (msnp8/README.md §9.1: the switchboards go with the NS session).
import { afterEach, expect, it } from 'vitest';
import { useSignedInPair } from '../support/people';
import { nextEvent } from './helpers/events';
import { ALICE } from './helpers/peers';

const { net, alice, bob } = useSignedInPair();
// Registered after the fixture, so it runs before the fixture's teardown (hooks unwind as a stack).
afterEach(() => net.faults.delayReplies(0));

it('an invitation answered across a sign-out does not leave a live switchboard behind', async () => {
  const rang = new Promise<void>((resolve) =>
    alice.chat.broker.onRing(() => {
      void alice.chat.signOut(); // while the ANS is on its way
      resolve();
    }),
  );
  const bobConv = bob.chat.openConversation([ALICE]);
  net.faults.delayReplies(150); // the ANS answer (IRO, ANS OK) comes after the sign-out
  const aliceLeft = nextEvent<{ email: string }>(bob.chat, 'participantLeft', undefined, 8_000);
  bob.chat.sendMessage(bobConv, 'are you there?', null);
  await rang;
  expect((await aliceLeft).email).toBe(ALICE);
  await new Promise((r) => setTimeout(r, 300));
  expect(alice.chat.snapshot.session.phase).toBe('signedOut');
  const live = alice.chat.conversations.conversations.filter(
    (c) => c.state === 'ready' || c.state === 'connecting',
  );
  expect(live).toEqual([]);
}, 15_000);
