// Send Files: Electron asks main for its dialog; the web harness page picks the file with a
// hidden input and hands main the bytes (files:sendData). A received file links to its copy.
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../../renderer/src/app/App';
import { MAX_SEND_DATA_BYTES } from '@shared/ipc/limits';
import { plainFileName } from '../../../renderer/src/stores/fileData';
import { contact, receivedFile } from '../fakeBridge';
import { connected, fakeLayout } from '../setup';
import { sentence } from '../sentence';

beforeAll(() => fakeLayout());
afterEach(() => {
  cleanup();
  window.location.hash = '';
});

const bob = contact('bob@x.test', 'Bob');
const conversation = { id: 'c1', participants: ['bob@x.test'], state: 'ready' as const };

async function open(platform: 'web' | 'electron') {
  window.location.hash = '#/conversation/c1';
  const bridge = await connected({ contacts: [bob], conversations: [conversation], platform });
  render(<App />);
  return bridge;
}

function pick(file: File): void {
  const input = screen.getByLabelText('Choose a file to send') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('Send Files', () => {
  it('Electron: asks main to show its file dialog', async () => {
    const bridge = await open('electron');
    expect(screen.queryByLabelText('Choose a file to send')).toBeNull();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Send Files' }));
    });
    expect(bridge.last('files:send')).toEqual({ conversationId: 'c1' });
  });

  it('web: the picked file goes to main as base64 with its bare name', async () => {
    const bridge = await open('web');
    pick(new File(['hello, Bob'], 'notes.txt', { type: 'text/plain' }));
    await waitFor(() => expect(bridge.last('files:sendData')).toBeDefined());
    expect(bridge.last('files:sendData')).toEqual({
      conversationId: 'c1',
      fileName: 'notes.txt',
      data: btoa('hello, Bob'),
    });
    expect(bridge.requests.some((r) => r.channel === 'files:send')).toBe(false);
  });

  it('web: a file over 50 MB is refused in the page with words, not sent', async () => {
    const bridge = await open('web');
    const big = new File(['x'], 'huge.iso');
    Object.defineProperty(big, 'size', { value: MAX_SEND_DATA_BYTES + 1 });
    await act(async () => pick(big));
    expect(await screen.findByText(/"huge.iso" is larger than 50 MB/)).toBeTruthy();
    expect(bridge.requests.some((r) => r.channel === 'files:sendData')).toBe(false);
  });

  it('an accepted file shows its progress and Cancel; a failure says why', async () => {
    const bridge = await open('web');
    const running = receivedFile({
      id: 'f2',
      fileName: 'song.mp3',
      size: 4000,
      transferred: 1000,
      state: 'transferring',
      savedPath: undefined,
    });
    act(() => bridge.emit([{ type: 'transfer', transfer: running }]));
    expect(screen.getByText(sentence('Transferring "song.mp3": 25%'))).toBeTruthy();
    const bar = screen.getByRole('progressbar', { name: 'song.mp3' });
    expect(bar.getAttribute('value')).toBe('25');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    });
    expect(bridge.last('files:cancel')).toEqual({ transferId: 'f2' });
    act(() =>
      bridge.emit([
        {
          type: 'transfer',
          transfer: { ...running, state: 'failed', error: 'The connection was lost.' },
        },
      ]),
    );
    expect(
      screen.getByText(sentence('The transfer of "song.mp3" failed: The connection was lost.')),
    ).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('a received file shows where it was saved and, in the web harness, a download link', async () => {
    const bridge = await open('web');
    const done = receivedFile({ downloadUrl: '/received/abc' });
    act(() => bridge.emit([{ type: 'transfer', transfer: done }]));
    expect(screen.getByText(sentence(/Saved to \/home\/me\/Downloads\/cat.png/))).toBeTruthy();
    const link = screen.getByRole('link', { name: 'Download' });
    expect(link.getAttribute('href')).toBe('/received/abc');
    expect(link.getAttribute('download')).toBe('cat.png');
  });
});

describe('the name main is given', () => {
  it.each([
    ['notes.txt', 'notes.txt'],
    ['C:\\fakepath\\photo.jpg', 'photo.jpg'],
    ['../../etc/passwd', 'passwd'],
    ['a\u0001b', 'a_b'],
    ['..', 'file'],
    ['', 'file'],
    ['x'.repeat(300), 'x'.repeat(255)],
  ])('%j → %j', (name, plain) => {
    expect(plainFileName(name)).toBe(plain);
  });
});
