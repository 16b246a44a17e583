// msnp8/README.md §11.1: no ACK and no NAK at all for ack-mode-A messages. A message without an
// answer is "not confirmed" (not "refused"), and once a switchboard has shown it never
// answers, later messages stop waiting for it.
import { expect, it } from 'vitest';
import type { ChatMessage } from '@shared/domain';
import { startNetwork } from '../../server';
import type { LocalNetwork } from '../../server';
import { demoAccounts } from '../../server/helpers/accounts';
import { afterEach, beforeEach } from 'vitest';
import { collect, nextEvent } from '../conversations/helpers/events';
import { ALICE, BOB, signInPeer } from '../conversations/helpers/peers';
import type { Peer } from '../conversations/helpers/peers';

const ACK_TIMEOUT_MS = 1_500;
let net: LocalNetwork;
let alice: Peer;
let bob: Peer;

beforeEach(async () => {
  net = await startNetwork({ accounts: demoAccounts(), variations: { noAck: true } });
  alice = await signInPeer(net, ALICE, { conversations: { ackTimeoutMs: ACK_TIMEOUT_MS } });
  bob = await signInPeer(net, BOB);
});
afterEach(async () => {
  alice.close();
  bob.close();
  await net.stop();
});

it('arrived but unconfirmed: muted state, never failed, and the next one does not wait', async () => {
  const failed = collect(alice.chat, 'messageFailed');
  const id = alice.chat.openConversation([BOB]);
  const bobGets = nextEvent<ChatMessage>(bob.chat, 'message', (m) => m.text === 'one');
  const first = nextEvent<{ messageId: string }>(alice.chat, 'messageUnconfirmed');
  alice.chat.sendMessage(id, 'one', null, 'm-1');
  await bobGets;
  expect((await first).messageId).toBe('m-1');

  const second = nextEvent<{ messageId: string }>(alice.chat, 'messageUnconfirmed');
  const started = Date.now();
  alice.chat.sendMessage(id, 'two', null, 'm-2');
  expect((await second).messageId).toBe('m-2');
  // Not another full wait for an answer that this switchboard never gives.
  expect(Date.now() - started).toBeLessThan(ACK_TIMEOUT_MS);
  expect(failed).toEqual([]);
  const states = alice.chat.conversations.messages.map((m) => [m.id, m.state]);
  expect(states).toEqual([
    ['m-1', 'unconfirmed'],
    ['m-2', 'unconfirmed'],
  ]);

  // Resend is offered for an unconfirmed message: it goes out again.
  const resent = nextEvent<ChatMessage>(bob.chat, 'message', (m) => m.text === 'one');
  alice.chat.resendMessage(id, 'm-1');
  await resent;

  // A new switchboard of the same server starts from what the last one taught.
  const idle = nextEvent<{ state: string }>(alice.chat, 'conversation', (c) => c.state === 'idle');
  bob.chat.leave(bob.chat.conversations.conversations[0]!.id);
  await idle;
  const third = nextEvent<{ messageId: string }>(alice.chat, 'messageUnconfirmed');
  const bobGetsThird = nextEvent<ChatMessage>(bob.chat, 'message', (m) => m.text === 'three');
  const again = Date.now();
  alice.chat.sendMessage(id, 'three', null, 'm-3');
  expect((await third).messageId).toBe('m-3');
  expect(Date.now() - again).toBeLessThan(ACK_TIMEOUT_MS);
  await bobGetsThird;
});
