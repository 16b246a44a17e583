// A bug in whoever listens to MsnClient (the shell, a window) must not unwind into the
// protocol core: no unhandled promise rejection, no uncaught exception, and the
// conversation keeps working (phase-2 review: floating promises and event listeners).
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { LocalNetwork } from '../../server';
import { nextEvent } from './helpers/events';
import { ALICE, BOB, signInPeer, startDemoNetwork } from './helpers/peers';
import type { Peer } from './helpers/peers';

let net: LocalNetwork;
let alice: Peer;
let bob: Peer;
const rejections: unknown[] = [];
const onRejection = (reason: unknown): void => void rejections.push(reason);
beforeEach(async () => {
  rejections.length = 0;
  process.on('unhandledRejection', onRejection);
  net = await startDemoNetwork();
  alice = await signInPeer(net, ALICE);
  bob = await signInPeer(net, BOB);
});
afterEach(async () => {
  process.off('unhandledRejection', onRejection);
  alice.close();
  bob.close();
  await net.stop();
});

it('a listener that throws on delivery and on incoming messages breaks nothing', async () => {
  const report = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  alice.chat.on('messageDelivered', () => {
    throw new Error('bug in a delivery listener');
  });
  bob.chat.on('message', () => {
    throw new Error('bug in a message listener');
  });
  const id = alice.chat.openConversation([BOB]);
  const first = nextEvent<{ text: string }>(bob.chat, 'message');
  alice.chat.sendMessage(id, 'one', null);
  expect((await first).text).toBe('one');
  await new Promise((r) => setTimeout(r, 100)); // let the ACK arrive and settle

  const second = nextEvent<{ text: string }>(bob.chat, 'message');
  const delivered = nextEvent<{ messageId: string }>(alice.chat, 'messageDelivered');
  const messageId = alice.chat.sendMessage(id, 'two', null);
  expect((await second).text).toBe('two');
  expect((await delivered).messageId).toBe(messageId);
  await new Promise((r) => setTimeout(r, 50));
  expect(rejections).toEqual([]);
  // The bug is reported where a developer sees it, never silently dropped.
  expect(report).toHaveBeenCalled();
  report.mockRestore();
});
