// Every sign-in is an epoch (../shared/DESIGN.md, State and IPC): the stores drop everything of
// an older sign-in when a newer one starts, ignore late events of the older one, and drop
// answers to requests asked during the older one.
import { act } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { openConversationWith } from '../../../renderer/src/stores/actions';
import { announce, useAnnouncer } from '../../../renderer/src/stores/announcer';
import { useContacts } from '../../../renderer/src/stores/contacts';
import { useConversations } from '../../../renderer/src/stores/conversations';
import { draftOf, saveDraft } from '../../../renderer/src/stores/drafts';
import { currentEpoch } from '../../../renderer/src/stores/epoch';
import { useSession } from '../../../renderer/src/stores/session';
import { useUi } from '../../../renderer/src/stores/ui';
import { contact, receivedFile, snapshot } from '../fakeBridge';
import { connected } from '../setup';

/** The first account's state on screen: a contact, a conversation in a tab, a prompt, ... */
async function firstAccountOnScreen() {
  const bridge = await connected({
    contacts: [contact('bob@x.test', 'Bob')],
    conversations: [{ id: 'c1', participants: ['bob@x.test'], state: 'ready' }],
    transfers: [receivedFile()],
    pendingAddedBy: [{ email: 'zed@x.test', name: 'Zed' }],
  });
  act(() => {
    bridge.emit([
      { type: 'typing', conversationId: 'c1', email: 'bob@x.test', name: 'Bob' },
      {
        type: 'toast',
        toast: { id: 't1', kind: 'message', title: 'Bob says:', text: 'hi', conversationId: 'c1' },
      },
    ]);
    useUi.getState().showConversation('c1');
    useUi.getState().notify('info', 'Bob sent something Tweener cannot show.');
    saveDraft('c1', 'half a sentence');
    announce('Bob says: hi');
    announce('Your message could not be delivered: secret', 'assertive');
  });
  return bridge;
}

describe('sign-in epochs in the stores', () => {
  it('a new sign-in drops the last one: contacts, tabs, typing, transfers, prompts, alerts', async () => {
    const bridge = await firstAccountOnScreen();
    expect(useUi.getState().tabs).toEqual(['c1']);
    expect(useUi.getState().toasts).toHaveLength(1);
    act(() => bridge.emit([{ type: 'session', epoch: 2, session: { phase: 'connecting' } }]));
    expect(currentEpoch()).toBe(2);
    expect(useContacts.getState().byEmail).toEqual({});
    expect(useContacts.getState().pendingAddedBy).toEqual([]);
    const chats = useConversations.getState();
    expect([chats.byId, chats.transcripts, chats.typing, chats.transfers]).toEqual([
      {},
      {},
      {},
      {},
    ]);
    const ui = useUi.getState();
    expect([ui.tabs, ui.activeConversation, ui.toasts, ui.notices]).toEqual([[], null, [], []]);
    expect(useSession.getState().self).toBeNull();
    expect(draftOf('c1')).toBe('');
    // Nor what the live regions said for screen readers.
    expect(useAnnouncer.getState().polite).toEqual([]);
    expect(useAnnouncer.getState().assertive).toEqual([]);
  });

  it('late events of an older sign-in are dropped', async () => {
    const bridge = await firstAccountOnScreen();
    act(() =>
      bridge.emit([
        { type: 'session', epoch: 2, session: { phase: 'online' } },
        { type: 'contacts', epoch: 2, contacts: [contact('amy@x.test', 'Amy')] },
        { type: 'contacts', epoch: 1, contacts: [contact('bob@x.test', 'Bob')] },
        {
          type: 'conversation',
          epoch: 1,
          conversation: { id: 'c1', participants: ['bob@x.test'], state: 'ready' },
        },
        { type: 'addedBy', epoch: 1, email: 'zed@x.test', name: 'Zed' },
      ]),
    );
    expect(Object.keys(useContacts.getState().byEmail)).toEqual(['amy@x.test']);
    expect(useConversations.getState().byId).toEqual({});
    expect(useContacts.getState().pendingAddedBy).toEqual([]);
  });

  it('an answer to a request of the older sign-in opens nothing and reports nothing', async () => {
    const bridge = await firstAccountOnScreen();
    let answer: (value: { conversationId: string }) => void = () => undefined;
    bridge.answers['conversations:open'] = () =>
      new Promise<{ conversationId: string }>((resolve) => {
        answer = resolve;
      });
    let opened: Promise<string | undefined> = Promise.resolve(undefined);
    act(() => {
      // No conversation with both of them yet: main is asked for one.
      opened = openConversationWith(['bob@x.test', 'amy@x.test']);
    });
    act(() => bridge.emit([{ type: 'session', epoch: 2, session: { phase: 'online' } }]));
    await act(async () => {
      answer({ conversationId: 'c-old' });
      expect(await opened).toBeUndefined();
    });
    expect(useUi.getState().tabs).toEqual([]);
    expect(useUi.getState().notices).toEqual([]);
  });

  it('a web resync into another sign-in replaces, never merges', async () => {
    const bridge = await firstAccountOnScreen();
    bridge.answers['app:snapshot'] = () =>
      snapshot({ epoch: 3, contacts: [contact('amy@x.test', 'Amy')] });
    act(() => bridge.reconnect());
    await vi.waitFor(() => expect(currentEpoch()).toBe(3));
    expect(Object.keys(useContacts.getState().byEmail)).toEqual(['amy@x.test']);
    expect(useConversations.getState().byId).toEqual({});
    expect(useUi.getState().tabs).toEqual([]);
  });
});
