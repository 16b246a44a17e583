// A stale id from a window (a conversation or transfer from before a restart, or a transfer
// forgotten after it finished) is refused with words a person can read, not an internal id.
import { expect, it } from 'vitest';
import { ConversationManager } from '../../../main/msnp/conversations/conversation-manager';
import type { SwitchboardBroker } from '../../../main/msnp/switchboard/broker';

const broker: SwitchboardBroker = {
  selfEmail: 'alice@tweener.test',
  selfName: () => 'Alice',
  isOnline: () => false,
  requestSwitchboard: () => Promise.reject(new Error('offline')),
  onRing: () => () => undefined,
  contactName: (email) => email,
};

it('unknown conversation, message or transfer ids get plain words', () => {
  const chats = new ConversationManager(broker);
  const stale = '6f1c7f7e-0000-4000-8000-000000000000';
  expect(() => chats.sendMessage(stale, 'hi', null)).toThrow(
    'That conversation is no longer open.',
  );
  expect(() => chats.sendTyping(stale)).toThrow('That conversation is no longer open.');
  expect(() => chats.leave(stale)).toThrow('That conversation is no longer open.');
  expect(() => chats.openConversation(['alice@tweener.test'])).toThrow(
    'Choose at least one contact to talk to.',
  );
  const id = chats.openConversation(['bob@tweener.test']);
  expect(() => chats.resendMessage(id, stale)).toThrow('That message can no longer be sent again.');
  for (const act of [
    () => chats.acceptFile(stale),
    () => chats.declineFile(stale),
    () => chats.cancelFile(stale),
  ]) {
    expect(act).toThrow('That file transfer is no longer available.');
  }
  chats.dispose();
});
