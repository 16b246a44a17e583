// Typing notifications: throttled in the core, reported at the peer (switchboard.md §8).
import { expect, it } from 'vitest';
import type { ChatMessage } from '@shared/domain';
import { collect, nextEvent, sleep, until } from './helpers/events';
import { useSignedInPair } from '../support/people';
import { ALICE, BOB } from './helpers/peers';

const { alice, bob } = useSignedInPair();

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
  await until(() => typing.length > 0, 5000, 'the typing notice');
  await sleep(200); // a second notice for the same burst would come right behind the first
  expect(typing).toEqual([{ conversationId, email: ALICE, name: 'Alice' }]);

  // After a text the next keystroke announces typing again at once (the peer cleared it).
  const second = nextEvent<ChatMessage>(bob.chat, 'message');
  alice.chat.sendMessage(id, 'more', null);
  await second;
  alice.chat.sendTyping(id);
  await until(() => typing.length >= 2, 5000, 'the second typing notice');
  expect(typing).toHaveLength(2);
});

it('typing before any switchboard exists opens one and the notice arrives', async () => {
  const id = alice.chat.openConversation([BOB]);
  const typing = nextEvent<{ email: string }>(bob.chat, 'typing');
  alice.chat.sendTyping(id);
  expect((await typing).email).toBe(ALICE);
});
