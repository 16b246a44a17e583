// "Open folder" beside a received file (Electron): the page asks main with the transfer id;
// the web harness, an outgoing file or one not saved get no such link.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../../renderer/src/app/App';
import type { FileTransfer } from '@shared/domain';
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
const received = receivedFile();

async function show(platform: 'web' | 'electron', transfer: FileTransfer) {
  window.location.hash = '#/conversation/c1';
  const bridge = await connected({ contacts: [bob], conversations: [conversation], platform });
  render(<App />);
  act(() => bridge.emit([{ type: 'transfer', transfer }]));
  return bridge;
}

describe('Open folder', () => {
  it('Electron: a received file has the link, which sends only the transfer id', async () => {
    const bridge = await show('electron', received);
    expect(screen.getByText(sentence(/Saved to \/home\/me\/Downloads\/cat.png/))).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Open folder' }));
    });
    expect(bridge.last('files:reveal')).toEqual({ transferId: 'f1' });
  });

  it('web harness: no link (it downloads a copy instead)', async () => {
    await show('web', { ...received, downloadUrl: '/received/abc' });
    expect(screen.queryByRole('button', { name: 'Open folder' })).toBeNull();
  });

  it('Electron: none for a sent file or one without a saved path', async () => {
    await show('electron', { ...received, direction: 'out', savedPath: undefined });
    expect(screen.getByText(sentence(/Transfer of "cat.png" is complete/))).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Open folder' })).toBeNull();
  });
});
