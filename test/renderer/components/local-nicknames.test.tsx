// Names only I see (ui-spec §1.3.2 [ext]): shown instead of the friendly name in the list,
// the "says:" lines and the window title, with the real name kept in the tooltip.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../../renderer/src/app/App';
import type { ChatMessage } from '@shared/domain';
import { contact } from '../fakeBridge';
import { connected, fakeLayout } from '../setup';
import { sentence } from '../sentence';

beforeAll(() => fakeLayout());
afterEach(() => {
  cleanup();
  window.location.hash = '';
});

const people = [contact('bob@x.test', 'Bob'), contact('alice@x.test', 'Alice')];

function rowNames(): string[] {
  return screen
    .getAllByRole('treeitem')
    .filter((el) => el.getAttribute('aria-level') === '2')
    .map((el) => el.getAttribute('aria-label') ?? '');
}

describe('local nicknames', () => {
  it('the list shows and sorts by the nickname, with the real name in the tooltip', async () => {
    await connected({ contacts: people, nicknames: { 'bob@x.test': 'Aardvark Bob' } });
    render(<App />);
    expect(rowNames()).toEqual(['Aardvark Bob, Online', 'Alice, Online']);
    const row = screen.getByRole('treeitem', { name: 'Aardvark Bob, Online' });
    expect(row.getAttribute('title')).toBe('\u2068Bob\u2069 <bob@x.test>');
    expect(row.getAttribute('data-nickname')).toBe('true');
  });

  it('Set a Name Only You See... sends the request; main’s answer renames the row; clearing goes back', async () => {
    const bridge = await connected({ contacts: people });
    render(<App />);
    const bobRow = screen.getByRole('treeitem', { name: 'Bob, Online' });
    fireEvent.contextMenu(bobRow, { clientX: 10, clientY: 10 });
    fireEvent.click(screen.getByRole('menuitem', { name: 'Set a Name Only You See...' }));
    const dialog = screen.getByRole('dialog');
    fireEvent.change(within(dialog).getByRole('textbox'), { target: { value: '  Zed  ' } });
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'OK' }));
    });
    expect(bridge.last('contacts:setNickname')).toEqual({ email: 'bob@x.test', nickname: 'Zed' });
    expect(screen.queryByRole('dialog')).toBeNull();
    act(() => bridge.emit([{ type: 'nicknames', nicknames: { 'bob@x.test': 'Zed' } }]));
    expect(rowNames()).toEqual(['Alice, Online', 'Zed, Online']);

    fireEvent.contextMenu(screen.getByRole('treeitem', { name: 'Zed, Online' }));
    fireEvent.click(screen.getByRole('menuitem', { name: 'Set a Name Only You See...' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Use Their Name' }));
    });
    expect(bridge.last('contacts:setNickname')).toEqual({ email: 'bob@x.test', nickname: null });
    act(() => bridge.emit([{ type: 'nicknames', nicknames: {} }]));
    expect(rowNames()).toEqual(['Alice, Online', 'Bob, Online']);
  });

  it('a conversation says "Bobby says:" and titles the window with the nickname', async () => {
    const message: ChatMessage = {
      id: 'm1',
      conversationId: 'c1',
      direction: 'in',
      from: 'bob@x.test',
      fromName: 'Bob',
      text: 'hi',
      format: null,
      time: Date.UTC(2026, 0, 1, 21, 41),
    };
    window.location.hash = '#/conversation/c1';
    await connected({
      contacts: people,
      conversations: [{ id: 'c1', participants: ['bob@x.test'], state: 'ready' }],
      messages: [message],
      nicknames: { 'bob@x.test': 'Bobby' },
      platform: 'electron',
    });
    render(<App />);
    const says = screen.getByText(sentence('Bobby says:'));
    expect(says.getAttribute('title')).toBe('\u2068Bob\u2069 <bob@x.test>');
    expect(screen.queryByText(sentence('Bob says:'))).toBeNull();
    expect(document.title).toContain('Bobby');
  });
});
