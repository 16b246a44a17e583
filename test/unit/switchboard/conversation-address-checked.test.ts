// A malformed address for a conversation is refused at once in plain words, instead of a
// switchboard setup failing later with "can't reach the conversation server".
import { expect, it } from 'vitest';
import { ConversationManager } from '../../../main/msnp/conversations/conversation-manager';
import type { SwitchboardBroker } from '../../../main/msnp/switchboard/broker';

const broker: SwitchboardBroker = {
  selfEmail: 'alice@tweener.test',
  selfName: () => 'Alice',
  isOnline: () => true,
  requestSwitchboard: () => new Promise(() => undefined), // never needed here
  onRing: () => () => undefined,
  contactName: (email) => email,
};

it('openConversation and invite check the addresses', () => {
  const chats = new ConversationManager(broker);
  expect(() => chats.openConversation(['bob smith@tweener.test'])).toThrow(
    'bob smith@tweener.test is not a valid e-mail address.',
  );
  expect(() => chats.openConversation(['no-at-sign'])).toThrow('not a valid e-mail address');
  expect(chats.snapshot.conversations).toEqual([]);
  const id = chats.openConversation(['bob@tweener.test']);
  expect(() => chats.invite(id, 'carol\r\nOUT@x')).toThrow('not a valid e-mail address');
  chats.dispose();
});
