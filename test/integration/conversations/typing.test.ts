// Typing notifications: throttled in the core, reported at the peer (switchboard.md §8).
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { ChatMessage } from '../../../shared/domain';
import type { LocalNetwork } from '../../server';
import { collect, nextEvent, sleep } from './helpers/events';
import { ALICE, BOB, signInPeer, startDemoNetwork } from './helpers/peers';
import type { Peer } from './helpers/peers';

let net: LocalNetwork;
let alice: Peer;
let bob: Peer;
beforeEach(async () => {
  net = await startDemoNetwork();
  alice = await signInPeer(net, ALICE);
  bob = await signInPeer(net, BOB);
});
afterEach(async () => {
  alice.close();
  bob.close();
  await net.stop();
});

it('typing shows at the peer, once per burst of keystrokes', async () => {
  const id = alice.chat.openConversation([BOB]);
  const first = nextEvent<ChatMessage>(bob.chat, 'message');
  alice.chat.sendMessage(id, 'hello', null);
  const { conversationId } = await first;

  const typing = collect<{ conversationId: string; email: string; name: string }>(
    bob.chat,
    'typing',
  );
  for (let i = 0; i < 10; i++) alice.chat.sendTyping(id); // ten keystrokes
  await sleep(300);
  expect(typing).toEqual([{ conversationId, email: ALICE, name: 'Alice' }]);

  // After a text the next keystroke announces typing again at once (the peer cleared it).
  const second = nextEvent<ChatMessage>(bob.chat, 'message');
  alice.chat.sendMessage(id, 'more', null);
  await second;
  alice.chat.sendTyping(id);
  await sleep(200);
  expect(typing).toHaveLength(2);
});

it('typing before any switchboard exists opens one and the notice arrives', async () => {
  const id = alice.chat.openConversation([BOB]);
  const typing = nextEvent<{ email: string }>(bob.chat, 'typing');
  alice.chat.sendTyping(id);
  expect((await typing).email).toBe(ALICE);
});
