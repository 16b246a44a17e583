// Window keys (ui-spec §6.1): Ctrl+F finds a contact, F6 cycles the panes (contact list,
// transcript, message input), Alt and the underlined letter open a menu, Alt alone goes to
// the menu bar and ← → move along it.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../../renderer/src/app/App';
import { useUi } from '../../../renderer/src/stores/ui';
import { contact } from '../fakeBridge';
import { connected, fakeLayout } from '../setup';

beforeAll(() => fakeLayout());
afterEach(() => {
  cleanup();
  window.location.hash = '';
});

const conversation = { id: 'c1', participants: ['bob@x.test'], state: 'ready' as const };

async function page() {
  await connected({ contacts: [contact('bob@x.test', 'Bob')], conversations: [conversation] });
  render(<App />);
  act(() => useUi.getState().showConversation('c1'));
}

const key = (
  init: KeyboardEventInit,
  target: Element | Window = document.activeElement ?? window,
) => fireEvent.keyDown(target, init);

describe('window keys', () => {
  it('Ctrl+F goes to the contact filter, but not from inside a conversation', async () => {
    await page();
    screen.getByRole('tree', { name: 'Contacts' }).focus();
    key({ key: 'f', ctrlKey: true });
    expect(document.activeElement).toBe(screen.getByRole('searchbox'));
    screen.getByLabelText('Type your message').focus();
    key({ key: 'f', ctrlKey: true });
    // Inside a conversation Ctrl+F finds in the transcript instead.
    expect(document.activeElement).toBe(
      screen.getByRole('searchbox', { name: 'Find in this conversation' }),
    );
  });

  it('Ctrl+F in a conversation finds words in its transcript; Enter steps, Esc closes', async () => {
    await connected({
      contacts: [contact('bob@x.test', 'Bob')],
      conversations: [conversation],
      messages: ['see you tonight', 'what time?', 'tonight at 8'].map((text, i) => ({
        id: `m${i}`,
        conversationId: 'c1',
        direction: 'in' as const,
        from: 'bob@x.test',
        fromName: 'Bob',
        text,
        format: null,
        time: 1000 + i,
      })),
    });
    render(<App />);
    act(() => useUi.getState().showConversation('c1'));
    const input = screen.getByLabelText('Type your message');
    input.focus();
    key({ key: 'f', ctrlKey: true });
    const find = screen.getByRole('searchbox', { name: 'Find in this conversation' });
    expect(document.activeElement).toBe(find);
    fireEvent.change(find, { target: { value: 'TONIGHT' } });
    expect(screen.getByText('1 of 2')).toBeTruthy();
    const marked = () => document.querySelector('.transcript__found')?.textContent;
    expect(marked()).toBe('tonight at 8');
    fireEvent.keyDown(find, { key: 'Enter' });
    expect(screen.getByText('2 of 2')).toBeTruthy();
    expect(marked()).toBe('see you tonight');
    fireEvent.change(find, { target: { value: 'nowhere' } });
    expect(screen.getByText('Not found')).toBeTruthy();
    expect(marked()).toBeUndefined();
    fireEvent.keyDown(find, { key: 'Escape' });
    expect(screen.queryByRole('searchbox', { name: 'Find in this conversation' })).toBeNull();
    // Esc closed the find bar only, not the conversation.
    expect(screen.getByLabelText('Type your message')).toBeTruthy();
  });

  it('Ctrl+N messages the selected contact; with nobody selected, the list takes focus', async () => {
    const bridge = await connected({ contacts: [contact('bob@x.test', 'Bob')] });
    render(<App />);
    const tree = screen.getByRole('tree', { name: 'Contacts' });
    act(() => useUi.getState().select(null));
    fireEvent.keyDown(screen.getByRole('searchbox'), { key: 'n', ctrlKey: true });
    expect(document.activeElement).toBe(tree);
    expect(useUi.getState().notices.at(-1)?.text).toMatch(/Pick someone/);
    expect(bridge.last('conversations:open')).toBeUndefined();

    fireEvent.click(screen.getByRole('treeitem', { name: 'Bob, Online' }));
    await act(async () => {
      fireEvent.keyDown(tree, { key: 'n', ctrlKey: true });
    });
    expect(bridge.last('conversations:open')).toEqual({ contacts: ['bob@x.test'] });
  });

  it('F6 cycles contact list → transcript → message input, Shift+F6 goes back', async () => {
    await page();
    const tree = screen.getByRole('tree', { name: 'Contacts' });
    const log = screen.getByRole('log', { name: 'Conversation transcript' });
    const input = screen.getByLabelText('Type your message');
    tree.focus();
    key({ key: 'F6' });
    expect(document.activeElement).toBe(log);
    key({ key: 'F6' });
    expect(document.activeElement).toBe(input);
    key({ key: 'F6' });
    expect(document.activeElement).toBe(tree);
    key({ key: 'F6', shiftKey: true });
    expect(document.activeElement).toBe(input);
  });

  it('Alt+C opens the Contacts menu; Alt alone focuses the menu bar; arrows move along it', async () => {
    await page();
    key({ key: 'c', altKey: true });
    expect(screen.getByRole('menu', { name: 'Contacts' })).toBeTruthy();
    fireEvent.keyDown(document.activeElement ?? window, { key: 'Escape' });

    screen.getByRole('tree', { name: 'Contacts' }).focus();
    key({ key: 'Alt', altKey: true });
    fireEvent.keyUp(document.activeElement ?? window, { key: 'Alt' });
    const file = screen.getByRole('button', { name: 'File' });
    expect(document.activeElement).toBe(file);
    expect(file.getAttribute('aria-keyshortcuts')).toBe('Alt+F');
    key({ key: 'ArrowRight' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Contacts' }));
    key({ key: 'ArrowLeft' });
    key({ key: 'ArrowLeft' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Help' }));
  });
});
