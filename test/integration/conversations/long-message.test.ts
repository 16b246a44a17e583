// A text longer than the 1664-byte payload limit is split at character boundaries and
// arrives complete and in order (switchboard.md §5).
import { expect, it } from 'vitest';
import type { ChatMessage } from '@shared/domain';
import { DEFAULT_FORMAT } from '@shared/domain';
import { collect, nextEvent, until } from './helpers/events';
import { useSignedInPair } from '../support/people';
import { ALICE } from './helpers/peers';

const { alice, bob } = useSignedInPair();

it('a 6000-character multi-byte text is split, delivered once and reassembled in order', async () => {
  const text = Array.from({ length: 600 }, (_, i) => `${String(i).padStart(3, '0')} café☕\n`).join(
    '',
  );
  const received = collect<ChatMessage>(bob.chat, 'message');
  const failed = collect(alice.chat, 'messageFailed');
  const id = alice.chat.openConversation([ALICE.replace('alice', 'bob')]);
  const delivered = nextEvent<{ messageId: string }>(alice.chat, 'messageDelivered');
  const messageId = alice.chat.sendMessage(id, text, { ...DEFAULT_FORMAT, bold: true });
  expect((await delivered).messageId).toBe(messageId);
  // The last ACK may come before the last relayed chunk reaches Bob.
  const length = () => received.reduce((sum, m) => sum + m.text.length, 0);
  await until(() => length() >= text.length, 5000, 'every chunk');
  expect(failed).toEqual([]);
  expect(Buffer.byteLength(text)).toBeGreaterThan(3 * 1664);
  expect(received.length).toBeGreaterThan(3);
  expect(received.map((m) => m.text).join('')).toBe(text);
  expect(received.every((m) => m.format?.bold === true)).toBe(true);
});
