// The inviter says something and leaves at once: when the switchboard's ANS OK, the message and
// the BYE reach us in one read (a busy machine), the message is still shown — it must not be
// dropped with the "nobody is left" switchboard (switchboard.md §2.1, §4).
import { createServer } from 'node:net';
import type { AddressInfo, Server } from 'node:net';
import { afterEach, expect, it } from 'vitest';
import { ConversationManager } from '../../../main/msnp/conversations/conversation-manager';
import type { SwitchboardBroker, SwitchboardInvite } from '../../../main/msnp/switchboard/broker';
import type { ChatMessage } from '@shared/domain';
import { nextEvent } from './helpers/events';

const BODY = 'MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nbye now';

/** A switchboard that answers ANS with the roster, OK, a message and the caller's BYE at once. */
function burstSwitchboard(): Promise<Server> {
  const server = createServer((socket) => {
    socket.once('data', (data) => {
      const trid = data.toString('latin1').split(' ')[1] ?? '1';
      socket.write(
        `IRO ${trid} 1 1 alice@tweener.test Alice\r\nANS ${trid} OK\r\n` +
          `MSG alice@tweener.test Alice ${Buffer.byteLength(BODY)}\r\n${BODY}` +
          'BYE alice@tweener.test\r\n',
      );
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

let cleanup = (): void => undefined;
afterEach(() => cleanup());

it('a message that arrives together with the inviter leaving is shown', async () => {
  const server = await burstSwitchboard();
  let ring: (invite: SwitchboardInvite) => void = () => undefined;
  const broker: SwitchboardBroker = {
    selfEmail: 'bob@tweener.test',
    selfName: () => 'Bob',
    isOnline: () => true,
    requestSwitchboard: () => Promise.reject(new Error('not used')),
    onRing: (listener) => {
      ring = listener;
      return () => undefined;
    },
    contactName: (email) => email,
  };
  const chats = new ConversationManager(broker);
  cleanup = () => {
    chats.dispose();
    server.close();
  };
  const message = nextEvent<ChatMessage>(chats, 'message');
  ring({
    sessionId: '42',
    host: '127.0.0.1',
    port: (server.address() as AddressInfo).port,
    authCookie: 'cookie',
    callerEmail: 'alice@tweener.test',
    callerName: 'Alice',
  });
  expect(await message).toMatchObject({
    direction: 'in',
    from: 'alice@tweener.test',
    text: 'bye now',
  });
  const [conversation] = chats.snapshot.conversations;
  expect(conversation?.participants).toEqual(['alice@tweener.test']);
});
