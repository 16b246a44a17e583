// Several accounts signed in at once (issue 18): the switcher above the list (name, status,
// unread), switching, adding another account, signing out of all, and alerts that say which
// account they are about. The stores hold the shown account only.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AccountSnapshot } from '@shared/ipc/events';
import type { ChatMessage } from '@shared/domain';
import { DEFAULT_SETTINGS } from '@shared/ipc/settings';
import { App } from '../../../renderer/src/app/App';
import { useConversations } from '../../../renderer/src/stores/conversations';
import { useUi } from '../../../renderer/src/stores/ui';
import { ME, contact, snapshot } from '../fakeBridge';
import { connected, fakeLayout } from '../setup';

beforeAll(() => fakeLayout());
afterEach(cleanup);

const HOME = 'local-demo/me.home@tweener.test';

function part(
  account: string,
  name: string,
  status: 'NLN' | 'BSY',
  epoch: number,
): AccountSnapshot {
  const email = account.slice(account.indexOf('/') + 1);
  return {
    account,
    epoch,
    session: { phase: 'online' },
    self: { email, friendlyName: name, verified: true, status, phones: {} },
    contacts: [contact('fran@x.test', `Fran (${name})`)],
    groups: [{ id: 0, name: 'Other Contacts' }],
    privacy: { blp: 'AL', gtc: 'A' },
    mail: { inboxUnread: 0, foldersUnread: 0 },
    conversations: [],
    messages: [],
    transfers: [],
    pendingAddedBy: [],
    nicknames: {},
  };
}

const work = part(ME, 'Mike', 'NLN', 1);
const home = part(HOME, 'Mike at home', 'BSY', 2);

const incoming = (conversationId: string): ChatMessage => ({
  id: `m-${conversationId}`,
  conversationId,
  direction: 'in',
  from: 'fran@x.test',
  fromName: 'Fran',
  text: 'hi',
  format: null,
  time: 1,
});

function switcher(): HTMLElement {
  return screen.getByRole('navigation', { name: 'Signed-in accounts' });
}

describe('account switcher', () => {
  it('is not there with one account', async () => {
    await connected();
    render(<App />);
    expect(screen.queryByRole('navigation', { name: 'Signed-in accounts' })).toBeNull();
  });

  it("lists each account with its status; another account's message only counts as unread", async () => {
    const bridge = await connected({ contacts: work.contacts, signedIn: [work, home] });
    render(<App />);
    const buttons = () => within(switcher()).getAllByRole('button', { name: /Mike/ });
    expect(buttons().map((b) => b.getAttribute('aria-label'))).toEqual([
      'Mike, Online',
      'Mike at home, Busy',
    ]);
    expect(buttons()[0]?.getAttribute('aria-current')).toBe('true');

    act(() =>
      bridge.emit([
        {
          type: 'conversation',
          epoch: 2,
          account: HOME,
          conversation: { id: 'h1', participants: ['fran@x.test'], state: 'ready' },
        },
        { type: 'message', epoch: 2, account: HOME, message: incoming('h1') },
      ]),
    );
    expect(buttons()[1]?.getAttribute('aria-label')).toBe('Mike at home, Busy, 1 unread');
    // The shown account's stores never saw it.
    expect(useConversations.getState().byId.h1).toBeUndefined();
    expect(screen.getByRole('treeitem', { name: /Fran \(Mike\)/ })).toBeTruthy();
  });

  it('a click shows the other account: its list comes in a fresh snapshot, its unread count clears', async () => {
    const bridge = await connected({ contacts: work.contacts, signedIn: [work, home] });
    render(<App />);
    act(() => bridge.emit([{ type: 'message', epoch: 2, account: HOME, message: incoming('h1') }]));
    await act(async () => {
      fireEvent.click(within(switcher()).getByRole('button', { name: /Mike at home/ }));
    });
    expect(bridge.last('accounts:show')).toEqual({ account: HOME });

    // Main shows it and says so; the window takes that account's snapshot.
    const chat = {
      id: 'h1',
      participants: ['fran@x.test'],
      state: 'ready' as const,
      account: HOME,
    };
    const homeNow = { ...home, conversations: [chat], messages: [incoming('h1')] };
    bridge.answers['app:snapshot'] = () =>
      snapshot({ ...homeNow, shown: HOME, signedIn: [work, homeNow] });
    const asked = bridge.requests.filter((r) => r.channel === 'app:snapshot').length;
    await act(async () => {
      bridge.emit([{ type: 'shown', account: HOME }]);
      await Promise.resolve();
    });
    expect(bridge.requests.filter((r) => r.channel === 'app:snapshot').length).toBe(asked + 1);
    expect(await screen.findByRole('treeitem', { name: /Fran \(Mike at home\)/ })).toBeTruthy();
    expect(screen.queryByRole('treeitem', { name: /Fran \(Mike\),/ })).toBeNull();
    const homeButton = within(switcher()).getByRole('button', { name: /Mike at home/ });
    expect(homeButton.getAttribute('aria-label')).toBe('Mike at home, Busy');
    expect(homeButton.getAttribute('aria-current')).toBe('true');
    // The conversation that wrote to it meanwhile is docked (web: tabs in the page).
    expect(useUi.getState().tabs).toEqual(['h1']);
  });

  it('adds another account through the sign-in form, and signs out of all', async () => {
    const bridge = await connected({ contacts: work.contacts, signedIn: [work, home] });
    render(<App />);
    fireEvent.click(within(switcher()).getByRole('button', { name: 'Add another account' }));
    expect(screen.getByLabelText('E-mail address:')).toBeTruthy();
    fireEvent.click(within(switcher()).getByRole('button', { name: 'Back to my accounts' }));
    expect(screen.queryByLabelText('E-mail address:')).toBeNull();
    await act(async () => {
      fireEvent.click(within(switcher()).getByRole('button', { name: 'Sign out of all' }));
    });
    expect(bridge.last('session:signOut')).toEqual({ all: true });
  });

  it("stacked (a setting): the other account's online contacts under the list open from it", async () => {
    const bridge = await connected({
      contacts: work.contacts,
      signedIn: [work, home],
      settings: { ...DEFAULT_SETTINGS, accountsView: 'stacked' },
    });
    render(<App />);
    // Up top, only the shown account; the other is stacked under the list.
    expect(within(switcher()).queryByRole('button', { name: /Mike at home/ })).toBeNull();
    const homeSection = screen.getByRole('region', { name: 'Mike at home' });
    expect(within(homeSection).getByText('Online (1/1)')).toBeTruthy();
    await act(async () => {
      fireEvent.click(
        within(homeSection).getByRole('button', {
          name: 'Fran (Mike at home), Online, from Mike at home',
        }),
      );
    });
    expect(bridge.last('conversations:open')).toEqual({ contacts: ['fran@x.test'], account: HOME });
    expect(bridge.last('accounts:show')).toEqual({ account: HOME });
  });

  it('an alert about another account says which one', async () => {
    const bridge = await connected({ contacts: work.contacts, signedIn: [work, home] });
    render(<App />);
    act(() =>
      bridge.emit([
        {
          type: 'toast',
          epoch: 2,
          account: HOME,
          toast: { id: 't1', kind: 'message', title: 'Fran says:', text: 'hi', account: HOME },
        },
      ]),
    );
    expect(screen.getByText('To me.home@tweener.test')).toBeTruthy();
  });
});
