import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '@shared/domain';
import { MessageBook } from '../../../main/msnp/conversations/message-book';

const message = (id: string, state?: ChatMessage['state']): ChatMessage => ({
  id,
  conversationId: 'c',
  direction: state ? 'out' : 'in',
  from: 'a@x',
  fromName: 'A',
  text: id,
  format: null,
  time: 0,
  ...(state ? { state } : {}),
});

describe('MessageBook (exactly one end state per outgoing message)', () => {
  it('settles once: a late ACK after a failure changes nothing', () => {
    const events: string[] = [];
    const book = new MessageBook({
      delivered: (e) => events.push(`delivered ${e.messageId}`),
      failed: (e) => events.push(`failed ${e.messageId} ${e.error}`),
      unconfirmed: (e) => events.push(`unconfirmed ${e.messageId}`),
    });
    book.add(message('m1', 'sending'));
    book.settle('m1', { delivered: false, reason: 'nak' });
    book.settle('m1', { delivered: true });
    book.fail('m1', 'again');
    expect(events).toEqual(['failed m1 This message could not be delivered to all recipients.']);
    expect(book.get('m1')).toMatchObject({ state: 'failed', text: 'm1' });
  });

  it('no ACK and no NAK is "not confirmed", not "refused", and keeps the text for a resend', () => {
    const events: string[] = [];
    const book = new MessageBook({
      delivered: (e) => events.push(`delivered ${e.messageId}`),
      failed: (e) => events.push(`failed ${e.messageId}`),
      unconfirmed: (e) => events.push(`unconfirmed ${e.messageId}`),
    });
    book.add(message('m1', 'sending'));
    book.settle('m1', { delivered: false, reason: 'timeout' });
    book.settle('m1', { delivered: false, reason: 'nak' });
    expect(events).toEqual(['unconfirmed m1']);
    expect(book.get('m1')).toMatchObject({ state: 'unconfirmed', text: 'm1' });
    expect(book.get('m1')?.error).toBeUndefined();
  });

  it('a late ACK turns an unconfirmed message into a delivered one', async () => {
    const events: string[] = [];
    const book = new MessageBook({
      delivered: (e) => events.push(`delivered ${e.messageId}`),
      failed: (e) => events.push(`failed ${e.messageId}`),
      unconfirmed: (e) => events.push(`unconfirmed ${e.messageId}`),
    });
    book.add(message('m1', 'sending'));
    let confirm = (): void => undefined;
    const confirmedLater = new Promise<void>((resolve) => (confirm = resolve));
    book.settle('m1', { delivered: false, reason: 'timeout', confirmedLater });
    expect(book.get('m1')?.state).toBe('unconfirmed');
    confirm();
    await confirmedLater;
    await Promise.resolve();
    expect(events).toEqual(['unconfirmed m1', 'delivered m1']);
    expect(book.get('m1')?.state).toBe('delivered');
  });

  it('forgets the oldest settled messages beyond its bound, never a failed or sending one', () => {
    const book = new MessageBook(
      { delivered: () => undefined, failed: () => undefined, unconfirmed: () => undefined },
      3,
    );
    book.add(message('failed', 'failed'));
    book.add(message('in-1'));
    book.add(message('sending', 'sending'));
    book.add(message('in-2'));
    book.add(message('in-3'));
    expect(book.list().map((m) => m.id)).toEqual(['failed', 'sending', 'in-3']);
  });
});
