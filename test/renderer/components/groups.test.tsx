import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../../renderer/src/app/App';
import { contact } from '../fakeBridge';
import { connected, fakeLayout } from '../setup';

beforeAll(() => fakeLayout());
afterEach(cleanup);

const groups = [
  { id: 0, name: 'Other Contacts' },
  { id: 1, name: 'Friends' },
  { id: 2, name: 'Family' },
];

describe('group management', () => {
  it('creates, renames and deletes groups from the header menu', async () => {
    const bridge = await connected({
      groups,
      contacts: [contact('bob@x.test', 'Bob', 'NLN', { groupIds: [1] })],
    });
    render(<App />);
    fireEvent.contextMenu(screen.getByRole('treeitem', { name: 'Friends, 1 of 1 online' }));
    fireEvent.click(
      within(screen.getByRole('menu')).getByRole('menuitem', { name: 'Rename Group' }),
    );
    const rename = screen.getByRole('dialog');
    fireEvent.change(within(rename).getByLabelText('Group name:'), {
      target: { value: 'Best Friends' },
    });
    await act(async () => {
      fireEvent.click(within(rename).getByRole('button', { name: 'OK' }));
    });
    expect(bridge.last('groups:rename')).toEqual({ groupId: 1, name: 'Best Friends' });

    fireEvent.contextMenu(screen.getByRole('treeitem', { name: 'Family, 0 of 0 online' }));
    fireEvent.click(
      within(screen.getByRole('menu')).getByRole('menuitem', { name: 'Delete Group' }),
    );
    expect(screen.getByRole('dialog').textContent).toContain('delete the group "Family"');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Yes' }));
    });
    expect(bridge.last('groups:remove')).toEqual({ groupId: 2 });

    fireEvent.click(screen.getByRole('button', { name: /Create a Group/ }));
    fireEvent.change(screen.getByLabelText('Group name:'), { target: { value: 'Coworkers' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'OK' }));
    });
    expect(bridge.last('groups:add')).toEqual({ name: 'Coworkers' });
  });

  it('cannot delete Other Contacts; moves a contact to another group', async () => {
    const bridge = await connected({
      groups,
      contacts: [contact('bob@x.test', 'Bob', 'NLN', { groupIds: [1] })],
    });
    render(<App />);
    fireEvent.contextMenu(screen.getByRole('treeitem', { name: 'Other Contacts, 0 of 0 online' }));
    expect(
      within(screen.getByRole('menu'))
        .getByRole('menuitem', { name: 'Delete Group' })
        .getAttribute('aria-disabled'),
    ).toBe('true');
    fireEvent.keyDown(screen.getByRole('menu'), { key: 'Escape' });

    fireEvent.contextMenu(screen.getByRole('treeitem', { name: 'Bob, Online' }));
    fireEvent.click(
      within(screen.getAllByRole('menu')[0]!).getByRole('menuitem', { name: /Move Contact to/ }),
    );
    const submenu = screen.getByRole('menu', { name: 'Move Contact to' });
    await act(async () => {
      fireEvent.click(within(submenu).getByRole('menuitem', { name: 'Family' }));
    });
    expect(bridge.last('contacts:moveToGroup')).toEqual({
      email: 'bob@x.test',
      fromGroupId: 1,
      toGroupId: 2,
    });
  });

  it('drag a contact onto a group header moves it; with Ctrl it copies', async () => {
    const bridge = await connected({
      groups,
      contacts: [contact('bob@x.test', 'Bob', 'NLN', { groupIds: [1] })],
    });
    render(<App />);
    // A stand-in DataTransfer shared by the drag and the drop (closures, no `this`: the
    // testing library copies these fields onto its own event object).
    const store = new Map<string, string>();
    const types: string[] = [];
    const dataTransfer = {
      types,
      setData: (type: string, value: string) => {
        store.set(type, value);
        if (!types.includes(type)) types.push(type);
      },
      getData: (type: string) => store.get(type) ?? '',
      effectAllowed: '',
      dropEffect: '',
    };
    fireEvent.dragStart(screen.getByRole('treeitem', { name: 'Bob, Online' }), { dataTransfer });
    const family = screen.getByRole('treeitem', { name: 'Family, 0 of 0 online' });
    fireEvent.dragOver(family, { dataTransfer });
    await act(async () => {
      fireEvent.drop(family, { dataTransfer });
    });
    expect(bridge.last('contacts:moveToGroup')).toEqual({
      email: 'bob@x.test',
      fromGroupId: 1,
      toGroupId: 2,
    });
    // Ctrl while dragging over chooses the copy effect.
    await act(async () => {
      fireEvent.drop(family, { dataTransfer: { ...dataTransfer, dropEffect: 'copy' } });
    });
    expect(bridge.last('contacts:copyToGroup')).toEqual({ email: 'bob@x.test', groupId: 2 });
  });
});
