import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../../renderer/src/app/App';
import { useUi } from '../../../renderer/src/stores/ui';
import { contact } from '../fakeBridge';
import { connected, fakeLayout } from '../setup';

beforeAll(() => fakeLayout());
afterEach(cleanup);

const groups = [
  { id: 0, name: 'Other Contacts' },
  { id: 1, name: 'Friends' },
];
const people = [
  contact('bob@x.test', 'Bob', 'BSY', { groupIds: [1] }),
  contact('alice@x.test', 'Alice :)', 'NLN', { groupIds: [1] }),
  contact('eve@x.test', 'Eve', 'FLN', { groupIds: [0], lists: 1 | 4 }),
];

function rowNames(): string[] {
  return screen.getAllByRole('treeitem').map((el) => el.getAttribute('aria-label') ?? '');
}

describe('contact list', () => {
  it('shows my name and status, groups with online/total, rows with suffixes and the blocked mark', async () => {
    await connected({ contacts: people, groups });
    render(<App />);
    expect(screen.getByRole('button', { name: /Mike \(Online\)/ })).toBeTruthy();
    expect(rowNames()).toEqual([
      'Friends, 2 of 2 online',
      'Alice :), Online',
      'Bob, Busy',
      'Other Contacts, 0 of 1 online',
      'Eve, blocked',
    ]);
    expect(screen.getByText('(Busy)')).toBeTruthy();
    // Emoticons in names are images with the shortcut as alt text.
    expect(screen.getByAltText(':)')).toBeTruthy();
  });

  it('switches to Online / Not Online from the Contacts menu', async () => {
    const bridge = await connected({ contacts: people, groups });
    render(<App />);
    fireEvent.click(screen.getByRole('button', { name: 'Contacts' }));
    fireEvent.click(screen.getByRole('menuitem', { name: /Sort Contacts by/ }));
    await act(async () => {
      fireEvent.click(screen.getByRole('menuitemradio', { name: /Online\/Offline/ }));
    });
    expect(bridge.last('settings:update')).toEqual({ patch: { listView: 'status' } });
    expect(rowNames()[0]).toBe('Online, 2 of 2 online');
    expect(rowNames()).toContain('Not Online, 0 of 1 online');
  });

  it('a presence change updates that row in place', async () => {
    const bridge = await connected({ contacts: people, groups });
    render(<App />);
    act(() => bridge.emit([{ type: 'contacts', contacts: [{ ...people[0]!, status: 'LUN' }] }]));
    expect(rowNames()).toContain('Bob, Out To Lunch');
    expect(screen.getByText('(Out To Lunch)')).toBeTruthy();
  });

  it('arrow keys move, ← collapses a group, Enter opens a conversation', async () => {
    const bridge = await connected({ contacts: people, groups });
    render(<App />);
    const tree = screen.getByRole('tree');
    fireEvent.focus(tree);
    expect(useUi.getState().selected).toContain('me@tweener.test:groups:1');
    fireEvent.keyDown(tree, { key: 'ArrowLeft' });
    expect(rowNames()).toEqual([
      'Friends, 2 of 2 online',
      'Other Contacts, 0 of 1 online',
      'Eve, blocked',
    ]);
    fireEvent.keyDown(tree, { key: 'ArrowRight' });
    fireEvent.keyDown(tree, { key: 'ArrowDown' });
    expect(tree.getAttribute('aria-activedescendant')).toContain('alice');
    await act(async () => {
      fireEvent.keyDown(tree, { key: 'Enter' });
    });
    expect(bridge.last('conversations:open')).toEqual({ contacts: ['alice@x.test'] });
    // In the web harness the conversation docks beside the list.
    expect(screen.getByRole('log', { name: 'Conversation transcript' })).toBeTruthy();
  });

  it('explains instead of opening a conversation with someone offline', async () => {
    const bridge = await connected({ contacts: [contact('dave@x.test', 'Dave', 'FLN')] });
    render(<App />);
    fireEvent.doubleClick(screen.getByRole('treeitem', { name: 'Dave, Offline' }));
    await act(async () => undefined);
    expect(bridge.last('conversations:open')).toBeUndefined();
    expect(screen.getByText(/Dave is offline/)).toBeTruthy();
  });

  it('context menu blocks, and Delete asks first (with "also block")', async () => {
    const bridge = await connected({ contacts: people, groups });
    render(<App />);
    fireEvent.contextMenu(screen.getByRole('treeitem', { name: 'Bob, Busy' }));
    const menu = screen.getByRole('menu');
    await act(async () => {
      fireEvent.click(within(menu).getByRole('menuitem', { name: 'Block' }));
    });
    expect(bridge.last('contacts:block')).toEqual({ email: 'bob@x.test' });
    fireEvent.contextMenu(screen.getByRole('treeitem', { name: 'Bob, Busy' }));
    fireEvent.click(
      within(screen.getByRole('menu')).getByRole('menuitem', { name: 'Delete Contact' }),
    );
    const dialog = screen.getByRole('dialog');
    expect(dialog.textContent).toContain('Bob (bob@x.test)');
    fireEvent.click(within(dialog).getByLabelText('Also block this person'));
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Yes' }));
    });
    expect(bridge.last('contacts:remove')).toEqual({ email: 'bob@x.test', alsoBlock: true });
  });

  it('filters by name', async () => {
    await connected({ contacts: people, groups });
    render(<App />);
    fireEvent.change(screen.getByLabelText('Find a contact'), { target: { value: 'bo' } });
    expect(rowNames()).toEqual(['Friends, 1 of 1 online', 'Bob, Busy']);
  });

  it('changes my status from the My Status menu and my name in place', async () => {
    const bridge = await connected({ contacts: people, groups });
    render(<App />);
    fireEvent.click(screen.getByRole('button', { name: /Mike \(Online\)/ }));
    await act(async () => {
      fireEvent.click(screen.getByRole('menuitemradio', { name: /Be Right Back/ }));
    });
    expect(bridge.last('session:setStatus')).toEqual({ status: 'BRB' });
    fireEvent.click(screen.getByRole('button', { name: /Mike \(Be Right Back\)/ }));
    fireEvent.click(screen.getByRole('menuitem', { name: /Change My Display Name/ }));
    const input = screen.getByLabelText('Display name');
    fireEvent.change(input, { target: { value: 'Mike (Y)' } });
    await act(async () => {
      fireEvent.keyDown(input, { key: 'Enter' });
    });
    expect(bridge.last('session:setFriendlyName')).toEqual({ name: 'Mike (Y)' });
  });

  it('adds a contact and shows the success page', async () => {
    const bridge = await connected({ contacts: people, groups });
    render(<App />);
    fireEvent.click(screen.getByRole('button', { name: /Add a Contact/ }));
    const dialog = screen.getByRole('dialog');
    fireEvent.change(within(dialog).getByRole('textbox'), { target: { value: 'carol@x.test' } });
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Add' }));
    });
    expect(bridge.last('contacts:add')).toEqual({ email: 'carol@x.test' });
    expect(screen.getByText('Success! carol@x.test was added to your list.')).toBeTruthy();
  });

  it('while I appear offline, explains and offers Change Status instead of opening', async () => {
    const bridge = await connected({
      contacts: people,
      groups,
      self: {
        email: 'me@tweener.test',
        friendlyName: 'Mike',
        verified: true,
        status: 'HDN',
        phones: {},
      },
    });
    render(<App />);
    fireEvent.doubleClick(screen.getByRole('treeitem', { name: 'Bob, Busy' }));
    await act(async () => undefined);
    expect(bridge.last('conversations:open')).toBeUndefined();
    expect(screen.getByText(/cannot start a conversation while you appear offline/)).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Change Status' }));
    });
    expect(bridge.last('session:setStatus')).toEqual({ status: 'NLN' });
  });
});
