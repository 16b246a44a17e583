// Clicking a desktop notification opens what it is about: a message's conversation, focused;
// a contact signing in brings the main window forward (it may be hidden in the tray).
import { describe, expect, it } from 'vitest';
import type { ChatMessage, Contact } from '@shared/domain';
import { makeServices, signInArgs, tempDir } from './support/services';

const origin = { transport: 'web' as const, senderId: 1 };

const bob = (status: Contact['status']): Contact => ({
  email: 'bob@x.test',
  friendlyName: 'Bob',
  lists: 11,
  groupIds: [0],
  status,
  capabilities: 0,
  phones: {},
});

const message: ChatMessage = {
  id: 'm1',
  conversationId: 'c1',
  direction: 'in',
  from: 'bob@x.test',
  fromName: 'Bob',
  text: 'hi',
  format: null,
  time: Date.now(),
};

async function signedIn() {
  const setup = await makeServices(await tempDir());
  const signing = setup.services.handlers['session:signIn'](signInArgs, origin);
  setup.clients.last().emit('contact', bob('FLN'));
  await signing;
  return { ...setup, client: setup.clients.last() };
}

describe('notification click', () => {
  it('a message toast opens its conversation as if the person asked', async () => {
    const { client, desktop } = await signedIn();
    client.emit('message', message);
    expect(desktop.toasts.map((t) => t.conversationId)).toEqual(['c1']);
    desktop.toastClicks[0]?.();
    expect(desktop.shown).toEqual([
      { conversationId: 'c1', reason: 'incoming' },
      { conversationId: 'c1', reason: 'user' },
    ]);
    expect(desktop.mainShown).toBe(0);
  });

  it('a contact-signed-in toast brings the main window forward', async () => {
    const { client, desktop, clock } = await signedIn();
    clock.now += 60_000; // past the quiet sign-in burst
    client.emit('contact', bob('NLN'));
    expect(desktop.toasts.map((t) => t.kind)).toEqual(['signIn']);
    desktop.toastClicks[0]?.();
    expect(desktop.mainShown).toBe(1);
    expect(desktop.shown).toEqual([]);
  });
});
