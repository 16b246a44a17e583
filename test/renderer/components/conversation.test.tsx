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

const bob = contact('bob@x.test', 'Bob');
const conversation = { id: 'c1', participants: ['bob@x.test'], state: 'ready' as const };
const fromBob = (text: string, extra: Partial<ChatMessage> = {}): ChatMessage => ({
  id: `m-${text}`,
  conversationId: 'c1',
  direction: 'in',
  from: 'bob@x.test',
  fromName: 'Bob',
  text,
  format: null,
  time: Date.UTC(2026, 0, 1, 21, 41),
  ...extra,
});

async function openConversationPage(messages: ChatMessage[] = []) {
  window.location.hash = '#/conversation/c1';
  const bridge = await connected({
    contacts: [bob],
    conversations: [conversation],
    messages,
    platform: 'electron',
  });
  render(<App />);
  return bridge;
}

describe('conversation window', () => {
  it('shows the To: line, the safety line, "Bob says:" in Bob’s font and colour, emoticons as images', async () => {
    await openConversationPage([
      fromBob('hey (Y) <b>not bold</b>', {
        format: {
          font: 'Comic Sans MS',
          bold: true,
          italic: false,
          underline: false,
          strikethrough: false,
          color: '#ff0000',
          charset: 0,
          pitchFamily: 0,
          rightToLeft: false,
        },
      }),
    ]);
    expect(screen.getByText(sentence('<bob@x.test>')).textContent).toContain('<bob@x.test>');
    expect(screen.getByText(/Never give out your password/)).toBeTruthy();
    expect(screen.getByText(sentence('Bob says:'))).toBeTruthy();
    const img = screen.getByAltText('(Y)');
    const body = img.closest('.message__body') as HTMLElement;
    expect(body.style.fontFamily).toContain('Comic Sans MS');
    expect(body.style.fontWeight).toBe('bold');
    expect(body.style.color).toMatch(/#ff0000|rgb\(255, 0, 0\)/);
    // Text, never HTML.
    expect(body.textContent).toContain('<b>not bold</b>');
    expect(body.querySelector('b')).toBeNull();
    expect(document.title).toBe('\u2068Bob\u2069 - Conversation');
  });

  it('Enter sends with my font; Shift+Enter does not', async () => {
    const bridge = await openConversationPage();
    const input = screen.getByLabelText('Type your message');
    fireEvent.change(input, { target: { value: 'hello :)' } });
    fireEvent.keyDown(input, { key: 'Enter', shiftKey: true });
    expect(bridge.last('conversations:send')).toBeUndefined();
    await act(async () => {
      fireEvent.keyDown(input, { key: 'Enter' });
    });
    const sent = bridge.last('conversations:send') as { text: string; format: { font: string } };
    expect(sent.text).toBe('hello :)');
    expect(sent.format.font).toBe('Tahoma');
    expect((input as HTMLTextAreaElement).value).toBe('');
    expect(screen.getByText(sentence(/Mike says:/))).toBeTruthy();
    // The typing notice went out once while typing.
    expect(bridge.requests.filter((r) => r.channel === 'conversations:typing')).toHaveLength(1);
  });

  it('shows who is typing, then clears it when their message arrives', async () => {
    const bridge = await openConversationPage();
    act(() =>
      bridge.emit([{ type: 'typing', conversationId: 'c1', email: 'bob@x.test', name: 'Bob' }]),
    );
    // In the window's status bar (the live region for screen readers keeps what it said).
    const shown = within(screen.getByRole('region', { name: /Conversation$/ }));
    expect(shown.getByText(sentence('Bob is typing a message.'))).toBeTruthy();
    act(() => bridge.emit([{ type: 'message', message: fromBob('done') }]));
    expect(shown.queryByText(sentence('Bob is typing a message.'))).toBeNull();
    expect(screen.getByText(/Last message received at/)).toBeTruthy();
  });

  it('a failed message says so, keeps the text and offers Try again', async () => {
    const bridge = await openConversationPage([
      {
        ...fromBob('lost words'),
        id: 'o1',
        direction: 'out',
        from: 'me@tweener.test',
        state: 'failed',
      },
    ]);
    expect(
      screen.getByText('The following message could not be delivered to all recipients:'),
    ).toBeTruthy();
    expect(screen.getByText('lost words')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    });
    expect(bridge.last('conversations:resend')).toEqual({ conversationId: 'c1', messageId: 'o1' });
  });

  it('a message the server never confirmed stays muted, without the failure alarm, and offers Send again', async () => {
    const bridge = await openConversationPage([
      {
        ...fromBob('probably arrived'),
        id: 'o2',
        direction: 'out',
        from: 'me@tweener.test',
        state: 'sending',
      },
    ]);
    act(() =>
      bridge.emit([
        { type: 'messageState', conversationId: 'c1', messageId: 'o2', state: 'unconfirmed' },
      ]),
    );
    expect(screen.getByText('probably arrived')).toBeTruthy();
    expect(screen.getByText(/not confirmed by the server/)).toBeTruthy();
    expect(screen.queryByText(/could not be delivered/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(document.querySelector('.message[data-state="unconfirmed"]')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Send again' }));
    });
    expect(bridge.last('conversations:resend')).toEqual({ conversationId: 'c1', messageId: 'o2' });
  });

  it('joins, leaves and nudges appear as system lines; Nudge sends one', async () => {
    const bridge = await openConversationPage();
    act(() =>
      bridge.emit([
        {
          type: 'participant',
          conversationId: 'c1',
          email: 'carol@x.test',
          name: 'Carol',
          joined: true,
        },
        {
          type: 'participant',
          conversationId: 'c1',
          email: 'carol@x.test',
          name: 'Carol',
          joined: false,
        },
        { type: 'nudge', conversationId: 'c1', email: 'bob@x.test', name: 'Bob', direction: 'in' },
      ]),
    );
    expect(screen.getByText(sentence('Carol has joined the conversation.'))).toBeTruthy();
    expect(screen.getByText(sentence('Carol has left the conversation.'))).toBeTruthy();
    expect(screen.getByText(sentence('Bob just sent you a nudge!'))).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Nudge' }));
    });
    expect(bridge.last('conversations:nudge')).toEqual({ conversationId: 'c1' });
  });

  it('the emoticon picker inserts the shortcut into the input', async () => {
    await openConversationPage();
    fireEvent.click(screen.getByRole('button', { name: /Emoticons/ }));
    fireEvent.click(screen.getByRole('gridcell', { name: 'Red heart (L)' }));
    expect((screen.getByLabelText('Type your message') as HTMLTextAreaElement).value).toBe('(L)');
  });

  it('the font dialog changes what I send', async () => {
    const bridge = await openConversationPage();
    fireEvent.click(screen.getByRole('button', { name: /Font/ }));
    fireEvent.click(screen.getByLabelText('Italic'));
    fireEvent.click(screen.getByRole('radio', { name: '#0000ff' }));
    fireEvent.click(screen.getByRole('button', { name: 'OK' }));
    const input = screen.getByLabelText('Type your message');
    fireEvent.change(input, { target: { value: 'blue' } });
    await act(async () => {
      fireEvent.keyDown(input, { key: 'Enter' });
    });
    const sent = bridge.last('conversations:send') as {
      format: { italic: boolean; color: string };
    };
    expect(sent.format).toMatchObject({ italic: true, color: '#0000ff' });
  });

  it('incoming file: Accept and Decline', async () => {
    const bridge = await openConversationPage();
    act(() =>
      bridge.emit([
        {
          type: 'transfer',
          transfer: {
            id: 'f1',
            conversationId: 'c1',
            direction: 'in',
            peer: 'bob@x.test',
            fileName: 'cat.png',
            size: 2048,
            transferred: 0,
            state: 'offered',
          },
        },
      ]),
    );
    expect(
      screen.getByText(sentence('Bob would like to send you "cat.png" (2.0 KB).')),
    ).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Accept' }));
    });
    expect(bridge.last('files:accept')).toEqual({ transferId: 'f1' });
  });

  it('links open only through the bridge, on click', async () => {
    const bridge = await openConversationPage([fromBob('see https://example.test/x')]);
    await act(async () => {
      fireEvent.click(screen.getByRole('link', { name: 'https://example.test/x' }));
    });
    expect(bridge.last('app:openExternal')).toEqual({ url: 'https://example.test/x' });
  });

  it('Esc closes the conversation window (Electron asks main to close it)', async () => {
    const bridge = await openConversationPage();
    fireEvent.keyDown(screen.getByLabelText('Type your message'), { key: 'Escape' });
    await act(async () => undefined);
    expect(bridge.requests.some((r) => r.channel === 'window:close')).toBe(true);
  });

  it('after scrolling up, new messages show a marker instead of jumping', async () => {
    const bridge = await openConversationPage([fromBob('first')]);
    const log = screen.getByRole('log', { name: 'Conversation transcript' });
    Object.defineProperty(log, 'scrollHeight', { configurable: true, value: 2000 });
    log.scrollTop = 0;
    fireEvent.scroll(log);
    act(() => bridge.emit([{ type: 'message', message: fromBob('second') }]));
    const marker = screen.getByRole('button', { name: /New messages/ });
    fireEvent.click(marker);
    expect(screen.queryByRole('button', { name: /New messages/ })).toBeNull();
    expect(log.scrollTop).toBe(2000);
  });
});
