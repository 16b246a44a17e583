// After the web bridge reconnects, the page takes a fresh snapshot: main's state wins (status,
// contacts, messages missed meanwhile), and what only the page had stays (a failed message).
import { act } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ChatMessage } from '@shared/domain';
import { useContacts } from '../../../renderer/src/stores/contacts';
import { useConversations } from '../../../renderer/src/stores/conversations';
import { useUi } from '../../../renderer/src/stores/ui';
import { contact, snapshot } from '../fakeBridge';
import { connected } from '../setup';

const conversation = { id: 'c1', participants: ['bob@x.test'], state: 'ready' as const };
const missed: ChatMessage = {
  id: 'm-missed',
  conversationId: 'c1',
  direction: 'in',
  from: 'bob@x.test',
  fromName: 'Bob',
  text: 'you were away',
  format: null,
  time: Date.now(),
};

const texts = (): string[] =>
  (useConversations.getState().transcripts['c1'] ?? []).flatMap((e) =>
    e.kind === 'message' ? [e.message.text] : [],
  );

describe('resync after the web bridge reconnects', () => {
  it('takes main’s state and keeps what only the page has', async () => {
    const bridge = await connected({
      contacts: [contact('bob@x.test', 'Bob')],
      conversations: [conversation],
      notices: [{ level: 'warning', text: 'start-up notice' }],
    });
    // A message main refused stays on the page as failed, with its text.
    bridge.answers['conversations:send'] = () => {
      throw new Error('The conversation ended.');
    };
    await act(async () => {
      await useConversations.getState().send('c1', 'typed while away', null);
    });
    expect(texts()).toEqual(['typed while away']);

    bridge.answers['app:snapshot'] = () =>
      snapshot({
        contacts: [contact('bob@x.test', 'Bob', 'AWY')],
        conversations: [conversation],
        messages: [missed],
        notices: [{ level: 'warning', text: 'start-up notice' }],
      });
    act(() => bridge.reconnect());
    // The fresh snapshot arrives through the bridge's answer: wait for what it brings.
    await vi.waitFor(() =>
      expect(useContacts.getState().byEmail['bob@x.test']?.status).toBe('AWY'),
    );
    expect(texts()).toEqual(['typed while away', 'you were away']);
    // Start-up notices are not shown a second time.
    expect(useUi.getState().notices.filter((n) => n.text === 'start-up notice')).toHaveLength(1);
  });
});
