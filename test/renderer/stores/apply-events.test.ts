import { act } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useContacts } from '../../../renderer/src/stores/contacts';
import { useConversations } from '../../../renderer/src/stores/conversations';
import { useSession } from '../../../renderer/src/stores/session';
import { usePreferences } from '../../../renderer/src/stores/preferences';
import { useUi } from '../../../renderer/src/stores/ui';
import { contact } from '../fakeBridge';
import { connected, played } from '../setup';

describe('stores fed by the snapshot and events', () => {
  it('loads the snapshot, then applies events that arrived while it was loading', async () => {
    const bridge = await connected({ contacts: [contact('bob@x.test', 'Bob')] });
    expect(useSession.getState().loaded).toBe(true);
    expect(useContacts.getState().byEmail['bob@x.test']?.friendlyName).toBe('Bob');
    act(() =>
      bridge.emit([{ type: 'contacts', contacts: [contact('bob@x.test', 'Bobby', 'AWY')] }]),
    );
    expect(useContacts.getState().byEmail['bob@x.test']?.status).toBe('AWY');
  });

  it('moves the layout version on shape changes only, so one presence change re-renders one row', async () => {
    const bridge = await connected({ contacts: [contact('bob@x.test', 'Bob')] });
    const v0 = useContacts.getState().layoutVersion;
    act(() => bridge.emit([{ type: 'contacts', contacts: [contact('bob@x.test', 'Bob', 'BSY')] }]));
    act(() => bridge.emit([{ type: 'contacts', contacts: [contact('bob@x.test', 'Bob', 'AWY')] }]));
    expect(useContacts.getState().layoutVersion).toBe(v0);
    act(() => bridge.emit([{ type: 'contacts', contacts: [contact('bob@x.test', 'Bob', 'FLN')] }]));
    expect(useContacts.getState().layoutVersion).toBe(v0 + 1);
  });

  it('shows my outgoing message at once as sending, then settles it from main', async () => {
    const bridge = await connected({
      conversations: [{ id: 'c1', participants: ['bob@x.test'], state: 'ready' }],
    });
    await act(async () => {
      await useConversations.getState().send('c1', 'hi :)', null);
    });
    const sent = bridge.last('conversations:send') as { clientId: string; text: string };
    expect(sent.text).toBe('hi :)');
    const entry = useConversations.getState().transcripts['c1']?.[0];
    expect(entry?.kind === 'message' && entry.message.state).toBe('sending');
    act(() =>
      bridge.emit([
        {
          type: 'messageState',
          conversationId: 'c1',
          messageId: sent.clientId,
          state: 'failed',
          error: 'Bob went offline.',
        },
      ]),
    );
    const settled = useConversations.getState().transcripts['c1']?.[0];
    expect(settled?.kind === 'message' && settled.message.state).toBe('failed');
  });

  it('a message that the bridge refuses ends failed rather than hanging as sending', async () => {
    const bridge = await connected();
    bridge.answers['conversations:send'] = () => {
      throw new Error('not signed in');
    };
    await act(async () => {
      await useConversations.getState().send('c9', 'lost?', null);
    });
    const entry = useConversations.getState().transcripts['c9']?.[0];
    expect(entry?.kind === 'message' && entry.message.state).toBe('failed');
    // The reason sits with the message (the conversation is where the person looks).
    expect(entry?.kind === 'message' && entry.message.error).toBe('not signed in');
  });

  it('typing is cleared by that person’s message; a nudge adds a line and shakes', async () => {
    const bridge = await connected();
    act(() =>
      bridge.emit([
        { type: 'typing', conversationId: 'c1', email: 'bob@x.test', name: 'Bob' },
        { type: 'nudge', conversationId: 'c1', email: 'bob@x.test', name: 'Bob', direction: 'in' },
      ]),
    );
    expect(useConversations.getState().typing['c1']?.['bob@x.test']?.name).toBe('Bob');
    expect(useUi.getState().shakeAt).toBeGreaterThan(0);
    act(() =>
      bridge.emit([
        {
          type: 'message',
          message: {
            id: 'm1',
            conversationId: 'c1',
            direction: 'in',
            from: 'bob@x.test',
            fromName: 'Bob',
            text: 'yo',
            format: null,
            time: Date.now(),
          },
        },
      ]),
    );
    expect(useConversations.getState().typing['c1']?.['bob@x.test']).toBeUndefined();
  });

  it('plays the sounds main asks for, unless sounds are switched off', async () => {
    const bridge = await connected();
    act(() => bridge.emit([{ type: 'sound', sound: 'nudge' }]));
    expect(played).toEqual(['nudge']);
    const settings = { ...usePreferences.getState().settings, playSounds: false };
    act(() => bridge.emit([{ type: 'settings', settings }]));
    act(() => bridge.emit([{ type: 'sound', sound: 'message' }]));
    expect(played).toEqual(['nudge']);
  });

  it('keeps up to four toasts', async () => {
    const bridge = await connected();
    act(() =>
      bridge.emit(
        [1, 2, 3, 4, 5].map((n) => ({
          type: 'toast' as const,
          toast: {
            id: `t${n}`,
            kind: 'signIn' as const,
            title: 'Tweener',
            text: `P${n} has just signed in.`,
          },
        })),
      ),
    );
    expect(useUi.getState().toasts.map((t) => t.id)).toEqual(['t2', 't3', 't4', 't5']);
  });

  it('no message toast for the conversation in front of a focused page (web harness)', async () => {
    const bridge = await connected({ platform: 'web' });
    act(() => useUi.getState().showConversation('c1'));
    const focus = vi.spyOn(document, 'hasFocus').mockReturnValue(true);
    const toast = (id: string, conversationId: string) => ({
      type: 'toast' as const,
      toast: { id, kind: 'message' as const, title: 'Bob says:', text: 'hi', conversationId },
    });
    try {
      act(() => bridge.emit([toast('front', 'c1'), toast('other', 'c2')]));
      expect(useUi.getState().toasts.map((t) => t.id)).toEqual(['other']);
      focus.mockReturnValue(false);
      act(() => bridge.emit([toast('away', 'c1')]));
      expect(useUi.getState().toasts.map((t) => t.id)).toEqual(['other', 'away']);
    } finally {
      focus.mockRestore();
    }
  });

  it('queues added-you prompts from the snapshot and from events, once per person', async () => {
    const bridge = await connected({ pendingAddedBy: [{ email: 'carol@x.test', name: 'Carol' }] });
    act(() =>
      bridge.emit([
        { type: 'addedBy', email: 'dan@x.test', name: 'Dan' },
        { type: 'addedBy', email: 'dan@x.test', name: 'Dan' },
      ]),
    );
    expect(useContacts.getState().pendingAddedBy.map((p) => p.email)).toEqual([
      'carol@x.test',
      'dan@x.test',
    ]);
  });

  it('brings a conversation forward on showConversation', async () => {
    const bridge = await connected();
    act(() => bridge.emit([{ type: 'showConversation', conversationId: 'c7' }]));
    expect(useUi.getState().activeConversation).toBe('c7');
    expect(useUi.getState().tabs).toEqual(['c7']);
  });

  it('shows notices that main raised before the window existed', async () => {
    await connected({
      notices: [{ level: 'warning', text: 'A damaged settings file was set aside.' }],
    });
    expect(useUi.getState().notices.map((n) => n.text)).toEqual([
      'A damaged settings file was set aside.',
    ]);
  });
});
